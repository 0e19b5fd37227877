import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { RunStatus } from '@shared/model/run'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import type { TrainingStartedInfo, TrainingUpdate } from '@shared/model/live-run'
import { lab } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import { followedRunView } from '@renderer/lib/experiments/followed-run'
import { trainAgainPlan, type TrainAgainPlan } from '@renderer/lib/experiments/train-again'
import { MAX_LOSS_POINTS } from '@renderer/composables/live-series'
import { BatchLossSeries } from '@renderer/lib/training/loss-series'
import { useDatasetsStore } from './datasets'
import { useNetworkStore } from './network'
import { useTrainingStore } from './training'

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

/** A list row brought up to date by a live training update (its latest finished epoch). */
function withLiveEpochs(run: RunListItem, update: TrainingUpdate): RunListItem {
  const last = update.epochs.at(-1)
  if (!last) return run
  return {
    ...run,
    epochs: last.epoch,
    trainLoss: last.trainLoss,
    trainAccuracy: last.trainAccuracy,
    valLoss: last.valLoss,
    valAccuracy: last.valAccuracy
  }
}

/**
 * The Experiments screen's data: every run (kept current as runs start, move and end), the list
 * filter, and the run opened with its curves and config. The opened run is also the lab's "last
 * run" (`training.runId`, saved between sessions), unless the Training screen is watching a live one.
 */
export const useRunsStore = defineStore('runs', () => {
  const runs = ref<RunListItem[]>([])
  const loaded = ref(false)
  const filter = ref<RunFilter>({ status: 'all', datasetId: 'all', text: '' })
  /** Shallow: a run's view carries its model's weights, which need no deep reactivity. */
  const opened = shallowRef<RunPage | null>(null)
  /** Ticks whenever the opened run's curves change, so charts can redraw. */
  const openedRevision = ref(0)
  /** The opened run's batch costs while it trains, kept as the Training screen keeps its own. */
  const openedLosses = new BatchLossSeries(MAX_LOSS_POINTS)
  /** The run being fetched, while it is. */
  const openingId = ref<string | null>(null)
  let openRequests = 0

  const visibleRuns = computed(() => filterRuns(runs.value, filter.value))
  const datasets = computed<RunDataset[]>(() => {
    const byId = new Map<string, string>()
    for (const run of runs.value)
      if (run.datasetId) byId.set(run.datasetId, run.datasetName ?? run.datasetId)
    return [...byId]
      .map(([datasetId, name]) => ({ datasetId, name }))
      .sort((a, b) => a.name.localeCompare(b.name))
  })

  lab.on('training:started', () => void refresh())
  lab.on('training:ended', (info) => {
    void refresh()
    if (opened.value?.detail.runId === info.runId) void reload(info.runId)
  })
  lab.on('training:update', (update) => {
    if (update.epochs.length === 0 && opened.value?.detail.runId !== update.runId) return
    runs.value = runs.value.map((run) =>
      run.runId === update.runId ? withLiveEpochs(run, update) : run
    )
    if (opened.value?.detail.runId === update.runId) followOpened(update)
  })

  async function refresh(): Promise<void> {
    runs.value = await lab.invoke('runs:list')
    loaded.value = true
  }

  /**
   * Fetches a run's view and opens it (when runs are clicked in quick succession, the last one
   * wins); the Training screen remembers it as the last run unless a run is live there.
   */
  async function open(runId: string): Promise<RunPage> {
    const request = ++openRequests
    openingId.value = runId
    let view: RunPage
    try {
      view = await lab.invoke('runs:get', { runId })
    } finally {
      if (request === openRequests) openingId.value = null
    }
    if (request !== openRequests) return view
    opened.value = view
    openedLosses.reset(view.batchLosses)
    openedRevision.value++
    const training = useTrainingStore()
    const live =
      training.phase === 'starting' || training.phase === 'running' || training.phase === 'paused'
    const alreadyShown = training.runId === runId && training.epochs.length > 0
    // A run training in the lab is watched live there (read again, with its events in order).
    if (!live && !alreadyShown)
      if (view.detail.status === 'running') void training.restore(runId)
      else training.showStoredRun(view)
    return view
  }

  /** Re-reads the opened run (after it ended: its final evaluation and model). */
  async function reload(runId: string): Promise<void> {
    const view = await lab.invoke('runs:get', { runId })
    if (opened.value?.detail.runId !== runId) return
    opened.value = view
    openedLosses.reset(view.batchLosses)
    openedRevision.value++
  }

  function close(): void {
    openRequests++
    openingId.value = null
    opened.value = null
  }

  /** Appends a live update's epochs and batch costs to the opened run. */
  function followOpened(update: TrainingUpdate): void {
    opened.value = followedRunView(opened.value!, update, openedLosses)
    openedRevision.value++
  }

  async function rename(runId: string, name: string): Promise<void> {
    await lab.invoke('runs:rename', { runId, name })
    if (opened.value?.detail.runId === runId)
      opened.value = { ...opened.value, detail: { ...opened.value.detail, name } }
    openedRevision.value++
    await refresh()
  }

  async function annotate(runId: string, notes: string, tags: string[]): Promise<void> {
    await lab.invoke('runs:annotate', { runId, notes, tags })
    await refresh()
  }

  async function remove(runId: string): Promise<void> {
    await lab.invoke('runs:delete', { runId })
    if (opened.value?.detail.runId === runId) opened.value = null
    useTrainingStore().release(runId)
    await refresh()
  }

  /**
   * Loads a run's dataset, network and settings for the Training screen, to train it again (see
   * trainAgainPlan for what is carried over). Rejects when its dataset is gone.
   */
  async function trainAgain(runId: string): Promise<TrainAgainPlan> {
    const view =
      opened.value?.detail.runId === runId ? opened.value : await lab.invoke('runs:get', { runId })
    const plan = trainAgainPlan(view)
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
  async function continueRun(runId: string): Promise<TrainingStartedInfo> {
    const view =
      opened.value?.detail.runId === runId ? opened.value : await lab.invoke('runs:get', { runId })
    const info = await lab.invoke('training:continue', { runId })
    useTrainingStore().attach(info, view)
    if (opened.value?.detail.runId === runId) await reload(runId)
    await refresh()
    return info
  }

  return {
    runs,
    loaded,
    filter,
    visibleRuns,
    datasets,
    opened,
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
