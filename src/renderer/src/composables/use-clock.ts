import { onScopeDispose, ref, watch } from 'vue'

/**
 * The time now (ms), read again every `everyMs` while `active()` is true (a run trains), so
 * figures that run on between changes (elapsed time, ETA) move; still otherwise.
 */
export function useClock(active: () => boolean, everyMs: number) {
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | null = null
  const stop = () => {
    if (timer) clearInterval(timer)
    timer = null
  }
  watch(
    active,
    (on) => {
      now.value = Date.now()
      if (on) timer ??= setInterval(() => (now.value = Date.now()), everyMs)
      else stop()
    },
    { immediate: true }
  )
  onScopeDispose(stop)
  return now
}
