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

/** One handler per channel, taking the (validated) request and returning the result. */
export type InvokeHandlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>) => InvokeResult<C> | Promise<InvokeResult<C>>
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
  /** Electron's native open dialog (`model`: a `*.model.json` file); absent in browser mode. */
  openDialog?: (kind: 'file' | 'folder' | 'model') => Promise<string | null>
  /** The desktop app: makes its menu and native parts follow the appearance chosen. */
  applyAppearance?: (appearance: Appearance) => void
  /** The desktop app: hears the UI state the window saves (its language names the menu's). */
  onUiState?: (state: UiState) => void
  /** Browser mode: makes a folder for uploaded files; absent in Electron. */
  createUpload?: () => { uploadId: string; folder: string }
}
