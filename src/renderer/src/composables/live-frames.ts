import { onScopeDispose, shallowRef, watch, type Ref } from 'vue'
import { LIVE_DRAWING_CHART_GAP_MS, liveChartGapMs } from '@renderer/lib/charts/live-chart-gap'
import { useTrainingStore } from '@renderer/stores/training'

/**
 * `source`, taken only when the live boundary changes while the drawing follows a run at full
 * speed, and at once otherwise (slow motion, paused, ended, no boundary drawn). The page then
 * repaints text and charts in the frames that redraw the boundary anyway, not in frames of their
 * own: each extra frame is a compositor commit that takes the main thread from training
 * (issue 18). Should the boundary stop changing (its panel not shown), a change is still taken
 * after LIVE_DRAWING_CHART_GAP_MS.
 */
export function useAtLiveFrames<T>(source: () => T): Readonly<Ref<T>> {
  const training = useTrainingStore()
  const following = () =>
    liveChartGapMs({
      phase: training.phase,
      pace: training.pace,
      boundaryDrawn: training.boundary !== null
    }) > 0
  const shown = shallowRef(source())
  /** The timer that takes a change the boundary has not brought (0: none). */
  let timer = 0
  const take = () => {
    clearTimeout(timer)
    timer = 0
    shown.value = source()
  }
  watch(() => (following() ? training.boundary : source()), take)
  watch(source, () => {
    if (following() && timer === 0) timer = window.setTimeout(take, LIVE_DRAWING_CHART_GAP_MS)
  })
  onScopeDispose(() => clearTimeout(timer))
  return shown
}
