import type { Pace } from '../../../shared/model/pace'
import type { Precision } from '../../../shared/model/network'
import type { EarlyStop } from '../../../shared/model/early-stopping'
import type { ModelFile } from '../../../shared/model/model-file'
import type { TargetCheck } from '../../../shared/model/task'
import type { RunStatus } from '../../../shared/model/run'
import type { EpochMetrics } from '../../../shared/model/training'
import type { RunPosition, RunStartInfo } from '../../../shared/model/live-run'
import { RunClock } from '../../../shared/run-clock'
import type { TrainingProgress, TrainingStarted, TrainingSummary } from '../../worker/protocol'
import type { EngineChannel } from './engine-host'
import type { LabMessage } from '../../../shared/messages'

/** How a run ended, as the service recorded it. */
export interface RunOutcome {
  runId: string
  status: Exclude<RunStatus, 'running' | 'interrupted'>
  error: LabMessage | null
  /** The model as it stands at the end (null only if the engine crashed before reporting it). */
  model: ModelFile | null
  summary: TrainingSummary | null
  epochs: number
  /** Set when early stopping ended the run. */
  earlyStop: EarlyStop | null
  /** Its experiment's task target, checked at the end (absent: no task, or the run failed). */
  targetCheck?: TargetCheck | null
}

/** What a caller (CLI, app) hears while a run trains. */
export interface RunListener {
  started?(runId: string, info: TrainingStarted): void
  /** Where training stands, with the batch costs kept since the last report. */
  progress?(runId: string, progress: TrainingProgress): void
  epoch?(runId: string, metrics: EpochMetrics): void
  /** The run was paused or resumed (by a command: the engine follows it). */
  paused?(runId: string, paused: boolean): void
  finished?(outcome: RunOutcome): void
}

/**
 * A run in progress: controls for it, its listeners, its live state (main's word on whether it
 * is paused, where it is, its training time) and a promise of how it ends.
 */
export class ActiveRun {
  private readonly listeners = new Set<RunListener>()
  /** The split and engine the worker reported, once it has. */
  start: RunStartInfo | null = null
  /** The last batch the worker reported trained. */
  position: RunPosition | null = null
  private pausedNow: boolean
  private paceNow: Pace
  private readonly clock: RunClock
  /** Resolves once the run has ended and its outcome is stored. */
  readonly finished: Promise<RunOutcome>
  /** The precision the engine trains this run in. */
  readonly precision: Precision
  private settle!: (outcome: RunOutcome) => void

  constructor(
    readonly runId: string,
    private readonly engine: EngineChannel,
    options: { startPaused: boolean; activeSeconds: number; pace?: Pace; precision: Precision }
  ) {
    this.precision = options.precision
    this.pausedNow = options.startPaused
    this.paceNow = options.pace ?? null
    this.clock = new RunClock(options.activeSeconds * 1000)
    this.finished = new Promise((resolve) => {
      this.settle = resolve
    })
  }

  /** Whether the run is paused: set by pause and resume themselves, never by a late report. */
  get paused(): boolean {
    return this.pausedNow
  }

  /** Slow motion's batches a second, or null at full speed (as last asked: the engine follows). */
  get pace(): Pace {
    return this.paceNow
  }

  /** Training time so far in seconds (pauses and the time before the engine started left out). */
  activeSeconds(now = Date.now()): number {
    return this.clock.seconds(now)
  }

  /** Adds a listener; returns a function that removes it. */
  subscribe(listener: RunListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Calls every listener's handler for an event (the service's side). */
  notify<K extends keyof RunListener>(
    kind: K,
    ...args: Parameters<NonNullable<RunListener[K]>>
  ): void {
    for (const listener of this.listeners) {
      ;(listener[kind] as ((...handlerArgs: typeof args) => void) | undefined)?.(...args)
    }
  }

  /** The engine has read the data: the clock starts unless the run starts paused. */
  markStarted(info: TrainingStarted): void {
    const { trainRows, validationRows, testRows, batchesPerEpoch, kernels, batchesInChunks } = info
    this.start = { trainRows, validationRows, testRows, batchesPerEpoch, kernels, batchesInChunks }
    if (!this.pausedNow) this.clock.resume(Date.now())
    this.notify('started', this.runId, info)
  }

  /** Where the engine is (the service's side). */
  markProgress(progress: TrainingProgress): void {
    const { step, epoch, batch, batchesPerEpoch, loss } = progress
    this.position = { step, epoch, batch, batchesPerEpoch, loss }
    this.notify('progress', this.runId, progress)
  }

  /**
   * Stops the training clock as the run ends and returns its seconds: the time stored, and the
   * time every later state says (the ending's bookkeeping is not training).
   */
  stopClock(): number {
    this.clock.pause(Date.now())
    return this.activeSeconds()
  }

  /** Records the end of the run and tells everyone (the service's side; stopClock came first). */
  end(outcome: RunOutcome): void {
    this.notify('finished', outcome)
    this.settle(outcome)
  }

  /** Stops after the current batch; the run ends `stopped` with its last completed epoch's weights. */
  stop(): void {
    this.engine.send({ type: 'stop' })
  }

  /** Pauses after the current batch; the engine then reports the batch it stopped after. */
  pause(): void {
    if (this.pausedNow) return
    this.pausedNow = true
    this.clock.pause(Date.now())
    this.engine.send({ type: 'pause' })
    this.notify('paused', this.runId, true)
  }

  resume(): void {
    if (!this.pausedNow) return
    this.pausedNow = false
    if (this.start) this.clock.resume(Date.now())
    this.engine.send({ type: 'resume' })
    this.notify('paused', this.runId, false)
  }

  /** Trains exactly one batch while paused. */
  step(): void {
    this.engine.send({ type: 'step' })
  }

  /** Slow motion at `pace` batches a second, or full speed (null). */
  setPace(pace: Pace): void {
    this.paceNow = pace
    this.engine.send({ type: 'pace', pace })
  }
}
