import type { LabDatabase } from '../../db/lab-database'
import type { BatchPosition } from '../../../shared/model/live-run'
import type { RunConfig } from '../../../shared/model/run'
import type { TargetCheck } from '../../../shared/model/task'
import type { BatchCost } from '../../../shared/series'
import type { EngineEvent, EpochsFinished, TrainingJob } from '../../worker/protocol'
import { checkRunTarget } from '../tasks/task-check'
import { ActiveRun, type RunListener, type RunOutcome } from './active-run'
import { CheckpointKeeping } from './checkpoint-keeping'
import type { EngineSpawner } from './engine-host'
import { keepAlive, notSaved, recordOutcome } from './run-ending'
import type { RunLock } from './run-locks'
import { message } from '../../../shared/messages'

/** The run's task target checked; null when there is none, or the check cannot be stored. */
function targetCheckOf(db: LabDatabase, runId: string): TargetCheck | null {
  try {
    return checkRunTarget(db, runId)
  } catch {
    // A full disk at the very end: the run itself is stored, only without its check.
    return null
  }
}

/**
 * Most milliseconds an arrived epoch waits to be stored. At full speed a tiny network finishes
 * over a thousand epochs a second, reported a few dozen times a second; a transaction each cost
 * main's thread more than the rows themselves, so they are stored together with the next
 * progress report (ten a second) or once the oldest has waited this long. Listeners hear of an
 * epoch once it is stored; the live views get its weights as soon as it arrives.
 */
export const EPOCH_STORE_MS = 100

/** Epochs arrived and batch costs reported, not yet stored. */
type EpochGroup = EpochsFinished['epochs']

/** The newest parameters of a run training in this process. */
export interface LatestParameters {
  epoch: number
  position?: BatchPosition
  parameters: (Float32Array | Float64Array)[]
}

/**
 * Runs jobs in engine workers: hands each its job, stores every epoch's metrics and checkpoint
 * (a group of them in one transaction, see EPOCH_STORE_MS), and records how the run ended. Keeps
 * the runs training in this process and their newest parameters.
 */
export class RunLauncher {
  private readonly active = new Map<string, ActiveRun>()
  private readonly keeping: CheckpointKeeping
  /**
   * The newest parameters of each run training in this process, for live views: its latest
   * epoch's, or in slow motion and for a stepped batch, that batch's.
   */
  private readonly latestParameters = new Map<string, LatestParameters>()
  /** Who waits for a training run's first parameters (see `reported`). */
  private readonly reportWaiters = new Map<string, (() => void)[]>()

  constructor(
    private readonly db: LabDatabase,
    private readonly spawnEngine: EngineSpawner,
    /** Main's clock (ms), for how long arrived epochs have waited. */
    private readonly now: () => number = () => performance.now()
  ) {
    this.keeping = new CheckpointKeeping(db)
  }

  /** A run that is training in this process, if any. */
  get(runId: string): ActiveRun | undefined {
    return this.active.get(runId)
  }

  /** The newest parameters of a run training in this process, if any. */
  latest(runId: string): LatestParameters | undefined {
    return this.latestParameters.get(runId)
  }

  /**
   * Resolves as soon as a run training in this process has parameters to show (its first epoch
   * or stepped batch has ended), or has ended; at once when it has them or is not training here.
   */
  reported(runId: string): Promise<void> {
    if (!this.active.has(runId) || this.latestParameters.has(runId)) return Promise.resolve()
    return new Promise((resolve) => {
      this.reportWaiters.set(runId, [...(this.reportWaiters.get(runId) ?? []), resolve])
    })
  }

  /** Keeps a run's newest parameters and answers whoever waited for its first. */
  private keepLatest(runId: string, latest: LatestParameters): void {
    this.latestParameters.set(runId, latest)
    this.answerWaiters(runId)
  }

  private answerWaiters(runId: string): void {
    for (const resolve of this.reportWaiters.get(runId) ?? []) resolve()
    this.reportWaiters.delete(runId)
  }

  launch(
    lock: RunLock,
    runId: string,
    activeSeconds: number,
    job: TrainingJob,
    listener: RunListener
  ): ActiveRun {
    const engine = this.spawnEngine()
    const run = new ActiveRun(runId, engine, {
      startPaused: job.startPaused,
      activeSeconds,
      pace: job.pace,
      precision: job.precision
    })
    run.subscribe(listener)
    // A pause is stored at once, so every process (the CLI's `runs`, another window) sees it.
    run.subscribe({
      paused: (_runId, paused) => this.db.runs.setPaused(runId, paused, run.activeSeconds())
    })
    this.active.set(runId, run)
    const stopHeartbeat = keepAlive(this.db, runId)
    const config = this.db.runs.get(runId)!.config
    this.keeping.begin(runId, config)
    let epochs = job.resume?.completedEpochs ?? 0
    let outcome: RunOutcome | null = null
    let pending: EpochGroup = []
    let pendingCosts: BatchCost[] = []
    /** When the oldest unstored epoch arrived. */
    let pendingSince = 0
    /** The first epoch of the group being stored, which a failure to store it names. */
    let storing: number | null = null
    /** Stores the waiting epochs and batch costs in one transaction, then tells the listeners. */
    const store = () => {
      if (pending.length === 0 && pendingCosts.length === 0) return
      const [group, costs] = [pending, pendingCosts]
      storing = group[0]?.metrics.epoch ?? null
      this.storeEpochs(runId, config, group, costs, run.activeSeconds())
      storing = null
      pending = []
      pendingCosts = []
      if (group.length === 0) return
      epochs = group.at(-1)!.metrics.epoch
      for (const { metrics } of group) run.notify('epoch', runId, metrics)
    }
    /** Records how the run ended (once) and its task's check, lets go of its lock, stops the engine. */
    const end = (ended: Omit<RunOutcome, 'runId' | 'epochs'>) => {
      if (outcome) return
      outcome = recordOutcome(this.db, { runId, epochs, ...ended }, lock, run.stopClock())
      outcome.targetCheck = targetCheckOf(this.db, runId)
      engine.kill()
    }
    engine.onEvent((event: EngineEvent) => {
      try {
        switch (event.type) {
          case 'ready':
            engine.send({ type: 'train', job })
            return
          case 'started':
            this.db.runs.setPreprocessing(runId, event.preprocessing)
            if (event.initial)
              this.db.transaction(() =>
                this.keeping.store(runId, config, [{ checkpoint: event.initial!, metrics: null }])
              )
            run.markStarted(event)
            return
          case 'progress':
            pendingCosts.push(...event.costs)
            store()
            if (event.parameters) {
              const { epoch, batch, batchesPerEpoch, step, parameters } = event
              const completed = batch === batchesPerEpoch ? epoch : epoch - 1
              const position = { epoch, batch, step }
              this.keepLatest(runId, { epoch: completed, position, parameters })
            }
            run.markProgress(event)
            return
          case 'epochs': {
            const last = event.epochs.at(-1)!.checkpoint
            const parameters = last.parameters
            this.keepLatest(runId, { epoch: last.completedEpochs, parameters })
            if (pending.length === 0) pendingSince = this.now()
            pending.push(...event.epochs)
            if (this.now() - pendingSince >= EPOCH_STORE_MS) store()
            engine.send({ type: 'epochsTaken' })
            return
          }
          case 'finished': {
            store()
            const { status, error, model, summary, earlyStop } = event
            end({ status, error, model, summary, earlyStop })
            return
          }
          case 'crashed':
            store()
            end({
              status: 'failed',
              error: message('run.engineCrashed', { problem: event.message.split('\n')[0] }),
              model: null,
              summary: null,
              earlyStop: null
            })
            return
        }
      } catch (error) {
        // Storing failed (a full disk): the run ends failed, saying why; what was stored stays.
        const message = notSaved(this.db, runId, storing ?? 'run', error)
        end({ status: 'failed', error: message, model: null, summary: null, earlyStop: null })
      }
    })
    engine.onExit((reason) => {
      if (!outcome) {
        try {
          store()
        } catch {
          // The engine is gone and the disk refuses: the run ends failed with what was stored.
        }
      }
      stopHeartbeat()
      this.keeping.end(runId)
      this.active.delete(runId)
      this.latestParameters.delete(runId)
      this.answerWaiters(runId)
      if (!outcome) {
        const problem = reason ? reason.split('\n')[0] : null
        const error = message('run.engineStopped', { problem })
        end({ status: 'failed', error, model: null, summary: null, earlyStop: null })
      }
      run.end(outcome!)
    })
    return run
  }

  /**
   * One transaction per group of epochs: their metrics, layer internals (gradient norms, weight
   * histograms), checkpoints (thinned by the run's rule), the batch costs reported with them and
   * the training time so far.
   */
  private storeEpochs(
    runId: string,
    config: RunConfig,
    group: EpochGroup,
    costs: readonly BatchCost[],
    activeSeconds: number
  ): void {
    this.db.transaction(() => {
      if (costs.length > 0) this.db.metrics.addBatchLosses(runId, costs)
      this.db.metrics.addEpochs(runId, group)
      for (const { metrics, internals } of group)
        this.db.internals.add(runId, metrics.epoch, internals)
      this.keeping.store(runId, config, group)
      this.db.runs.setActiveSeconds(runId, activeSeconds)
    })
  }
}
