import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import {
  DROPPED_PATH_CHANNEL,
  EVENT_CHANNELS,
  IPC_PREFIX,
  INVOKE_CHANNELS
} from '../shared/ipc/channels'
import type { EventChannel, InvokeChannel, InvokeReply, LabEvents } from '../shared/ipc/contract'
import type { LabBridge } from './bridge'

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
  pathForFile(file: File): string {
    // Only a file really dropped on the window has a path (a File made in JS gives ''); main
    // hears of it so that it accepts this path from this window (src/main/electron/granted-paths.ts).
    const path = webUtils.getPathForFile(file)
    if (path) ipcRenderer.send(DROPPED_PATH_CHANNEL, path)
    return path
  }
} satisfies LabBridge

contextBridge.exposeInMainWorld('labBridge', bridge)
