import type { Directive } from 'vue'

/**
 * `v-scroll-focus`: a scrolling box (a wide table, a long formula) can be reached with Tab and
 * scrolled with the arrow keys while its content overflows it, and only then — a box that fits
 * adds no stop to the Tab order. WCAG 2.1.1: what scrolls must scroll from the keyboard too.
 * A box whose content has a control of its own needs none of this: `v-scroll-focus="false"`.
 */
const watchers = new WeakMap<HTMLElement, ResizeObserver>()

/** Makes the box focusable while its content is wider or taller than it. */
function updateFocus(box: HTMLElement): void {
  const overflows = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1
  if (overflows) box.tabIndex = 0
  else box.removeAttribute('tabindex')
}

export const vScrollFocus: Directive<HTMLElement, boolean | undefined> = {
  mounted(box, { value }) {
    if (value === false) return
    updateFocus(box)
    if (typeof ResizeObserver === 'undefined') return
    // The box's own size and its content's: either can start or stop the overflow.
    const watcher = new ResizeObserver(() => updateFocus(box))
    watcher.observe(box)
    for (const child of box.children) watcher.observe(child)
    watchers.set(box, watcher)
  },
  updated(box, { value }) {
    if (value !== false) updateFocus(box)
  },
  unmounted(box) {
    watchers.get(box)?.disconnect()
    watchers.delete(box)
  }
}
