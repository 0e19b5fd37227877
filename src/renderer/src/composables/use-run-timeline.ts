import { computed, ref, watch } from 'vue'
import type { DatasetSummary } from '@shared/model/dataset'
import type { RunPage } from '@shared/model/run-page'
import { lab } from '@renderer/api/lab'
import { frameOfData, type BoundaryPoint } from '@renderer/lib/training/boundary-drawing'
import { useFetched } from './use-fetched'

/** Data points drawn under a scrubbed boundary at most. */
const MAX_POINTS = 2000
/** Cells per side of a scrubbed boundary. */
const RESOLUTION = 60

/**
 * A run page's epoch scrubber: the stored epoch chosen (the slider moves over stored epochs
 * only, so every position is exact), and what is drawn at it: the decision boundary (2-feature
 * data) and the first layer's weights, each fetched for that epoch's checkpoint.
 */
export function useRunTimeline(view: () => RunPage) {
  const stored = computed(() => view().checkpoints.epochs)
  /** Position on the slider: an index into the stored epochs. */
  const position = ref(0)
  const epoch = computed<number | null>(() => stored.value[position.value] ?? null)
  const runId = computed(() => view().detail.runId)

  // A newly opened run starts at its last stored epoch.
  watch(
    runId,
    () => {
      position.value = Math.max(0, stored.value.length - 1)
    },
    { immediate: true }
  )

  const dataset = useFetched<DatasetSummary>(
    () => view().detail.datasetId,
    () => lab.invoke('datasets:get', { datasetId: view().detail.datasetId! })
  )
  const planar = computed(
    () => dataset.value.value?.features === 2 && view().network.inputSize === 2
  )
  const frame = computed(() => {
    const summary = dataset.value.value
    return summary ? frameOfData(summary.statistics.min, summary.statistics.max) : null
  })
  const points = useFetched<BoundaryPoint[]>(
    () => (planar.value ? view().detail.datasetId : null),
    async () => {
      const summary = dataset.value.value!
      const preview = await lab.invoke('datasets:preview', {
        datasetId: summary.datasetId,
        offset: 0,
        limit: Math.min(summary.rows, MAX_POINTS)
      })
      return preview.rows.map((row) => ({
        x: row.values[0],
        y: row.values[1],
        label: row.label ?? 0
      }))
    }
  )
  const at = () => (epoch.value === null ? null : `${runId.value}@${epoch.value}`)
  const boundary = useFetched(
    () => (planar.value ? at() : null),
    () =>
      lab.invoke('training:boundary', {
        runId: runId.value,
        resolution: RESOLUTION,
        epoch: epoch.value!
      })
  )
  const weights = useFetched(at, () =>
    lab.invoke('inspect:layer', {
      runId: runId.value,
      epoch: epoch.value!,
      layer: 1,
      histogramsSince: epoch.value!
    })
  )

  return { stored, position, epoch, dataset, planar, frame, points, boundary, weights }
}
