import { onScopeDispose, ref, watch, type Ref } from 'vue'

/**
 * Whether any of `element` is on screen (scrolled into view), kept up to date by an
 * IntersectionObserver; true while there is no element or the browser has no observer.
 */
export function useOnScreen(element: Readonly<Ref<HTMLElement | null>>): Ref<boolean> {
  const onScreen = ref(true)
  let observer: IntersectionObserver | undefined
  watch(element, (shown) => {
    observer?.disconnect()
    observer = undefined
    onScreen.value = true
    if (!shown || typeof IntersectionObserver === 'undefined') return
    observer = new IntersectionObserver((entries) => {
      const entry = entries.at(-1)
      if (entry) onScreen.value = entry.isIntersecting
    })
    observer.observe(shown)
  })
  onScopeDispose(() => observer?.disconnect())
  return onScreen
}
