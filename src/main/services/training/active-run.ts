import type { EarlyStop } from '../../../shared/model/early-stopping'
import type { ModelFile } from '../../../shared/model/model-file'
import type { RunStatus } from '../../../shared/model/run'
import type { EpochMetrics } from '../../../shared/model/training'
import type { TrainingProgress, TrainingStarted, TrainingSummary } from '../../worker/protocol'
import type { EngineChannel } from './engine-host'

/** How a run ended, as the service recorded it. */
export interface RunOutcome {
  runId: string
  status: Exclude<RunStatus, 'running' | 'interrupted'>
  error: string | null
  /** The model as it stands at the end (null only if the engine crashed before reporting it). */
  model: ModelFile | null
  summary: TrainingSummary | null
  epochs: number
  /** Set when early stopping ended the run. */
  earlyStop: EarlyStop | null
}

/** What a caller (CLI, app) hears while a run trains. */
export interface RunListener {
  started?(runId: string, info: TrainingStarted): void
  progress?(runId: string, progress: TrainingProgress): void
  epoch?(runId: string, metrics: EpochMetrics): void
  /** The thinned batch costs stored with a group of finished epochs, in step order. */
  batchLosses?(runId: string, points: { step: number; loss: number }[]): void
  finished?(outcome: RunOutcome): void
}

/** A run in progress: controls for it, its listeners, and a promise of how it ends. */
export class ActiveRun {
  private readonly listeners = new Set<RunListener>()
  /** The split and engine the worker reported, once it has (for a window that reloads). */
  startedInfo: TrainingStarted | null = null
  /** Whether the run is paused, as its latest progress report said. */
  paused = false
  /** Resolves once the run has ended and its outcome is stored. */
  readonly finished: Promise<RunOutcome>
  private settle!: (outcome: RunOutcome) => void

  constructor(
    readonly runId: string,
    private readonly engine: EngineChannel
  ) {
    this.finished = new Promise((resolve) => {
      this.settle = resolve
    })
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

  /** Records the end of the run and tells everyone (the service's side). */
  end(outcome: RunOutcome): void {
    this.notify('finished', outcome)
    this.settle(outcome)
  }

  /** Stops after the current batch; the run ends as `stopped` with the model as it stands. */
  stop(): void {
    this.engine.send({ type: 'stop' })
  }

  /** Pauses after the current batch (the worker reports no progress until it trains again). */
  pause(): void {
    this.paused = true
    this.engine.send({ type: 'pause' })
  }

  resume(): void {
    this.paused = false
    this.engine.send({ type: 'resume' })
  }

  /** Trains exactly one batch while paused. */
  step(): void {
    this.engine.send({ type: 'step' })
  }
}
