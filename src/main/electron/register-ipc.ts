import { BrowserWindow, ipcMain, type IpcMainEvent, type IpcMainInvokeEvent } from 'electron'
import {
  INVOKE_CHANNELS,
  type EventChannel,
  type InvokeChannel,
  type LabEvents
} from '../../shared/ipc/contract'
import { dispatch } from '../ipc/dispatch'
import type { InvokeHandlers } from '../ipc/handler-types'
import type { PathGrants } from '../ipc/path-grants'

/** The prefix of every IPC channel name, so nothing else on ipcMain is reachable. */
export const IPC_PREFIX = 'lab:'

/** The channel the preload reports a dropped file's path on (a grant, see PathGrants). */
export const DROP_CHANNEL = `${IPC_PREFIX}grant-dropped-path`

function fromLabWindow(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  return Boolean(event.senderFrame?.url.match(/^(file:|http:\/\/localhost)/))
}

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is validated (its paths against
 * what the user granted its window) and answered with a typed reply (see dispatch), and only
 * from our own window's frames. Paths of files dropped on a window are granted to it.
 */
export function registerIpc(handlers: InvokeHandlers, grants: PathGrants): void {
  for (const channel of Object.keys(INVOKE_CHANNELS) as InvokeChannel[]) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, request: unknown) => {
      if (!fromLabWindow(event)) {
        return {
          ok: false,
          error: { kind: 'validation', message: 'calls are accepted only from the lab window' }
        }
      }
      return dispatch(handlers, channel, request, grants.callerFor(event.sender.id))
    })
  }
  ipcMain.on(DROP_CHANNEL, (event, path: unknown) => {
    if (fromLabWindow(event) && typeof path === 'string' && path !== '')
      grants.grant(event.sender.id, path)
  })
}

/** Sends an event to every open window. */
export function emitToWindows<E extends EventChannel>(event: E, payload: LabEvents[E]): void {
  for (const window of BrowserWindow.getAllWindows())
    window.webContents.send(`${IPC_PREFIX}${event}`, payload)
}
