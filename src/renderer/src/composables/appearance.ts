import { computed, ref, type ComputedRef } from 'vue'
import type { Appearance } from '@shared/app-commands'
import { lab } from '@renderer/api/lab'
import { themeColor } from '@renderer/lib/theme-colors'

/**
 * The appearance chosen (View › Appearance in the desktop app, the top bar's switch anywhere):
 * `system` follows prefers-color-scheme; `light` and `dark` set `data-theme` on the page, which
 * the palette in main.css reads (and in the desktop app, main's nativeTheme follows too).
 */
export const appearance = ref<Appearance>('system')

/** Bumped whenever the colours on screen change, so canvases and charts redraw. */
export const themeRevision = ref(0)

/**
 * A palette colour (see themeColor) read again only when the colours change: reading one makes
 * the browser work out the page's styles there and then, which a canvas redrawn twenty times a
 * second (the live boundary) must not do at every frame.
 */
export function useThemeColor(
  variable: `--${string}`,
  within: () => Element | null | undefined
): ComputedRef<string> {
  return computed(() => {
    void themeRevision.value
    return themeColor(variable, within() ?? undefined)
  })
}

/** Shows an appearance (without remembering it: main does that). */
export function showAppearance(next: Appearance): void {
  appearance.value = next
  const root = document.documentElement
  if (next === 'system') delete root.dataset.theme
  else root.dataset.theme = next
  themeRevision.value++
}

/** The user's choice: shown at once, remembered by main, which tells the other windows. */
export async function chooseAppearance(next: Appearance): Promise<void> {
  showAppearance(next)
  await lab.invoke('app:appearance-set', { appearance: next })
}

if (typeof window !== 'undefined' && window.matchMedia)
  window
    .matchMedia('(prefers-color-scheme: dark)')
    .addEventListener('change', () => themeRevision.value++)
