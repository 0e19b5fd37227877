import { ENGINE_VERSION } from '../../engine'
import type { LabDatabase } from '../../db/lab-database'
import type { ModelFile } from '../../../shared/model/model-file'
import type { RunConfig } from '../../../shared/model/run'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { UserError } from '../../../shared/errors'
import type { DatasetFiles } from '../datasets/dataset-files'
import type { EngineEvent, EpochsFinished, ResumeState, TrainingJob } from '../../worker/protocol'
import { ActiveRun, type RunListener, type RunOutcome } from './active-run'
import type { EngineSpawner } from './engine-host'
import { architectureName, networkForRun } from './network-from-config'
import { optimizerConfig } from './run-config'
import { defaultRunName } from './run-name'
import { readModelFile } from '../model-files'
import { modelFromParameters } from './model-from-parameters'
import { keepAlive, notSaved, recordOutcome } from './run-ending'
import type { RunLock, RunLocks } from './run-locks'

/** What starting a run needs. */
export interface StartRequest {
  datasetId: string
  config: RunConfig
  /** Starting weights and architecture (`--init-model`), already validated. */
  initialModel: ModelFile | null
  /** Add the run to this experiment instead of creating a new one. */
  experimentId?: string
  startPaused?: boolean
}

/**
 * Starts, resumes and controls training runs: creates the run's rows, hands the engine worker
 * its job, and stores every epoch's metrics and checkpoint in one transaction as they arrive.
 */
export class TrainingService {
  private readonly active = new Map<string, ActiveRun>()
  /** The newest parameters of each run training in this process, for live views. */
  private readonly latestParameters = new Map<
    string,
    { epoch: number; parameters: (Float32Array | Float64Array)[] }
  >()

  constructor(
    private readonly db: LabDatabase,
    private readonly datasets: DatasetFiles,
    private readonly spawnEngine: EngineSpawner,
    private readonly locks: RunLocks
  ) {}

  /** A run that is training in this process, if any. */
  get(runId: string): ActiveRun | undefined {
    return this.active.get(runId)
  }

  /**
   * A run's model as it stands: the final one of an ended run, or for a run training here, its
   * weights after the latest epoch (null before the first epoch ends).
   */
  currentModel(runId: string): { model: ModelFile; epoch: number } | null {
    const run = this.db.runs.get(runId)
    if (!run) throw new UserError(`no run with id ${runId}`)
    const latest = this.latestParameters.get(runId)
    if (latest) {
      const dataset = run.datasetId ? this.db.datasets.get(run.datasetId) : undefined
      return {
        model: modelFromParameters(run, dataset, latest.parameters, run.config.precision),
        epoch: latest.epoch
      }
    }
    return run.model ? { model: run.model, epoch: run.epochs } : null
  }

  /** Starts a new run. */
  start(request: StartRequest, listener: RunListener = {}): ActiveRun {
    const dataset = this.datasets.summary(request.datasetId)
    const network = networkForRun(request.config, dataset, request.initialModel)
    const design = `${dataset.name} ${architectureName(network)}`
    const experimentId =
      request.experimentId ??
      this.db.experiments.insert(request.config.name ?? design, dataset.datasetId).experimentId
    const earlier = this.db.runs.list().filter((run) => run.datasetId === dataset.datasetId)
    // The run's lock is taken before its row exists, so no other process ever sees it unowned.
    const { runId, lock } = this.locks.acquireNew(() => this.db.runs.newId())
    const run = this.db.runs.insert(
      {
        experimentId,
        name: request.config.name ?? defaultRunName(design, request.config, earlier),
        datasetId: dataset.datasetId,
        config: request.config,
        network,
        seed: request.config.seed,
        engineVersion: ENGINE_VERSION,
        dataHash: dataset.contentHash,
        pid: process.pid
      },
      runId
    )
    return this.launch(
      lock,
      run.runId,
      0,
      this.job(
        run.runId,
        dataset,
        request.config,
        network,
        request.initialModel,
        null,
        request.startPaused ?? false
      ),
      listener
    )
  }

  /** Continues an interrupted (or stopped) run from its last checkpoint. */
  resume(runId: string, listener: RunListener = {}): ActiveRun {
    const run = this.db.runs.get(runId)
    if (!run) throw new UserError(`no run with id ${runId} (see: backprop-lab runs)`)
    if (run.status === 'running') throw new UserError(`run ${runId} is still running`)
    if (run.status === 'completed')
      throw new UserError(`run ${runId} already completed all ${run.epochs} epochs`)
    if (!run.datasetId)
      throw new UserError(`run ${runId}: its dataset was deleted, so it cannot continue`)
    const checkpoint = this.db.checkpoints.latest(runId)
    const dataset = this.datasets.summary(run.datasetId)
    const resume: ResumeState | null = checkpoint
      ? {
          completedEpochs: checkpoint.epoch,
          parameters: checkpoint.parameters,
          optimizerStep: checkpoint.optimizerStep,
          optimizerSlots: checkpoint.optimizerSlots,
          rng: checkpoint.rng as ResumeState['rng']
        }
      : null
    // Without a checkpoint the run starts over, from its initial model file if it had one.
    const initialModel =
      !checkpoint && run.config.initModel ? readModelFile(run.config.initModel) : null
    const job = this.job(runId, dataset, run.config, run.network, initialModel, resume, false)
    // The checkpoint's weights expect the inputs the run saw: keep its preprocessing, no refit.
    if (checkpoint) job.preprocessing = run.preprocessing
    // A run stored before its training time was kept: its time from start to end stands in.
    const trainedSeconds =
      run.activeSeconds ??
      Math.max(0, (Date.parse(run.endedAt ?? run.startedAt) - Date.parse(run.startedAt)) / 1000)
    const lock = this.locks.acquireToResume(runId, run.pid)
    try {
      this.db.runs.markRunning(runId, process.pid)
    } catch (error) {
      lock.release()
      throw error
    }
    return this.launch(lock, runId, trainedSeconds, job, listener)
  }

  private job(
    runId: string,
    dataset: DatasetSummary,
    config: RunConfig,
    network: TrainingJob['network'],
    initialModel: ModelFile | null,
    resume: ResumeState | null,
    startPaused: boolean
  ): TrainingJob {
    return {
      runId,
      dataset: {
        files: this.datasets.files(dataset.datasetId),
        rows: dataset.rows,
        features: dataset.features,
        inputShape: dataset.inputShape,
        classes: dataset.classes,
        targetNames: dataset.targets
      },
      network,
      init: config.init,
      initialModel,
      optimizer: optimizerConfig(config),
      regularization: { l1: config.l1, l2: config.l2 },
      batchSize: config.batchSize,
      epochs: config.epochs,
      seed: config.seed,
      shuffle: config.shuffle,
      precision: config.precision,
      split: config.split,
      normalization:
        config.normalize === 'auto'
          ? dataset.kind === 'images' || dataset.kind === 'idx'
            ? 'none'
            : 'standardize'
          : config.normalize,
      resume,
      startPaused
    }
  }

  private launch(
    lock: RunLock,
    runId: string,
    activeSeconds: number,
    job: TrainingJob,
    listener: RunListener
  ): ActiveRun {
    const engine = this.spawnEngine()
    const run = new ActiveRun(runId, engine, { startPaused: job.startPaused, activeSeconds })
    run.subscribe(listener)
    // A pause is stored at once, so every process (the CLI's `runs`, another window) sees it.
    run.subscribe({
      paused: (_runId, paused) => this.db.runs.setPaused(runId, paused, run.activeSeconds())
    })
    this.active.set(runId, run)
    const stopHeartbeat = keepAlive(this.db, runId)
    let epochs = job.resume?.completedEpochs ?? 0
    let outcome: RunOutcome | null = null
    /** Records how the run ended (once), lets go of its lock, and stops the engine. */
    const end = (ended: Omit<RunOutcome, 'runId' | 'epochs'>) => {
      if (outcome) return
      outcome = recordOutcome(this.db, { runId, epochs, ...ended }, lock, run.activeSeconds())
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
            run.markStarted(event)
            return
          case 'progress':
            if (event.costs.length > 0)
              this.db.transaction(() => this.db.metrics.addBatchLosses(runId, event.costs))
            run.markProgress(event)
            return
          case 'epochs':
            this.storeEpochs(runId, job, event, run.activeSeconds())
            epochs = event.epochs.at(-1)!.metrics.epoch
            for (const { metrics } of event.epochs) run.notify('epoch', runId, metrics)
            return
          case 'finished': {
            const { status, error, model, summary } = event
            end({ status, error, model, summary })
            return
          }
          case 'crashed':
            end({
              status: 'failed',
              error: `the engine crashed: ${event.message.split('\n')[0]}`,
              model: null,
              summary: null
            })
            return
        }
      } catch (error) {
        // Storing failed (a full disk): the run ends failed, saying why; what was stored stays.
        const step = event.type === 'epochs' ? `epoch ${event.epochs[0].metrics.epoch}` : 'the run'
        const message = notSaved(this.db, runId, step, error)
        end({ status: 'failed', error: message, model: null, summary: null })
      }
    })
    engine.onExit((reason) => {
      stopHeartbeat()
      this.active.delete(runId)
      this.latestParameters.delete(runId)
      if (!outcome) {
        const error = `the engine stopped unexpectedly${reason ? `: ${reason.split('\n')[0]}` : ''}`
        end({ status: 'failed', error, model: null, summary: null })
      }
      run.end(outcome!)
    })
    return run
  }

  /**
   * One transaction per group of epochs: their metrics and layer internals (gradient norms,
   * weight histograms), the last checkpoint and the training time so far.
   */
  private storeEpochs(
    runId: string,
    job: TrainingJob,
    event: EpochsFinished,
    activeSeconds: number
  ): void {
    const { parameters, optimizerStep, optimizerSlots, rng } = event.checkpoint
    this.latestParameters.set(runId, { epoch: event.checkpoint.completedEpochs, parameters })
    this.db.transaction(() => {
      for (const { metrics, elapsedMs, internals } of event.epochs) {
        this.db.metrics.addEpoch(runId, metrics, elapsedMs)
        this.db.internals.add(runId, metrics.epoch, internals)
      }
      this.db.runs.setActiveSeconds(runId, activeSeconds)
      this.db.checkpoints.save(runId, {
        epoch: event.checkpoint.completedEpochs,
        precision: job.precision,
        parameters: parameters as Float32Array[] | Float64Array[],
        optimizerStep,
        optimizerSlots,
        rng
      })
    })
  }
}
