import type { EventChannel, InvokeChannel, InvokeReply, LabEvents } from '../shared/ipc/contract'

/**
 * What the preload exposes as `window.labBridge`: raw replies (the renderer's client unwraps
 * them into values or LabErrors), event subscriptions, and the disk path of a dropped file.
 */
export interface LabBridge {
  invoke(channel: InvokeChannel, request?: unknown): Promise<InvokeReply<InvokeChannel>>
  on<E extends EventChannel>(event: E, listener: (payload: LabEvents[E]) => void): () => void
  /** The file system path of a dropped File (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string
}
