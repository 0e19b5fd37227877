import { onBeforeUnmount, watch } from 'vue'
import { LiveRefresher } from '@renderer/lib/inspect/live-refresh'
import { useInspectStore } from '@renderer/stores/inspect'

/** Fewest milliseconds between two refreshes of a panel while the inspected run trains. */
export const LIVE_REFRESH_GAP = 400

/**
 * Calls `refresh` on the inspected run's live updates, at most every `gap` milliseconds and
 * never two at once (updates meanwhile coalesce), and `ended` once when the run stops training
 * (its final numbers); stops with the component.
 */
export function useLiveRefresh(
  refresh: () => Promise<void>,
  ended: () => void,
  gap = LIVE_REFRESH_GAP
): void {
  const inspect = useInspectStore()
  const refresher = new LiveRefresher(refresh, gap)
  watch(
    () => inspect.liveRevision,
    (revision) => {
      if (revision >= 0) refresher.poke()
    }
  )
  watch(
    () => inspect.live,
    (live, wasLive) => {
      if (wasLive && !live) ended()
    }
  )
  onBeforeUnmount(() => refresher.stop())
}
