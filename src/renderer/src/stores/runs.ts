import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { RunStatus } from '@shared/model/run'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import type { LiveRunState } from '@shared/model/live-run'
import { lab } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import { useClock } from '@renderer/composables/use-clock'
import { isLive, pageOf as pageOfLoaded } from '@renderer/lib/runs/live-run'
import { trainAgainPlan, type TrainAgainPlan } from '@renderer/lib/experiments/train-again'
import { useDatasetsStore } from './datasets'
import { useLiveRunsStore } from './live-runs'
import { useNetworkStore } from './network'
import { useTrainingStore } from './training'

/** How often the list's training times move while a run in it trains (ms). */
const LIST_CLOCK_MS = 1000

/** Every run status, in the order the status filter offers them. */
export const RUN_STATUSES: readonly RunStatus[] = [
  'running',
  'completed',
  'stopped',
  'interrupted',
  'failed'
]

/** What the Experiments list shows: one status or all, one dataset or all, and a search text. */
export interface RunFilter {
  status: RunStatus | 'all'
  datasetId: string | 'all'
  text: string
}

/** A dataset that has runs, for the list's dataset filter. */
export interface RunDataset {
  datasetId: string
  name: string
}

/**
 * The runs that pass a filter, in the list's order. The text matches (case-insensitively) a
 * run's name, id, dataset, architecture, tags or notes; every word of it must match.
 */
export function filterRuns(runs: readonly RunListItem[], filter: RunFilter): RunListItem[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean)
  return runs.filter((run) => {
    if (filter.status !== 'all' && run.status !== filter.status) return false
    if (filter.datasetId !== 'all' && run.datasetId !== filter.datasetId) return false
    const haystack = [
      run.name,
      run.runId,
      run.datasetName ?? '',
      run.architecture,
      run.notes,
      ...run.tags
    ]
      .join('\n')
      .toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

/**
 * The Experiments screen's data: every run (kept current as runs start, move and end), the list
 * filter, and the run opened with its curves and config. The opened run is also the lab's "last
 * run" (`training.runId`, saved between sessions), unless the Training screen is watching a live one.
 */
export const useRunsStore = defineStore('runs', () => {
  const liveRuns = useLiveRunsStore()
  /** The runs as main listed them. */
  const listed = ref<RunListItem[]>([])
  const loaded = ref(false)
  const filter = ref<RunFilter>({ status: 'all', datasetId: 'all', text: '' })
  /** The run opened, and the one being fetched (while it is). */
  const openedId = ref<string | null>(null)
  const openingId = ref<string | null>(null)
  let openRequests = 0

  const anyLive = () => listed.value.some((item) => isLive(liveRuns.run(item.runId)))
  const now = useClock(anyLive, LIST_CLOCK_MS)
  /** Every run, each row brought up to what is known live of it. */
  const runs = computed(() => listed.value.map((item) => liveRuns.row(item, now.value)))
  const visibleRuns = computed(() => filterRuns(runs.value, filter.value))
  const datasets = computed<RunDataset[]>(() => {
    const byId = new Map<string, string>()
    for (const run of listed.value)
      if (run.datasetId) byId.set(run.datasetId, run.datasetName ?? run.datasetId)
    return [...byId]
      .map(([datasetId, name]) => ({ datasetId, name }))
      .sort((a, b) => a.name.localeCompare(b.name))
  })
  /** The opened run's page with everything known live (shallow: it carries the model's weights). */
  const opened = computed<RunPage | null>(() => liveRuns.page(openedId.value))
  /** Ticks whenever the opened run's curves change, so charts can redraw. */
  const openedRevision = computed(() => liveRuns.run(openedId.value)?.revision ?? 0)

  // A run the list does not have yet (started here or in another window), or one that ended.
  // (A failed re-read leaves the list as it was: the next one brings it up to date.)
  lab.on('training:change', (change) => {
    const unlisted = !listed.value.some((item) => item.runId === change.runId)
    if (loaded.value && (change.end || unlisted)) refresh().catch(() => {})
  })

  async function refresh(): Promise<void> {
    listed.value = await lab.invoke('runs:list')
    loaded.value = true
  }

  /**
   * Opens a run (when runs are clicked in quick succession, the last one wins); the Training
   * screen shows it too unless a run is live there.
   */
  async function open(runId: string): Promise<RunPage> {
    const request = ++openRequests
    openingId.value = runId
    try {
      await liveRuns.load(runId)
    } finally {
      if (request === openRequests) openingId.value = null
    }
    if (request === openRequests) {
      openedId.value = runId
      void useTrainingStore().show(runId)
    }
    return liveRuns.page(runId)!
  }

  function close(): void {
    openRequests++
    openingId.value = null
    openedId.value = null
  }

  async function rename(runId: string, name: string): Promise<void> {
    await lab.invoke('runs:rename', { runId, name })
    liveRuns.rename(runId, name)
    await refresh()
  }

  async function annotate(runId: string, notes: string, tags: string[]): Promise<void> {
    await lab.invoke('runs:annotate', { runId, notes, tags })
    await refresh()
  }

  async function remove(runId: string): Promise<void> {
    await lab.invoke('runs:delete', { runId })
    if (openedId.value === runId) close()
    useTrainingStore().release(runId)
    liveRuns.forget(runId)
    await refresh()
  }

  /** A run's stored page, read once. */
  const pageOf = async (runId: string) => pageOfLoaded(await liveRuns.load(runId))!

  /**
   * Loads a run's dataset, network and settings for the Training screen, to train it again (see
   * trainAgainPlan for what is carried over). Rejects when its dataset is gone.
   */
  async function trainAgain(runId: string): Promise<TrainAgainPlan> {
    const plan = trainAgainPlan(await pageOf(runId))
    const datasets = useDatasetsStore()
    const known = () => datasets.datasets.some((dataset) => dataset.datasetId === plan?.datasetId)
    if (plan && !known()) await datasets.refresh()
    if (!plan || !known())
      throw new LabError('user', i18n.global.t('experiments.run.trainAgainNoDataset'))
    datasets.select(plan.datasetId)
    useNetworkStore().load(plan.draft, plan.presetModel)
    useTrainingStore().settings = plan.settings
    return plan
  }

  /** Continues an interrupted or stopped run; the Training screen watches it, earlier curves included. */
  async function continueRun(runId: string): Promise<LiveRunState> {
    const page = await pageOf(runId)
    const state = await lab.invoke('training:continue', { runId })
    useTrainingStore().follow(state, page)
    await refresh()
    return state
  }

  return {
    runs,
    loaded,
    filter,
    visibleRuns,
    datasets,
    opened,
    openedId,
    openedRevision,
    openingId,
    refresh,
    open,
    close,
    rename,
    annotate,
    remove,
    continueRun,
    trainAgain
  }
})
