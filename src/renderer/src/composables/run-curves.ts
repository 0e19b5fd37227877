import { computed, ref, shallowRef, triggerRef, watch, type Ref } from 'vue'
import type { EpochMetrics } from '@shared/model/training'
import type { BatchCost } from '@shared/series'
import type { LiveRun } from '@renderer/lib/runs/live-run'

/**
 * A watched run's curves for its charts: its arrays, which grow in place (Chart.js must never
 * see reactive proxies, and copying thousands of points per change would be waste), re-triggered
 * when they change. `revision` moves with every change of the run (several a second while
 * it trains); `epochsRevision` only when the epochs shown change (another run, or epochs added),
 * for what draws epochs alone (the accuracy chart): on a big dataset epochs come far less often
 * than changes, and a chart redrawn with nothing new takes time from the training.
 */
export function runCurves(run: Readonly<Ref<LiveRun | undefined>>) {
  const epochs = shallowRef<EpochMetrics[]>([])
  const batchLosses = shallowRef<BatchCost[]>([])
  const revision = computed(() => run.value?.revision ?? 0)
  const epochsRevision = ref(0)
  let epochCount = 0
  watch(
    run,
    (current) => {
      const shown = current?.epochs ?? []
      if (shown !== epochs.value || shown.length !== epochCount) {
        epochs.value = shown
        epochCount = shown.length
        epochsRevision.value++
        triggerRef(epochs)
      }
      batchLosses.value = current?.costs ?? []
      triggerRef(batchLosses)
    },
    { flush: 'sync' }
  )
  return { epochs, batchLosses, revision, epochsRevision }
}
