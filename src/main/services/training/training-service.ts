import { ENGINE_VERSION } from '../../engine'
import type { LabDatabase } from '../../db/lab-database'
import type { ModelFile } from '../../../shared/model/model-file'
import type { BatchPosition } from '../../../shared/model/live-run'
import type { Pace } from '../../../shared/model/pace'
import type { RunConfig } from '../../../shared/model/run'
import type { Precision } from '../../../shared/model/network'
import { userError } from '../../../shared/errors'
import type { DatasetFiles } from '../datasets/dataset-files'
import type { ResumeState } from '../../worker/protocol'
import type { ActiveRun, RunListener } from './active-run'
import type { EngineSpawner } from './engine-host'
import { architectureName, networkForRun } from './network-from-config'
import { defaultRunName } from './run-name'
import { readModelFile } from '../model-files'
import { storedRun } from '../stored-run'
import { modelFromParameters } from './model-from-parameters'
import type { BranchRequest, RaceRequest } from '../../../shared/model/branch'
import { replayWatch } from '../../../shared/model/early-stopping'
import { planBranch } from './branch-plan'
import { checkpointAt } from './checkpoint-lineage'
import { raceConfigs, raceRunLabel } from './race-plan'
import { checkTaskLocks } from '../tasks/task-locks'
import { checkTrainingConfig } from './training-checks'
import { copyInheritedHistory } from './inherited-history'
import { nextId } from '../../db/connection'
import type { RunLocks } from './run-locks'
import { RunLauncher, type LatestParameters } from './run-launch'
import { trainingJob } from './training-job'

/** What starting a run needs. */
export interface StartRequest {
  datasetId: string
  config: RunConfig
  /** Starting weights and architecture (`--init-model`), already validated. */
  initialModel: ModelFile | null
  /** Add the run to this experiment instead of creating a new one. */
  experimentId?: string
  startPaused?: boolean
  /** Slow motion from the first batch (batches a second); absent: full speed. */
  pace?: Pace
  /** Runs raced together share this id. */
  raceId?: string
}

/**
 * Starts, branches, races and resumes training runs: checks the settings, creates the run's rows
 * and its job, and hands it to the launcher (run-launch.ts), which trains it in an engine worker.
 */
export class TrainingService {
  private readonly launcher: RunLauncher

  constructor(
    private readonly db: LabDatabase,
    private readonly datasets: DatasetFiles,
    spawnEngine: EngineSpawner,
    private readonly locks: RunLocks
  ) {
    this.launcher = new RunLauncher(db, spawnEngine)
  }

  /** A run that is training in this process, if any. */
  get(runId: string): ActiveRun | undefined {
    return this.launcher.get(runId)
  }

  /** The precision of a run training in this process (undefined when it is not training here). */
  trainingPrecision(runId: string): Precision | undefined {
    return this.launcher.get(runId)?.precision
  }

  /** The newest parameters of a run training in this process, if any. */
  latest(runId: string): LatestParameters | undefined {
    return this.launcher.latest(runId)
  }

  /** Resolves once a run training here has parameters to show, or has ended (see RunLauncher). */
  reported(runId: string): Promise<void> {
    return this.launcher.reported(runId)
  }

  /**
   * A run's model as it stands: the final one of an ended run, or for a run training here, its
   * weights after the latest epoch (null before the first epoch ends).
   */
  currentModel(
    runId: string
  ): { model: ModelFile; epoch: number; position?: BatchPosition } | null {
    const run = storedRun(this.db, runId)
    const latest = this.launcher.latest(runId)
    if (latest) {
      const dataset = run.datasetId ? this.db.datasets.get(run.datasetId) : undefined
      return {
        model: modelFromParameters(run, dataset, latest.parameters, run.config.precision),
        epoch: latest.epoch,
        ...(latest.position ? { position: latest.position } : {})
      }
    }
    return run.model ? { model: run.model, epoch: run.epochs } : null
  }

  /** Starts a new run. */
  start(request: StartRequest, listener: RunListener = {}): ActiveRun {
    const dataset = this.datasets.summary(request.datasetId)
    checkTrainingConfig(request.config)
    if (request.experimentId) checkTaskLocks(this.db, request.experimentId, request.config)
    const network = networkForRun(request.config, dataset, request.initialModel)
    const design = `${dataset.name} ${architectureName(network)}`
    const experimentId =
      request.experimentId ??
      this.db.experiments.insert(request.config.name ?? design, dataset.datasetId).experimentId
    // The run's lock is taken before its row exists, so no other process ever sees it unowned.
    const { runId, lock } = this.locks.acquireNew(() => this.db.runs.newId())
    const run = this.db.runs.insert(
      {
        experimentId,
        name:
          request.config.name ??
          defaultRunName(design, request.config, this.db.runs.namesOnDataset(dataset.datasetId)),
        datasetId: dataset.datasetId,
        config: request.config,
        network,
        seed: request.config.seed,
        engineVersion: ENGINE_VERSION,
        dataHash: dataset.contentHash,
        pid: process.pid,
        raceId: request.raceId ?? null
      },
      runId
    )
    return this.launcher.launch(
      lock,
      run.runId,
      0,
      {
        ...trainingJob(
          this.datasets,
          run.runId,
          dataset,
          request.config,
          network,
          request.initialModel,
          null,
          request.startPaused ?? false
        ),
        pace: request.pace ?? null
      },
      listener
    )
  }

  /**
   * Continues a run from one of its stored epochs as a new run in the same experiment (a branch):
   * the parent's weights, optimizer state and Rng at that epoch, with the settings changed as
   * asked. The branch's history up to that epoch is its parent's, copied, so its curves start
   * where its parent's do; unchanged, it reproduces its parent's later epochs bit for bit.
   */
  branch(request: BranchRequest, listener: RunListener = {}): ActiveRun {
    const plan = planBranch(this.db, request)
    checkTrainingConfig(plan.config)
    const { parent, epoch, config } = plan
    checkTaskLocks(this.db, parent.experimentId, config)
    const dataset = this.datasets.summary(parent.datasetId!)
    const { runId, lock } = this.locks.acquireNew(() => this.db.runs.newId())
    const run = this.db.transaction(() => {
      const inserted = this.db.runs.insert(
        {
          experimentId: parent.experimentId,
          name: config.name ?? `${parent.name} ↳ ${epoch}`,
          datasetId: dataset.datasetId,
          config,
          network: parent.network,
          seed: config.seed,
          engineVersion: ENGINE_VERSION,
          dataHash: dataset.contentHash,
          pid: process.pid,
          parent: { runId: parent.runId, epoch }
        },
        runId
      )
      this.db.runs.setPreprocessing(inserted.runId, parent.preprocessing)
      copyInheritedHistory(this.db, parent.runId, inserted.runId, epoch)
      this.db.checkpoints.save(inserted.runId, plan.checkpoint)
      return inserted
    })
    const job = trainingJob(
      this.datasets,
      run.runId,
      dataset,
      config,
      parent.network,
      null,
      plan.resume,
      false
    )
    job.preprocessing = parent.preprocessing
    job.watch = plan.watch
    // its training time is its own: the epochs it inherited were trained by its parent
    return this.launcher.launch(lock, run.runId, 0, job, listener)
  }

  /**
   * Trains 2–4 runs side by side from the same initial weights and batch order, differing only
   * in the settings each asks for: ordinary runs in one new experiment, sharing a race id.
   */
  race(request: RaceRequest, listener: RunListener = {}): ActiveRun[] {
    const dataset = this.datasets.summary(request.datasetId)
    const configs = raceConfigs(request, dataset)
    configs.forEach(checkTrainingConfig)
    const network = networkForRun(configs[0], dataset, null)
    const initialModel = configs[0].initModel ? readModelFile(configs[0].initModel) : null
    const raceId = nextId(this.db.connection, 'race')
    const { experimentId } = this.db.experiments.insert(
      `Race: ${dataset.name} ${architectureName(network)}`,
      dataset.datasetId
    )
    return configs.map((config) =>
      this.start(
        {
          datasetId: dataset.datasetId,
          config: { ...config, name: config.name ?? raceRunLabel(config) },
          initialModel,
          experimentId,
          raceId
        },
        listener
      )
    )
  }

  /** Continues an interrupted (or stopped) run from its last checkpoint. */
  resume(runId: string, listener: RunListener = {}): ActiveRun {
    const run = storedRun(this.db, runId)
    if (run.status === 'running') throw userError('run.stillRunning', { runId })
    if (run.status === 'completed') throw userError('run.completed', { runId, epochs: run.epochs })
    if (!run.datasetId) throw userError('run.datasetDeleted', { runId, without: 'continue' })
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
    const job = trainingJob(
      this.datasets,
      runId,
      dataset,
      run.config,
      run.network,
      initialModel,
      resume,
      false
    )
    // The checkpoint's weights expect the inputs the run saw: keep its preprocessing, no refit.
    if (checkpoint) job.preprocessing = run.preprocessing
    const watching = run.config.earlyStopping
    const state =
      watching && checkpoint
        ? replayWatch(watching, this.db.metrics.epochs(runId), checkpoint.epoch)
        : null
    if (watching && state) {
      const best = watching.restoreBest ? checkpointAt(this.db, run, state.bestEpoch) : undefined
      job.watch = { state, bestParameters: best?.parameters ?? null }
    }
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
    return this.launcher.launch(lock, runId, trainedSeconds, job, listener)
  }
}
