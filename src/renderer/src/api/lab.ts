import type {
  EventChannel,
  InvokeChannel,
  InvokeResult,
  LabApi,
  LabEvents,
  LabInvoke
} from '@shared/ipc/contract'
import { LabError } from './lab-error'
import { uploadFiles, type DroppedFile } from './upload'
import { WebSocketBridge } from './ws-bridge'

/**
 * The ONLY module that talks to main: Electron's preload bridge in the desktop app, a WebSocket
 * in browser mode. Stores import `lab` from here (tests mock this module).
 */
type Bridge = Pick<WebSocketBridge, 'invoke' | 'on'>

const electronBridge = typeof window !== 'undefined' ? window.labBridge : undefined
let bridge: Bridge | null = electronBridge ?? null

function currentBridge(): Bridge {
  if (!bridge) {
    const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:'
    bridge = new WebSocketBridge(`${protocol}//${location.host}/ws`)
  }
  return bridge
}

/** Calls main and returns the value, or throws a LabError with main's message. */
async function invoke<C extends InvokeChannel>(
  channel: C,
  ...request: Parameters<LabInvoke[C]>
): Promise<InvokeResult<C>> {
  const reply = await currentBridge().invoke(channel, request[0])
  if (!reply.ok) throw new LabError(reply.error.kind, reply.error.message, reply.error.detail)
  return reply.value as InvokeResult<C>
}

function on<E extends EventChannel>(
  event: E,
  listener: (payload: LabEvents[E]) => void
): () => void {
  return currentBridge().on(event, listener)
}

/** The lab's API: the typed calls and events of the contract. */
export const lab: LabApi = { invoke, on }

/** True in the desktop app (native dialogs, dropped files read in place). */
export const isDesktop = electronBridge !== undefined

/**
 * Turns dropped files into a path main can import: in the desktop app the dropped file's or
 * folder's own path; in browser mode the files are uploaded into a fresh folder first (aborting
 * `signal` stops the upload).
 */
export async function pathForDrop(
  files: DroppedFile[],
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal
): Promise<string> {
  if (electronBridge && files[0]?.file) {
    const path = electronBridge.pathForFile(files[0].topLevel ?? files[0].file)
    if (path) return path
  }
  const { uploadId, folder } = await invoke('uploads:create')
  return uploadFiles(uploadId, folder, files, onProgress, signal)
}

export type { DroppedFile }
