import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import type { RunPage } from '@shared/model/run-page'
import { lab } from '@renderer/api/lab'
import { useRunsStore } from './runs'

/** The most runs compared at once (more would make the charts and tables unreadable). */
export const MAX_COMPARED_RUNS = 6

/**
 * The runs ticked for comparison, in the order ticked (their colours follow it), and whether the
 * comparison is shown in place of an opened run. Runs that are deleted leave the selection;
 * renamed runs show their new names; a compared run that ends is read again.
 */
export const useComparisonStore = defineStore('comparison', () => {
  const runs = useRunsStore()
  const selected = ref<string[]>([])
  const showing = ref(false)
  /** Views of the selected runs fetched so far (shallow: a view carries its model's weights). */
  const views = shallowRef<ReadonlyMap<string, RunPage>>(new Map())
  const loading = ref(false)

  const full = computed(() => selected.value.length >= MAX_COMPARED_RUNS)
  /** The compared runs, in selection order, under their current names. */
  const compared = computed<RunPage[]>(() =>
    selected.value.flatMap((runId) => {
      const view = views.value.get(runId)
      if (!view) return []
      const name = runs.runs.find((run) => run.runId === runId)?.name ?? view.detail.name
      return [name === view.detail.name ? view : { ...view, detail: { ...view.detail, name } }]
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
  lab.on('training:ended', (info) => {
    if (views.value.has(info.runId)) void fetchViews([info.runId])
  })

  async function fetchViews(runIds: string[]): Promise<void> {
    const fetched = await Promise.all(runIds.map((runId) => lab.invoke('runs:get', { runId })))
    const next = new Map([...views.value].filter(([runId]) => selected.value.includes(runId)))
    for (const view of fetched)
      if (selected.value.includes(view.detail.runId)) next.set(view.detail.runId, view)
    views.value = next
  }

  /** Fetches the selected runs not fetched yet. */
  async function load(): Promise<void> {
    const missing = selected.value.filter((runId) => !views.value.has(runId))
    if (missing.length === 0) return
    loading.value = true
    try {
      await fetchViews(missing)
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
