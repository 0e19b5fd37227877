import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { defaultEpochs, trainRowsOf } from '@shared/model/run-defaults'
import type { RunPage } from '@shared/model/run-page'
import type { TrainingStartedInfo, TrainingUpdate } from '@shared/model/live-run'
import { lab } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import { startBlockerText } from '@renderer/lib/training/start-blocker-text'
import { i18n } from '@renderer/i18n'
import { createLiveSeries } from '@renderer/composables/live-series'
import { EarlyEvents } from '@renderer/lib/training/early-events'
import { createLiveBoundary } from '@renderer/composables/live-boundary'
import {
  buildStartRequest,
  controlStates,
  DEFAULT_SETTINGS,
  startBlockerOf,
  type RunPhase,
  type StartBlocker,
  type TrainingSettings
} from '@renderer/lib/training/run-controls'
import { runFigures } from '@renderer/composables/run-figures'
import { createRunPhase } from '@renderer/composables/run-phase'
import {
  historyOfView,
  resultOfView,
  subjectOfView,
  type RunResult,
  type RunSubject
} from '@renderer/lib/training/watched-run'
import { useDatasetsStore } from './datasets'
import { useNetworkStore } from './network'

export { DEFAULT_SETTINGS }
export type { RunPhase, RunResult, RunSubject, StartBlocker, TrainingSettings }

/**
 * Training: the settings, the run being watched, and its live series. Series live in shallow
 * refs (Chart.js must never see reactive proxies); `revision` ticks when they change.
 */
export const useTrainingStore = defineStore('training', () => {
  const datasets = useDatasetsStore()
  const network = useNetworkStore()
  const settings = ref<TrainingSettings>(structuredClone(DEFAULT_SETTINGS))
  const runId = ref<string | null>(null)
  const { phase, elapsedSeconds, setPhase, resetClock } = createRunPhase()
  const started = ref<TrainingStartedInfo | null>(null)
  const latest = shallowRef<TrainingUpdate | null>(null)
  const ended = ref<RunResult | null>(null)
  /** What the watched run trains (its dataset and network, whatever the design is now). */
  const subject = shallowRef<RunSubject | null>(null)
  /** Epochs the watched run had trained before this session (a continued run). */
  const resumedEpochs = ref(0)
  const { epochs, batchLosses, revision, ...series } = createLiveSeries()
  const { boundary, refresh: refreshBoundary } = createLiveBoundary(
    { runId, phase, epochs },
    (id, resolution) => lab.invoke('training:boundary', { runId: id, resolution })
  )
  const earlyEvents = new EarlyEvents()

  const startBlocker = computed<StartBlocker | null>(() =>
    startBlockerOf(datasets.current !== null, network.problem)
  )
  const controls = computed(() => controlStates(phase.value, startBlocker.value === null))
  /** What Start would train: the current dataset and the network designed for it. */
  const designSubject = computed<RunSubject | null>(() => {
    const dataset = datasets.current
    if (!dataset) return null
    const architecture = network.classicName ?? network.layers.map((layer) => layer.units).join('–')
    return {
      datasetId: dataset.datasetId,
      dataset: dataset.name,
      architecture,
      classes: dataset.classes
    }
  })
  /** Epochs the next run will train: the setting, or the lab's default for the data's size. */
  const plannedEpochs = computed(() => {
    if (settings.value.epochs !== null) return settings.value.epochs
    const rows = datasets.current?.rows ?? 0
    return defaultEpochs(trainRowsOf(rows, settings.value.split))
  })
  const figures = runFigures({
    phase,
    started,
    latest,
    ended,
    epochs,
    elapsedSeconds,
    resumedEpochs
  })

  function applyUpdate(update: TrainingUpdate): void {
    latest.value = update
    if (phase.value === 'running' || phase.value === 'paused')
      setPhase(update.paused ? 'paused' : 'running')
    series.append(update)
  }

  function applyEnded(info: RunResult): void {
    ended.value = info
    setPhase('ended')
    revision.value++
  }

  /** The run `restore` is reading: its events wait until its stored curves are shown. */
  let restoringId: string | null = null
  const keepsEarly = (id: string) =>
    id === restoringId || (id !== runId.value && phase.value === 'starting')
  lab.on('training:update', (update) => {
    if (keepsEarly(update.runId)) earlyEvents.keep({ kind: 'update', payload: update })
    else if (update.runId === runId.value) applyUpdate(update)
  })
  lab.on('training:ended', (info) => {
    if (keepsEarly(info.runId)) earlyEvents.keep({ kind: 'ended', payload: info })
    else if (info.runId === runId.value) applyEnded(info)
  })

  /** Applies the events kept for run `id` while its start or restore call was under way. */
  function replayEarlyEvents(id: string): void {
    for (const event of earlyEvents.claim(id)) {
      if (event.kind === 'update') applyUpdate(event.payload)
      else applyEnded(event.payload)
    }
  }

  /** Forgets the run watched, keeping a stored run's curves and subject to show, if given. */
  function reset(view?: RunPage): void {
    started.value = null
    latest.value = null
    ended.value = null
    subject.value = view ? subjectOfView(view) : null
    resumedEpochs.value = 0
    series.replace(view ? historyOfView(view) : undefined)
    boundary.value = null
    resetClock()
  }

  /** Starts a run on the current dataset with the designed network and these settings. */
  async function start(startPaused = false): Promise<void> {
    const blocker = startBlocker.value
    if (blocker) throw new LabError('user', startBlockerText(i18n.global.t, blocker))
    if (!controls.value.start) return
    const request = buildStartRequest(
      datasets.current!.datasetId,
      settings.value,
      network.configPart,
      startPaused
    )
    reset()
    subject.value = designSubject.value
    runId.value = null
    earlyEvents.clear()
    phase.value = 'starting'
    try {
      const info = await lab.invoke('training:start', request)
      runId.value = info.runId
      started.value = info
      setPhase(startPaused ? 'paused' : 'running')
      replayEarlyEvents(info.runId)
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

  /** Shows a stored run: its curves, its subject and, once it has ended, its result. */
  function showStoredRun(view: RunPage): void {
    reset(view)
    runId.value = view.detail.runId
    ended.value = resultOfView(view)
    phase.value = 'ended'
  }

  /**
   * Shows a stored run (the one the lab remembers from the last session, or one opened in the
   * Experiments screen): its stored curves and result, unless a run is started meanwhile. A run
   * still training in the lab (the window was reloaded, or another window started it) is watched
   * live, with its controls: its events heard while its curves are read wait and follow them.
   * A run that no longer exists is forgotten.
   */
  async function restore(id: string): Promise<void> {
    runId.value = id
    restoringId = id
    earlyEvents.clear()
    const shown = () => runId.value === id && (phase.value === 'idle' || phase.value === 'ended')
    try {
      const view = await lab.invoke('runs:get', { runId: id })
      const live =
        view.detail.status === 'running' ? await lab.invoke('training:live', { runId: id }) : null
      if (!shown()) return
      if (live) {
        attach(live, view)
        setPhase(live.paused ? 'paused' : 'running')
      } else showStoredRun(view)
      restoringId = null
      replayEarlyEvents(id)
    } catch {
      if (runId.value === id && phase.value === 'idle') runId.value = null
    } finally {
      if (restoringId === id) restoringId = null
    }
  }

  /**
   * Watches a run started elsewhere (continued from the Experiments screen): its stored curves
   * and subject first, then its live updates.
   */
  function attach(info: TrainingStartedInfo, view?: RunPage): void {
    reset(view)
    resumedEpochs.value = view?.detail.epochs ?? 0
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
    subject,
    designSubject,
    epochs,
    batchLosses,
    boundary,
    revision,
    startBlocker,
    controls,
    plannedEpochs,
    elapsedSeconds,
    ...figures,
    start,
    stop: control('stop'),
    pause: control('pause'),
    resume: control('resume'),
    step,
    refreshBoundary,
    showStoredRun,
    restore,
    attach,
    release
  }
})
