import { shallowRef, watch, type Ref } from 'vue'
import { liveChartGapMs } from '@renderer/lib/charts/live-chart-gap'
import { useTrainingStore } from '@renderer/stores/training'

/**
 * `source`, taken only when the live boundary changes while the drawing follows a run at full
 * speed, and at once otherwise (slow motion, paused, ended, no boundary drawn). The page then
 * repaints text and charts in the frames that redraw the boundary anyway, not in frames of their
 * own: each extra frame is a compositor commit that takes the main thread from training
 * (issue 18).
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
  watch(
    () => (following() ? training.boundary : source()),
    () => {
      shown.value = source()
    }
  )
  return shown
}
