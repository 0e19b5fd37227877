import type {
  EventChannel,
  InvokeChannel,
  InvokeRequest,
  InvokeResult,
  LabEvents
} from '../../shared/ipc/contract'
import type { Appearance } from '../../shared/app-commands'
import type { UiState } from '../../shared/model/app-state'
import type { Lab } from '../lab'
import type { PathAccess } from './path-access'

/**
 * Who made a call: the path rules that apply to it (dispatch checks every path a request carries
 * against them) and, in the desktop app, the id of its window's web contents (null in browser
 * mode), to which a path chosen in a native dialog is granted.
 */
export interface Caller extends PathAccess {
  windowId: number | null
}

/** One handler per channel, taking the (validated) request and its caller, returning the result. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (
    request: InvokeRequest<C>,
    caller: Caller
  ) => InvokeResult<C> | Promise<InvokeResult<C>>
}

/** Sends an event to every connected renderer. */
export type Emit = <E extends EventChannel>(event: E, payload: LabEvents[E]) => void

/** What the handlers work with, beyond the lab's services. */
export interface HandlerContext {
  lab: Lab
  emit: Emit
  mode: 'electron' | 'browser'
  version: string
  /** The folder with bundled samples and presets. */
  resourcesDir: string
  /**
   * Electron's native open dialog (`model`: a `*.model.json` file); absent in browser mode. The
   * chosen path is granted to the caller's window (see PathGrants).
   */
  openDialog?: (
    kind: 'file' | 'folder' | 'model' | 'experiment',
    caller: Caller
  ) => Promise<string | null>
  /** Electron's native save dialog for an experiment file, offering `fileName`; absent in browser mode. */
  saveDialog?: (fileName: string, caller: Caller) => Promise<string | null>
  /** The desktop app: makes its menu and native parts follow the appearance chosen. */
  applyAppearance?: (appearance: Appearance) => void
  /** The desktop app: hears the UI state the window saves (its language names the menu's). */
  onUiState?: (state: UiState) => void
  /** Browser mode: the folders dropped files are uploaded into; absent in Electron. */
  uploads?: Uploads
}

/** Browser mode's folders of uploaded files (web/uploads.ts). */
export interface Uploads {
  /** A new, empty folder to upload one drop into. */
  create(): { uploadId: string; folder: string }
  /**
   * Called once an import of `path` has ended: an upload folder is removed then, unless it holds
   * the source a CSV dataset reads its columns from again (`keep`).
   */
  settle(path: string, keep: boolean): void
  /** `text` with every upload folder's path taken out, so files read as the user named them. */
  shown(text: string): string
}
