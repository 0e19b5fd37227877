import { computed, type ComputedRef } from 'vue'
import { architectureWidths } from '@renderer/lib/inspect/sample-rows'
import { useInspectStore } from '@renderer/stores/inspect'
import { useFetched } from './use-fetched'

/**
 * The inspected model's layer widths from inputs to outputs: a run's from its architecture in
 * the runs list, a preset's from one sample through it (a model file says nothing else cheaply).
 */
export function useModelWidths(): ComputedRef<number[]> {
  const inspect = useInspectStore()
  const preset = useFetched(
    () => (inspect.target?.kind === 'preset' ? inspect.target.path : null),
    () => inspect.sampleOf(inspect.row)
  )
  return computed(() => {
    if (inspect.target?.kind === 'run') return architectureWidths(inspect.run?.architecture ?? '')
    const sample = preset.value.value
    return sample ? [sample.inputs.length, ...sample.layers.map((layer) => layer.z.length)] : []
  })
}
