import { APPEARANCES, type Appearance } from '../shared/app-commands'
import type { SettingsRepo } from './db/settings-repo'
import type { Emit } from './ipc/handler-types'

/** Where the lab keeps the appearance chosen (shared by the app and browser mode). */
const APPEARANCE_KEY = 'appearance'

/** The appearance chosen, or `system` before any choice. */
export function readAppearance(settings: Pick<SettingsRepo, 'get'>): Appearance {
  const saved = settings.get<Appearance>(APPEARANCE_KEY)
  return saved !== null && APPEARANCES.includes(saved) ? saved : 'system'
}

/**
 * Sets the appearance, from the View menu or the window's switch alike: remembers it, lets the
 * desktop app apply it (Electron's nativeTheme, the menu's radio items), and tells every window
 * or browser tab, which restyle through the palette's CSS variables.
 */
export function setAppearance(
  settings: Pick<SettingsRepo, 'set'>,
  appearance: Appearance,
  emit: Emit,
  apply?: (appearance: Appearance) => void
): void {
  settings.set(APPEARANCE_KEY, appearance)
  apply?.(appearance)
  emit('app:appearance', { appearance })
}
