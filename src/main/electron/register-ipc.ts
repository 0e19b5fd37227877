import { BrowserWindow, ipcMain, type WebContents } from 'electron'
import { DROPPED_PATH_CHANNEL, INVOKE_CHANNELS, IPC_PREFIX } from '../../shared/ipc/channels'
import type { EventChannel, InvokeChannel, LabEvents } from '../../shared/ipc/contract'
import { dispatch } from '../ipc/dispatch'
import type { InvokeHandlers } from '../ipc/handler-types'
import type { PathGrants } from '../ipc/path-grants'
import { grantUserPath } from './granted-paths'
import { isTrustedSender, type AppPage } from './sender-check'

const REFUSED = {
  ok: false,
  error: { kind: 'validation', message: 'calls are accepted only from the lab window' }
} as const

/**
 * Registers one `ipcMain.handle` per contract channel. Each call is validated (its paths against
 * what the user granted its window, see PathGrants) and answered with a typed reply (see
 * dispatch), and only from the app's own page in a top frame (the sender check).
 */
export function registerIpc(handlers: InvokeHandlers, page: AppPage, grants: PathGrants): void {
  for (const channel of Object.keys(INVOKE_CHANNELS) as InvokeChannel[]) {
    ipcMain.handle(`${IPC_PREFIX}${channel}`, (event, request: unknown) =>
      isTrustedSender(event, page)
        ? dispatch(handlers, channel, request, grants.callerFor(event.sender.id))
        : REFUSED
    )
  }
  ipcMain.on(DROPPED_PATH_CHANNEL, (event, path: unknown) => {
    if (isTrustedSender(event, page) && typeof path === 'string' && path.length > 0)
      grantUserPath(event.sender.id, path, 'drop')
  })
}

/** Sends an event to one window. */
export function emitTo<E extends EventChannel>(
  contents: WebContents,
  event: E,
  payload: LabEvents[E]
): void {
  contents.send(`${IPC_PREFIX}${event}`, payload)
}

/** Sends an event to every open window. */
export function emitToWindows<E extends EventChannel>(event: E, payload: LabEvents[E]): void {
  for (const window of BrowserWindow.getAllWindows()) emitTo(window.webContents, event, payload)
}
