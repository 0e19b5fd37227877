import { onScopeDispose, ref, watch, type Ref } from 'vue'

/**
 * A revision number that follows `source` at most once per `gapMs()` milliseconds (0: at once).
 * A change inside the gap is taken when the gap ends, so it always catches up with the latest.
 */
export function useThrottledRevision(source: () => number, gapMs: () => number): Ref<number> {
  const shown = ref(source())
  let shownAt = -Infinity
  /** The timer waiting out the gap (0: none). */
  let timer = 0
  const catchUp = () => {
    timer = 0
    shown.value = source()
    shownAt = performance.now()
  }
  watch(source, () => {
    if (timer !== 0) return
    const wait = shownAt + gapMs() - performance.now()
    if (wait <= 0) catchUp()
    else timer = window.setTimeout(catchUp, wait)
  })
  onScopeDispose(() => clearTimeout(timer))
  return shown
}
