import { BrowserWindow, ipcMain } from 'electron'
import {
  INVOKE_CHANNELS,
  type EventChannel,
  type InvokeChannel,
  type LabEvents
} from '../../shared/ipc/contract'
import { dispatch } from '../ipc/dispatch'
import type { InvokeHandlers } from '../ipc/handler-types'

/** The prefix of every IPC channel name, so nothing else on ipcMain is reachable. */
export const IPC_PREFIX = 'lab:'

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is validated and answered with a
 * typed reply (see dispatch), and only from our own window's frames.
 */
export function registerIpc(handlers: InvokeHandlers): void {
  for (const channel of Object.keys(INVOKE_CHANNELS) as InvokeChannel[]) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, request: unknown) => {
      if (!event.senderFrame || !event.senderFrame.url.match(/^(file:|http:\/\/localhost)/)) {
        return {
          ok: false,
          error: { kind: 'validation', message: 'calls are accepted only from the lab window' }
        }
      }
      return dispatch(handlers, channel, request)
    })
  }
}

/** Sends an event to every open window. */
export function emitToWindows<E extends EventChannel>(event: E, payload: LabEvents[E]): void {
  for (const window of BrowserWindow.getAllWindows())
    window.webContents.send(`${IPC_PREFIX}${event}`, payload)
}
