import type { Appearance } from '../shared/app-commands'
import type { Emit } from './ipc/handler-types'
import type { AppSettings } from './services/app-settings'

/**
 * Sets the appearance, from the View menu or the window's switch alike: remembers it, lets the
 * desktop app apply it (Electron's nativeTheme, the menu's radio items), and tells every window
 * or browser tab, which restyle through the palette's CSS variables.
 */
export function setAppearance(
  settings: Pick<AppSettings, 'saveAppearance'>,
  appearance: Appearance,
  emit: Emit,
  apply?: (appearance: Appearance) => void
): void {
  settings.saveAppearance(appearance)
  apply?.(appearance)
  emit('app:appearance', { appearance })
}
