import { APPEARANCES, type Appearance } from '../../shared/app-commands'
import type { UiState } from '../../shared/model/app-state'
import type { SettingsRepo } from '../db/settings-repo'

/** Where the window keeps its screen, run and panel choices. */
const UI_STATE_KEY = 'ui-state'
/** Where the lab keeps the appearance chosen (shared by the app and browser mode). */
const APPEARANCE_KEY = 'appearance'

/** The lab's remembered choices: the window's UI state and the appearance. */
export class AppSettings {
  constructor(private readonly settings: SettingsRepo) {}

  /** The UI state the window saved last, or null before any. */
  uiState(): UiState | null {
    return this.settings.get<UiState>(UI_STATE_KEY)
  }

  saveUiState(state: UiState): void {
    this.settings.set(UI_STATE_KEY, state)
  }

  /** The appearance chosen, or `system` before any choice. */
  appearance(): Appearance {
    const saved = this.settings.get<Appearance>(APPEARANCE_KEY)
    return saved !== null && APPEARANCES.includes(saved) ? saved : 'system'
  }

  saveAppearance(appearance: Appearance): void {
    this.settings.set(APPEARANCE_KEY, appearance)
  }
}
