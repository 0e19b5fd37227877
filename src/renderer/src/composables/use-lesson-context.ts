import { computed, type ComputedRef } from 'vue'
import { lessonContext } from '@renderer/lib/learn/context'
import type { LessonContext } from '@renderer/lib/learn/lesson-types'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useNetworkStore } from '@renderer/stores/network'
import { useTrainingStore } from '@renderer/stores/training'

/** What the lessons read from the lab now: the dataset in use, the design and the settings. */
export function useLessonContext(): ComputedRef<LessonContext> {
  const datasets = useDatasetsStore()
  const network = useNetworkStore()
  const training = useTrainingStore()
  return computed(() =>
    lessonContext(
      datasets.current,
      network.layers.map((layer) => layer.units),
      training.settings
    )
  )
}
