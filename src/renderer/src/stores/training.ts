import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
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
import { startBlockerText } from '@renderer/lib/training/start-blocker-text'
import { i18n } from '@renderer/i18n'
import {
  createLiveSeries,
  storedLossesWorthLoading,
  type RunHistory
} from '@renderer/lib/training/live-series'
import { EarlyEvents } from '@renderer/lib/training/early-events'
import {
  buildStartRequest,
  controlStates,
  DEFAULT_SETTINGS,
  startBlockerOf,
  type RunPhase,
  type StartBlocker,
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

export { DEFAULT_SETTINGS }
export type { RunPhase, StartBlocker, TrainingSettings }

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
  const latest = shallowRef<TrainingUpdate | null>(null)
  const ended = ref<TrainingEndedInfo | null>(null)
  const { epochs, batchLosses, revision, ...series } = createLiveSeries()
  const boundary = shallowRef<DecisionBoundary | null>(null)
  const clock = new RunClock()
  /** Training time so far (pauses not counted), refreshed with every update. */
  const elapsedSeconds = ref(0)
  const earlyEvents = new EarlyEvents()
  let boundaryInFlight = false

  const startBlocker = computed<StartBlocker | null>(() =>
    startBlockerOf(datasets.current !== null, network.problem)
  )
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
    if (phase.value === 'running' || phase.value === 'paused')
      setPhase(update.paused ? 'paused' : 'running')
    series.append(update)
  }

  function applyEnded(info: TrainingEndedInfo): void {
    ended.value = info
    setPhase('ended')
    revision.value++
    if (storedLossesWorthLoading(info.epochs, started.value?.batchesPerEpoch ?? 0)) {
      void loadStoredLosses(info.runId)
    }
  }

  /**
   * Replaces the live batch costs (sampled a few times a second) with the run's stored ones,
   * which draw a fast run's curve in full. Failures keep the live series.
   */
  async function loadStoredLosses(id: string): Promise<void> {
    try {
      const view = await lab.invoke('runs:get', { runId: id })
      if (id === runId.value && view.batchLosses.length > batchLosses.value.length) {
        series.replaceLosses(view.batchLosses)
      }
    } catch {
      // The live series stays: it is the same curve, only sparser.
    }
  }

  lab.on('training:update', (update) => {
    if (update.runId === runId.value) applyUpdate(update)
    else if (phase.value === 'starting') earlyEvents.keep({ kind: 'update', payload: update })
  })
  lab.on('training:ended', (info) => {
    if (info.runId === runId.value) applyEnded(info)
    else if (phase.value === 'starting') earlyEvents.keep({ kind: 'ended', payload: info })
  })

  /** Forgets the run watched, keeping a history to show (a stored run's curves). */
  function reset(history?: RunHistory): void {
    started.value = null
    latest.value = null
    ended.value = null
    series.replace(history)
    boundary.value = null
    clock.reset()
    elapsedSeconds.value = 0
  }

  /** Starts a run on the current dataset with the designed network and these settings. */
  async function start(startPaused = false): Promise<void> {
    const blocker = startBlocker.value
    if (blocker)
      throw new LabError('user', startBlockerText(i18n.global.t, blocker))
    if (!controls.value.start) return
    const request = buildStartRequest(
      datasets.current!.datasetId,
      settings.value,
      network.configPart,
      startPaused
    )
    reset()
    runId.value = null
    earlyEvents.clear()
    phase.value = 'starting'
    try {
      const info = await lab.invoke('training:start', request)
      runId.value = info.runId
      started.value = info
      setPhase(startPaused ? 'paused' : 'running')
      for (const event of earlyEvents.claim(info.runId)) {
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
  function showStoredRun(
    id: string,
    metrics: readonly EpochMetrics[],
    losses: RunHistory['batchLosses']
  ): void {
    reset({ epochs: metrics, batchLosses: losses })
    runId.value = id
    phase.value = 'ended'
  }

  /**
   * Watches a run started elsewhere (continued from the Experiments screen): its stored curves
   * first, then its live updates.
   */
  function attach(info: TrainingStartedInfo, history?: RunHistory): void {
    reset(history)
    runId.value = info.runId
    started.value = info
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
