import { shallowRef, watch, type Ref, type ShallowRef } from 'vue'
import { lab } from '@renderer/api/lab'
import { useAppStore } from '@renderer/stores/app'

/**
 * The rows a run holds out of training (its validation and test rows) among the dataset's first
 * `limit`, fetched once per run: the boundary draws them apart from the training points. Empty
 * while there is no run.
 */
export function useHeldOut(
  runId: Ref<string | null>,
  limit: number
): ShallowRef<ReadonlySet<number>> {
  const app = useAppStore()
  const heldOut = shallowRef<ReadonlySet<number>>(new Set())
  watch(
    runId,
    async (id) => {
      heldOut.value = new Set()
      if (!id) return
      try {
        const rows = await lab.invoke('inspect:held-out', { runId: id, limit })
        if (runId.value === id) heldOut.value = new Set([...rows.validation, ...rows.test])
      } catch (error) {
        app.reportError(error)
      }
    },
    { immediate: true }
  )
  return heldOut
}
