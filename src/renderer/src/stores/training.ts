import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import type { RunConfig } from '@shared/model/run'
import type { EpochMetrics } from '@shared/model/training'
import type { DecisionBoundary, TrainingEndedInfo, TrainingStartedInfo, TrainingUpdate } from '@shared/model/views'
import { lab } from '@renderer/api/lab'
import { useDatasetsStore } from './datasets'
import { useNetworkStore } from './network'

/** Training settings the Training screen edits (the network's fields come from the designer). */
export type TrainingSettings = Pick<RunConfig, 'optimizer' | 'learningRate' | 'momentum' | 'l2' | 'batchSize' | 'seed' | 'precision' | 'split' | 'normalize' | 'shuffle'> & {
  /** null: the lab's default for the dataset's size. */
  epochs: number | null
}

/** Where a run stands, as the controls see it. */
export type RunPhase = 'idle' | 'starting' | 'running' | 'paused' | 'ended'

export const DEFAULT_SETTINGS: TrainingSettings = {
  optimizer: 'adam',
  learningRate: 0.005,
  momentum: 0.9,
  l2: 0,
  batchSize: 32,
  epochs: null,
  seed: 42,
  precision: 'f32',
  split: [0.8, 0.2],
  normalize: 'auto',
  shuffle: true
}

/** The most batch-loss points kept for the live chart (older ones are thinned). */
const MAX_LOSS_POINTS = 4000

/**
 * Training: the settings, the run being watched, and its live series. Series live in shallow
 * refs (Chart.js must never see reactive proxies); `revision` ticks when they change.
 */
export const useTrainingStore = defineStore('training', () => {
  const settings = ref<TrainingSettings>(structuredClone(DEFAULT_SETTINGS))
  const runId = ref<string | null>(null)
  const phase = ref<RunPhase>('idle')
  const started = ref<TrainingStartedInfo | null>(null)
  const latest = ref<TrainingUpdate | null>(null)
  const ended = ref<TrainingEndedInfo | null>(null)
  /** Every finished epoch of the run watched. */
  const epochs = shallowRef<EpochMetrics[]>([])
  /** Batch costs (step, J), thinned to at most MAX_LOSS_POINTS. */
  const batchLosses = shallowRef<{ step: number; loss: number }[]>([])
  const boundary = shallowRef<DecisionBoundary | null>(null)
  /** Counts updates, so charts can redraw without deep-watching the series. */
  const revision = ref(0)
  const startedAt = ref<number | null>(null)

  const progress = computed(() => {
    const update = latest.value
    const planned = started.value?.plannedEpochs ?? update?.plannedEpochs ?? 0
    if (!update || planned === 0 || update.batchesPerEpoch === 0) return 0
    return Math.min(1, ((update.epoch - 1) * update.batchesPerEpoch + update.batch) / (planned * update.batchesPerEpoch))
  })
  const samplesPerSecond = computed(() => epochs.value.at(-1)?.samplesPerSecond ?? null)
  /** Seconds left at the pace so far. */
  const etaSeconds = computed(() => {
    if (phase.value !== 'running' || !startedAt.value || progress.value <= 0) return null
    const elapsed = (Date.now() - startedAt.value) / 1000
    return (elapsed * (1 - progress.value)) / progress.value
  })

  lab.on('training:update', (update) => {
    if (update.runId !== runId.value) return
    latest.value = update
    if (update.epochs.length > 0) epochs.value = [...epochs.value, ...update.epochs]
    if (Number.isFinite(update.loss)) {
      const points = batchLosses.value
      points.push({ step: update.step, loss: update.loss })
      if (points.length > MAX_LOSS_POINTS) batchLosses.value = points.filter((_, index) => index % 2 === 0)
      else triggerRef(batchLosses)
    }
    if (phase.value === 'running' || phase.value === 'paused') phase.value = update.paused ? 'paused' : 'running'
    revision.value++
  })
  lab.on('training:ended', (info) => {
    if (info.runId !== runId.value) return
    ended.value = info
    phase.value = 'ended'
    revision.value++
  })

  function reset(): void {
    started.value = null
    latest.value = null
    ended.value = null
    epochs.value = []
    batchLosses.value = []
    boundary.value = null
    startedAt.value = null
    revision.value++
  }

  /** Starts a run on the current dataset with the designed network and these settings. */
  async function start(startPaused = false): Promise<void> {
    const datasets = useDatasetsStore()
    const network = useNetworkStore()
    if (!datasets.current) throw new Error('choose a dataset on the Data screen first')
    reset()
    phase.value = 'starting'
    const { epochs: plannedEpochs, ...rest } = settings.value
    try {
      const info = await lab.invoke('training:start', {
        datasetId: datasets.current.datasetId,
        config: { ...rest, ...(plannedEpochs ? { epochs: plannedEpochs } : {}), ...network.configPart },
        startPaused
      })
      runId.value = info.runId
      started.value = info
      startedAt.value = Date.now()
      phase.value = startPaused ? 'paused' : 'running'
    } catch (error) {
      phase.value = 'idle'
      throw error
    }
  }

  const control = (verb: 'stop' | 'pause' | 'resume' | 'step') => async () => {
    if (!runId.value) return
    await lab.invoke(`training:${verb}`, { runId: runId.value })
    if (verb === 'pause') phase.value = 'paused'
    if (verb === 'resume') phase.value = 'running'
  }

  /** Fetches the decision boundary of the run's latest weights (2-feature data only). */
  async function refreshBoundary(resolution = 60): Promise<void> {
    if (!runId.value) return
    boundary.value = await lab.invoke('training:boundary', { runId: runId.value, resolution })
    revision.value++
  }

  /** Shows a stored run's curves (from the Experiments screen). */
  function showStoredRun(id: string, metrics: EpochMetrics[], losses: { step: number; loss: number }[]): void {
    reset()
    runId.value = id
    epochs.value = metrics
    batchLosses.value = [...losses]
    phase.value = 'ended'
  }

  /**
   * Watches a run started elsewhere (continued from the Experiments screen): its stored curves
   * first, then its live updates.
   */
  function attach(info: TrainingStartedInfo, history: { epochs: EpochMetrics[]; batchLosses: { step: number; loss: number }[] } = { epochs: [], batchLosses: [] }): void {
    reset()
    runId.value = info.runId
    started.value = info
    startedAt.value = Date.now()
    epochs.value = [...history.epochs]
    batchLosses.value = [...history.batchLosses]
    phase.value = 'running'
  }

  /** Forgets a deleted run if it is the one shown (a live run is left alone). */
  function release(id: string): void {
    if (runId.value !== id || phase.value === 'starting' || phase.value === 'running' || phase.value === 'paused') return
    reset()
    runId.value = null
    phase.value = 'idle'
  }

  return {
    settings,
    runId,
    phase,
    started,
    latest,
    ended,
    epochs,
    batchLosses,
    boundary,
    revision,
    progress,
    samplesPerSecond,
    etaSeconds,
    start,
    stop: control('stop'),
    pause: control('pause'),
    resume: control('resume'),
    step: control('step'),
    refreshBoundary,
    showStoredRun,
    attach,
    release
  }
})
