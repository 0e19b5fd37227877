import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  EVENT_CHANNELS,
  INVOKE_CHANNELS,
  type EventChannel,
  type InvokeChannel,
  type InvokeReply,
  type LabEvents
} from '../shared/ipc/contract'
import type { LabBridge } from './bridge'

/** Matches the prefix main registers its handlers under (src/main/electron/register-ipc.ts). */
const IPC_PREFIX = 'lab:'
/** Matches DROP_CHANNEL in register-ipc.ts: main lets this window read what the user dropped. */
const DROP_CHANNEL = `${IPC_PREFIX}grant-dropped-path`

/**
 * The disk path of a File the user dropped (or picked), granted to this window in main. Only a
 * real drop has a path: a File made by the page's own script gives ''.
 */
function pathForFile(file: File): string {
  const path = webUtils.getPathForFile(file)
  if (path) ipcRenderer.send(DROP_CHANNEL, path)
  return path
}

/**
 * The renderer's only door to main: one method per contract call, refusing any channel the
 * contract does not list, and listeners that never see Electron's event object.
 */
const bridge = {
  invoke(channel: InvokeChannel, request?: unknown): Promise<InvokeReply<InvokeChannel>> {
    if (!Object.hasOwn(INVOKE_CHANNELS, channel))
      return Promise.reject(new Error(`unknown channel ${channel}`))
    return ipcRenderer.invoke(`${IPC_PREFIX}${channel}`, request)
  },
  on<E extends EventChannel>(event: E, listener: (payload: LabEvents[E]) => void): () => void {
    if (!Object.hasOwn(EVENT_CHANNELS, event)) throw new Error(`unknown event ${event}`)
    const forward = (_event: IpcRendererEvent, payload: LabEvents[E]) => listener(payload)
    ipcRenderer.on(`${IPC_PREFIX}${event}`, forward)
    return () => ipcRenderer.off(`${IPC_PREFIX}${event}`, forward)
  },
  pathForFile
} satisfies LabBridge

contextBridge.exposeInMainWorld('labBridge', bridge)
