import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, triggerRef } from 'vue'
import { defaultEpochs, trainRowsOf } from '@shared/model/run-defaults'
import type { EpochMetrics } from '@shared/model/training'
import type {
  DecisionBoundary,
  TrainingEndedInfo,
  TrainingStartedInfo,
  TrainingUpdate
} from '@shared/model/views'
import { lab } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import { BatchLossSeries, type BatchLossPoint } from '@renderer/lib/training/loss-series'
import {
  buildStartRequest,
  controlStates,
  type RunPhase,
  type TrainingSettings
} from '@renderer/lib/training/run-controls'
import {
  etaSeconds as estimateEta,
  RunClock,
  runPosition,
  runProgress
} from '@renderer/lib/training/run-timing'
import { useDatasetsStore } from './datasets'
import { useNetworkStore } from './network'

export type { RunPhase, TrainingSettings }

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
/** Batch costs main stores per epoch, at most. */
const STORED_LOSSES_PER_EPOCH = 50
/** The most stored batch costs a finished run's curve loads (more would stall the page). */
const MAX_STORED_LOSSES_LOADED = 20_000
/** Events of a run that arrive before its start call returns (kept until its id is known). */
const MAX_EARLY_EVENTS = 100

/** Why Start cannot be used: an i18n key under `training.refused` and its parameters. */
export interface StartBlocker {
  key: 'noDataset' | 'networkProblem'
  params: Record<string, string>
}

type EarlyEvent =
  { kind: 'update'; payload: TrainingUpdate } | { kind: 'ended'; payload: TrainingEndedInfo }

/**
 * Training: the settings, the run being watched, and its live series. Series live in shallow
 * refs (Chart.js must never see reactive proxies); `revision` ticks when they change.
 */
export const useTrainingStore = defineStore('training', () => {
  const datasets = useDatasetsStore()
  const network = useNetworkStore()
  const settings = ref<TrainingSettings>(structuredClone(DEFAULT_SETTINGS))
  const runId = ref<string | null>(null)
  const phase = ref<RunPhase>('idle')
  const started = ref<TrainingStartedInfo | null>(null)
  const latest = ref<TrainingUpdate | null>(null)
  const ended = ref<TrainingEndedInfo | null>(null)
  /** Every finished epoch of the run watched. */
  const epochs = shallowRef<EpochMetrics[]>([])
  const lossSeries = new BatchLossSeries(MAX_LOSS_POINTS)
  /** Batch costs (step, J), thinned to at most MAX_LOSS_POINTS. */
  const batchLosses = shallowRef<BatchLossPoint[]>(lossSeries.points)
  const boundary = shallowRef<DecisionBoundary | null>(null)
  /** Counts updates, so charts can redraw without deep-watching the series. */
  const revision = ref(0)
  const clock = new RunClock()
  /** Training time so far (pauses not counted), refreshed with every update. */
  const elapsedSeconds = ref(0)
  let earlyEvents: EarlyEvent[] = []
  let boundaryInFlight = false

  const startBlocker = computed((): StartBlocker | null => {
    if (!datasets.current) return { key: 'noDataset', params: {} }
    if (network.problem) return { key: 'networkProblem', params: { problem: network.problem } }
    return null
  })
  const controls = computed(() => controlStates(phase.value, startBlocker.value === null))
  /** Epochs the next run will train: the setting, or the lab's default for the data's size. */
  const plannedEpochs = computed(() => {
    if (settings.value.epochs !== null) return settings.value.epochs
    const rows = datasets.current?.rows ?? 0
    return defaultEpochs(trainRowsOf(rows, settings.value.split))
  })
  /** The epoch and batch the run is at. */
  const position = computed(() =>
    runPosition(latest.value, started.value, epochs.value.at(-1)?.epoch ?? 0)
  )
  const progress = computed(() =>
    phase.value === 'ended' && ended.value?.status === 'completed' ? 1 : runProgress(position.value)
  )
  const samplesPerSecond = computed(() => epochs.value.at(-1)?.samplesPerSecond ?? null)
  /** Seconds left at the pace so far (while running). */
  const etaSeconds = computed(() =>
    phase.value === 'running' ? estimateEta(elapsedSeconds.value, progress.value) : null
  )

  function tickClock(): void {
    elapsedSeconds.value = clock.elapsedSeconds(Date.now())
  }

  function setPhase(next: RunPhase): void {
    if (next === 'running') clock.resume(Date.now())
    else clock.pause(Date.now())
    phase.value = next
    tickClock()
  }

  function applyUpdate(update: TrainingUpdate): void {
    latest.value = update
    if (update.epochs.length > 0) {
      epochs.value.push(...update.epochs)
      triggerRef(epochs)
    }
    if (lossSeries.add({ step: update.step, loss: update.loss })) triggerRef(batchLosses)
    if (phase.value === 'running' || phase.value === 'paused')
      setPhase(update.paused ? 'paused' : 'running')
    revision.value++
  }

  function applyEnded(info: TrainingEndedInfo): void {
    ended.value = info
    setPhase('ended')
    revision.value++
    const batches = Math.min(STORED_LOSSES_PER_EPOCH, started.value?.batchesPerEpoch ?? 0)
    if (info.epochs * batches <= MAX_STORED_LOSSES_LOADED) void loadStoredLosses(info.runId)
  }

  /**
   * Replaces the live batch costs (sampled a few times a second) with the run's stored ones
   * (up to 50 per epoch), which draw a fast run's curve in full; skipped for long runs, whose
   * live series is dense already and whose stored one would be slow to load. Failures keep
   * the live series.
   */
  async function loadStoredLosses(id: string): Promise<void> {
    try {
      const view = await lab.invoke('runs:get', { runId: id })
      if (id !== runId.value || view.batchLosses.length <= lossSeries.points.length) return
      lossSeries.reset(view.batchLosses)
      triggerRef(batchLosses)
      revision.value++
    } catch {
      // The live series stays: it is the same curve, only sparser.
    }
  }

  lab.on('training:update', (update) => {
    if (update.runId === runId.value) applyUpdate(update)
    else if (phase.value === 'starting' && earlyEvents.length < MAX_EARLY_EVENTS)
      earlyEvents.push({ kind: 'update', payload: update })
  })
  lab.on('training:ended', (info) => {
    if (info.runId === runId.value) applyEnded(info)
    else if (phase.value === 'starting') earlyEvents.push({ kind: 'ended', payload: info })
  })

  function reset(): void {
    started.value = null
    latest.value = null
    ended.value = null
    epochs.value = []
    lossSeries.reset()
    triggerRef(batchLosses)
    boundary.value = null
    clock.reset()
    elapsedSeconds.value = 0
    revision.value++
  }

  /** Starts a run on the current dataset with the designed network and these settings. */
  async function start(startPaused = false): Promise<void> {
    const blocker = startBlocker.value
    if (blocker)
      throw new LabError('user', i18n.global.t(`training.refused.${blocker.key}`, blocker.params))
    if (!controls.value.start) return
    const request = buildStartRequest(
      datasets.current!.datasetId,
      settings.value,
      network.configPart,
      startPaused
    )
    reset()
    runId.value = null
    earlyEvents = []
    phase.value = 'starting'
    try {
      const info = await lab.invoke('training:start', request)
      runId.value = info.runId
      started.value = info
      setPhase(startPaused ? 'paused' : 'running')
      const early = earlyEvents.filter((event) => event.payload.runId === info.runId)
      earlyEvents = []
      for (const event of early) {
        if (event.kind === 'update') applyUpdate(event.payload)
        else applyEnded(event.payload)
      }
    } catch (error) {
      phase.value = 'idle'
      throw error
    }
  }

  const control = (verb: 'stop' | 'pause' | 'resume' | 'step') => async () => {
    if (!runId.value || (phase.value !== 'running' && phase.value !== 'paused')) return
    await lab.invoke(`training:${verb}`, { runId: runId.value })
    if (verb === 'pause') setPhase('paused')
    if (verb === 'resume') setPhase('running')
  }
  const stepBatch = control('step')

  /** Trains one batch: of the paused run, or of a new run started paused. */
  async function step(): Promise<void> {
    if (phase.value === 'idle' || phase.value === 'ended') await start(true)
    await stepBatch()
  }

  /**
   * Fetches the decision boundary of the run's latest weights (2-feature data only). Skipped
   * while a request is under way, and when no epoch has finished since the one drawn.
   */
  async function refreshBoundary(resolution = 60): Promise<void> {
    const id = runId.value
    const drawnEpoch = boundary.value?.epoch
    const lastEpoch = epochs.value.at(-1)?.epoch
    if (
      !id ||
      boundaryInFlight ||
      (phase.value !== 'ended' && drawnEpoch !== undefined && drawnEpoch === lastEpoch)
    )
      return
    boundaryInFlight = true
    try {
      const result = await lab.invoke('training:boundary', { runId: id, resolution })
      if (id === runId.value) boundary.value = result
    } finally {
      boundaryInFlight = false
    }
  }

  /** Shows a stored run's curves (from the Experiments screen). */
  function showStoredRun(id: string, metrics: EpochMetrics[], losses: BatchLossPoint[]): void {
    reset()
    runId.value = id
    epochs.value = [...toRaw(metrics)]
    lossSeries.reset(toRaw(losses))
    triggerRef(batchLosses)
    phase.value = 'ended'
  }

  /**
   * Watches a run started elsewhere (continued from the Experiments screen): its stored curves
   * first, then its live updates.
   */
  function attach(
    info: TrainingStartedInfo,
    history: { epochs: EpochMetrics[]; batchLosses: BatchLossPoint[] } = {
      epochs: [],
      batchLosses: []
    }
  ): void {
    reset()
    runId.value = info.runId
    started.value = info
    epochs.value = [...toRaw(history.epochs)]
    lossSeries.reset(toRaw(history.batchLosses))
    triggerRef(batchLosses)
    setPhase('running')
  }

  /** Forgets a deleted run if it is the one shown (a live run is left alone). */
  function release(id: string): void {
    if (
      runId.value !== id ||
      phase.value === 'starting' ||
      phase.value === 'running' ||
      phase.value === 'paused'
    )
      return
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
    startBlocker,
    controls,
    plannedEpochs,
    position,
    progress,
    elapsedSeconds,
    samplesPerSecond,
    etaSeconds,
    start,
    stop: control('stop'),
    pause: control('pause'),
    resume: control('resume'),
    step,
    refreshBoundary,
    showStoredRun,
    attach,
    release
  }
})
