import { defineStore } from 'pinia'
import { computed, ref, watch } from 'vue'
import type { RunPage } from '@shared/model/run-page'
import { useLiveRunsStore } from './live-runs'
import { useRunsStore } from './runs'

/** The most runs compared at once (more would make the charts and tables unreadable). */
export const MAX_COMPARED_RUNS = 6

/**
 * The runs ticked for comparison, in the order ticked (their colours follow it), and whether the
 * comparison is shown in place of an opened run. Runs that are deleted leave the selection;
 * renamed runs show their new names; the runs' pages come from the live-runs store (a compared
 * run that trains or ends is followed there).
 */
export const useComparisonStore = defineStore('comparison', () => {
  const runs = useRunsStore()
  const liveRuns = useLiveRunsStore()
  const selected = ref<string[]>([])
  const showing = ref(false)
  const loading = ref(false)

  const full = computed(() => selected.value.length >= MAX_COMPARED_RUNS)
  /** The compared runs that are loaded, in selection order, under their current names. */
  const compared = computed<RunPage[]>(() =>
    selected.value.flatMap((runId) => {
      const page = liveRuns.page(runId)
      if (!page) return []
      const name = runs.runs.find((run) => run.runId === runId)?.name ?? page.detail.name
      return [name === page.detail.name ? page : { ...page, detail: { ...page.detail, name } }]
    })
  )

  watch(
    () => runs.runs,
    (list) => {
      if (!runs.loaded) return
      const kept = new Set(list.map((run) => run.runId))
      if (selected.value.some((runId) => !kept.has(runId)))
        selected.value = selected.value.filter((runId) => kept.has(runId))
    }
  )

  /** Loads the selected runs' pages not loaded yet. */
  async function load(): Promise<void> {
    const missing = selected.value.filter((runId) => !liveRuns.page(runId))
    if (missing.length === 0) return
    loading.value = true
    try {
      await Promise.all(missing.map((runId) => liveRuns.load(runId)))
    } finally {
      loading.value = false
    }
  }

  /** Ticks or unticks a run (up to MAX_COMPARED_RUNS); a shown comparison follows. */
  async function toggle(runId: string): Promise<void> {
    if (selected.value.includes(runId))
      selected.value = selected.value.filter((kept) => kept !== runId)
    else if (!full.value) selected.value = [...selected.value, runId]
    if (showing.value) await load()
  }

  function clear(): void {
    selected.value = []
    showing.value = false
  }

  /** Shows the comparison of the selected runs, first adding `runIds` (as many as fit). */
  async function show(runIds: readonly string[] = []): Promise<void> {
    for (const runId of runIds)
      if (!selected.value.includes(runId) && !full.value)
        selected.value = [...selected.value, runId]
    showing.value = true
    await load()
  }

  function hide(): void {
    showing.value = false
  }

  return { selected, showing, loading, full, compared, toggle, clear, show, hide }
})
