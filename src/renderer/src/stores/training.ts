import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw, watch } from 'vue'
import { defaultEpochs, trainRowsOf } from '@shared/model/run-defaults'
import type { LiveRunState } from '@shared/model/live-run'
import type { Pace } from '@shared/model/pace'
import type { RunPage } from '@shared/model/run-page'
import { lab } from '@renderer/api/lab'
import { runCurves } from '@renderer/composables/run-curves'
import { LabError } from '@renderer/api/lab-error'
import { startBlockerText } from '@renderer/lib/training/start-blocker-text'
import { i18n } from '@renderer/i18n'
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
import { useClock } from '@renderer/composables/use-clock'
import { createFieldValidity } from '@renderer/composables/field-validity'
import { isLive } from '@renderer/lib/runs/live-run'
import {
  resultOf,
  subjectOfView,
  type RunResult,
  type RunSubject
} from '@renderer/lib/training/watched-run'
import { describeSettings, lentSettings, sameSettings } from '@renderer/lib/learn/try-it'
import { useAppStore } from './app'
import { useDatasetsStore } from './datasets'
import { useLiveRunsStore } from './live-runs'
import { useNetworkStore } from './network'
import { useTaskStore } from './task'

export { DEFAULT_SETTINGS }

export type { RunPhase, RunResult, RunSubject, StartBlocker, TrainingSettings }

/** How often the training clock is read again while a run trains (ms). */
const CLOCK_TICK_MS = 500

/**
 * Training: the settings, and which run the Training screen watches. Everything about that run
 * (its phase, position, curves, time, result) is selected from the live-runs store.
 */
export const useTrainingStore = defineStore('training', () => {
  const datasets = useDatasetsStore()
  const network = useNetworkStore()
  const liveRuns = useLiveRunsStore()
  const settings = ref<TrainingSettings>(structuredClone(DEFAULT_SETTINGS))
  const runId = ref<string | null>(null)
  /** True between a start call and its reply (the run has no id yet). */
  const starting = ref(false)
  /** What the watched run trains (its dataset and network, whatever the design is now). */
  const subject = shallowRef<RunSubject | null>(null)

  const run = computed(() => liveRuns.run(runId.value))
  const phase = computed<RunPhase>(() => {
    if (starting.value) return 'starting'
    const known = run.value
    const status = known?.state?.status
    if (status === 'starting' || status === 'running' || status === 'paused') return status
    return status || known?.page ? 'ended' : 'idle'
  })
  const now = useClock(() => phase.value === 'running', CLOCK_TICK_MS)

  const started = computed(() => run.value?.state?.start ?? null)
  const ended = computed<RunResult | null>(() => resultOf(run.value))
  const { epochs, batchLosses, revision, epochsRevision } = runCurves(run)
  /** The speed control: slow motion's batches a second, or full speed (null). */
  const pace = ref<Pace>(null)
  const { boundary, refresh: refreshBoundary } = createLiveBoundary(
    {
      runId,
      phase,
      epochs,
      step: computed(() => run.value?.state?.position?.step ?? null),
      batchByBatch: computed(() => phase.value === 'paused' || pace.value !== null)
    },
    (id, resolution) =>
      lab.invoke('training:boundary', { runId: id, resolution, precision: 'colour' })
  )

  /** The settings fields showing text that is not a valid value (Start waits for them). */
  const settingsValidity = createFieldValidity()
  const startBlocker = computed<StartBlocker | null>(() =>
    startBlockerOf(datasets.current !== null, network.problem, settingsValidity.firstInvalid.value)
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
    const dataset = datasets.current
    return defaultEpochs(dataset ? trainRowsOf(dataset, settings.value.split) : 0)
  })
  const figures = runFigures({ run, phase, now })

  /**
   * A lesson's settings lent to the screen by its "try it", with the learner's own to go back
   * to and the run it started (null: the settings are the learner's).
   */
  const lending = shallowRef<{
    lesson: string
    own: TrainingSettings
    lent: TrainingSettings
    runId: string | null
  } | null>(null)
  /** The lending while its settings are still in use (editing any of them makes them the learner's). */
  const borrowed = computed(() => {
    const current = lending.value
    return current && sameSettings(settings.value, current.lent) ? current : null
  })

  /** Uses a lesson's settings for the next run, keeping the learner's own to go back to. */
  function lendSettings(lesson: string, lent: TrainingSettings): void {
    const own = borrowed.value?.own ?? structuredClone(toRaw(settings.value))
    lending.value = { lesson, own, lent: structuredClone(lent), runId: null }
    settings.value = structuredClone(lent)
  }

  /** Goes back to the learner's own settings after a lesson lent its own; false if none were. */
  function restoreOwnSettings(): boolean {
    const current = borrowed.value
    lending.value = null
    if (!current) return false
    settings.value = structuredClone(current.own)
    return true
  }

  // The lesson's run has ended: its settings go back to being the learner's own, saying so.
  watch(ended, (result) => {
    const current = borrowed.value
    if (!result || !current || current.runId !== result.runId) return
    const lent = describeSettings(lentSettings(current.own, current.lent), i18n.global.t)
    if (restoreOwnSettings() && lent)
      useAppStore().notify('info', i18n.global.t('training.lent.restored', { settings: lent }))
  })

  /** Watches run `id` (null: none), forgetting the boundary drawn for another. */
  function watchRun(id: string | null, what: RunSubject | null): void {
    if (id !== runId.value) boundary.value = null
    runId.value = id
    subject.value = what
  }

  /** Starts a run on the current dataset with the designed network and these settings. */
  async function start(startPaused = false): Promise<void> {
    const blocker = startBlocker.value
    if (blocker) throw new LabError('user', startBlockerText(i18n.global.t, blocker))
    if (!controls.value.start) return
    const request = {
      ...buildStartRequest(
        datasets.current!.datasetId,
        settings.value,
        network.configPart,
        startPaused
      ),
      ...(pace.value === null ? {} : { pace: pace.value })
    }
    const task = useTaskStore()
    request.experimentId = task.experimentFor(request.datasetId)
    const broken = request.experimentId ? task.brokenLock(request.config) : null
    if (broken)
      throw new LabError(
        'user',
        i18n.global.t('experiments.task.lockBroken', {
          setting: i18n.global.t(`experiments.config.fields.${broken}`)
        })
      )
    if (!request.experimentId) delete request.experimentId
    const what = designSubject.value
    starting.value = true
    try {
      const state = await lab.invoke('training:start', request)
      liveRuns.adopt(state)
      watchRun(state.runId, what)
      if (borrowed.value) lending.value = { ...borrowed.value, runId: state.runId }
    } finally {
      starting.value = false
    }
  }

  /** Sends a control to the watched run and takes in the state it answers with. */
  const control = (verb: 'stop' | 'pause' | 'resume' | 'step') => async () => {
    const id = runId.value
    if (!id || !isLive(run.value)) return
    liveRuns.adopt(await lab.invoke(`training:${verb}`, { runId: id }))
  }
  const stepBatch = control('step')

  /** Sets the speed, for the run that trains now and the next ones. */
  async function setPace(next: Pace): Promise<void> {
    pace.value = next
    const id = runId.value
    if (id && isLive(run.value))
      liveRuns.adopt(await lab.invoke('training:pace', { runId: id, pace: next }))
  }

  /** Trains one batch: of the paused run, or of a new run started paused. */
  async function step(): Promise<void> {
    if (phase.value === 'idle' || phase.value === 'ended') await start(true)
    await stepBatch()
  }

  /**
   * Shows a run: one stored (the run the lab remembers from the last session, or one opened in
   * the Experiments screen) with its curves and result, or one still training in the lab (the
   * window reloaded, or it was continued), watched live with its controls. Nothing changes if a
   * run is started meanwhile; a run that no longer exists is forgotten.
   */
  async function show(id: string): Promise<void> {
    if (isLive(run.value) || starting.value) return
    watchRun(id, runId.value === id ? subject.value : null)
    try {
      const loaded = await liveRuns.load(id)
      if (runId.value === id && loaded.page) subject.value = subjectOfView(loaded.page)
    } catch {
      if (runId.value === id && !isLive(run.value)) watchRun(null, null)
    }
  }

  /** Watches a run continued from the Experiments screen (its state is the continue reply). */
  function follow(state: LiveRunState, page: RunPage | null): void {
    liveRuns.adopt(state)
    watchRun(state.runId, page ? subjectOfView(page) : null)
  }

  /** Forgets a deleted run if it is the one shown (a live run is left alone). */
  function release(id: string): void {
    if (runId.value !== id || starting.value || isLive(run.value)) return
    watchRun(null, null)
  }

  return {
    settings,
    reportField: settingsValidity.report,
    runId,
    run,
    phase,
    started,
    ended,
    subject,
    designSubject,
    epochs,
    batchLosses,
    boundary,
    pace,
    setPace,
    revision,
    epochsRevision,
    startBlocker,
    controls,
    plannedEpochs,
    ...figures,
    start,
    stop: control('stop'),
    pause: control('pause'),
    resume: control('resume'),
    step,
    refreshBoundary,
    show,
    follow,
    release,
    borrowed,
    lendSettings,
    restoreOwnSettings
  }
})
