import {
  copyParameters,
  createNetwork,
  createOptimizer,
  evaluate,
  modelFileFromNetwork,
  networkFromModelFile,
  restoreParameters,
  Rng,
  Trainer,
  TrainingDivergedError,
  type BatchResult,
  type EpochResult,
  type Evaluation,
  type Kernels,
  type Network,
  type TrainerState
} from '../engine'
import { EarlyStoppingWatch, type EarlyStop } from '../../shared/model/early-stopping'
import { learningRateAt } from '../../shared/model/lr-schedule'
import type { Pace } from '../../shared/model/pace'
import { inputFields, regularizationFields } from '../../shared/model/model-file'
import { keepsBatchCost, type BatchCost } from '../../shared/series'
import { EpochInternalsRecorder } from './epoch-internals'
import { loadJobData, type JobData } from './job-data'
import type { LabMessage } from '../../shared/messages'
import type {
  EngineCommand,
  EngineEvent,
  EpochsFinished,
  ResumeState,
  TrainingJob,
  TrainingSummary
} from './protocol'

/** How long the loop trains before it lets commands in (ms). */
const SLICE_MS = 30
/** How often progress is reported (ms). */
const PROGRESS_MS = 100
/** Seed offset of the shuffling Rng (the initialization Rng uses the seed itself). */
export const SHUFFLE_SEED_OFFSET = 1

/** Training time and samples, for samples per second (batches only, no evaluation). */
class Throughput {
  milliseconds = 0
  samples = 0
  get perSecond(): number {
    return this.milliseconds > 0 ? (this.samples * 1000) / this.milliseconds : 0
  }
}

/**
 * One run inside the engine worker: trains in slices of a few milliseconds, yielding between
 * them so stop, pause, resume and step commands get in; reports progress, epochs (with the
 * checkpoint to store) and, always last, the final model and evaluation.
 */
export class TrainingSession {
  private paused: boolean
  private stopRequested = false
  private pendingSteps = 0
  private wake: (() => void) | null = null
  private readonly network: Network
  private readonly trainer: Trainer
  private readonly data: JobData
  private readonly internals: EpochInternalsRecorder
  private readonly total = new Throughput()
  private epochThroughput = new Throughput()
  /** Batch costs kept since the last progress report. */
  private costs: BatchCost[] = []
  /** Epochs finished in the current slice, sent together when the slice ends. */
  private pendingEpochs: Omit<EpochsFinished, 'type'> | null = null
  /** The state after the last completed epoch (or the start), which a stop goes back to. */
  private lastEpochState: TrainerState
  /** The last batch trained, while it is not reported yet. */
  private unreported: BatchResult | null = null
  private step = 0
  private started = 0
  private lastProgress = 0
  /** Early stopping's watch (null without it), the best epoch's weights to restore, and the stop. */
  private readonly watch: EarlyStoppingWatch | null
  private bestParameters: (Float32Array | Float64Array)[] | null = null
  private earlyStop: EarlyStop | null = null
  /** Slow motion's batches a second (null: full speed). */
  private pace: Pace

  constructor(
    private readonly job: TrainingJob,
    private readonly kernels: Kernels,
    private readonly send: (event: EngineEvent) => void
  ) {
    this.paused = job.startPaused
    this.pace = job.pace ?? null
    this.data = loadJobData(job, kernels)
    this.network = job.initialModel
      ? networkFromModelFile(job.initialModel, kernels, job.seed)
      : createNetwork(job.network, kernels, job.init, new Rng(job.seed))
    const trainRows = this.data.split.train.length
    const batchSize = job.batchSize === 'full' ? trainRows : job.batchSize
    this.trainer = new Trainer({
      network: this.network,
      optimizer: createOptimizer(job.optimizer),
      data: this.data.part(this.data.split.train),
      batchSize,
      shuffle: job.shuffle,
      rng: new Rng(job.seed + SHUFFLE_SEED_OFFSET),
      regularization: job.regularization,
      learningRateAt: (epoch) =>
        learningRateAt(job.lrSchedule, job.optimizer.learningRate, epoch, job.epochs)
    })
    this.internals = new EpochInternalsRecorder(this.network, job.epochs, batchSize)
    if (job.resume) {
      const { resume } = job
      this.trainer.setState({
        completedEpochs: resume.completedEpochs,
        parameters: resume.parameters,
        rng: resume.rng,
        optimizer: { step: resume.optimizerStep, slots: resume.optimizerSlots }
      })
      this.step = resume.completedEpochs * this.trainer.batchCount
    }
    this.lastEpochState = this.trainer.getState()
    this.watch = job.earlyStopping
      ? new EarlyStoppingWatch(job.earlyStopping, job.watch?.state ?? null)
      : null
    this.bestParameters = job.watch?.bestParameters ?? null
  }

  /** Handles a command from main. */
  command(command: Exclude<EngineCommand, { type: 'train' }>): void {
    const { type } = command
    if (type === 'stop') this.stopRequested = true
    else if (type === 'pause') this.paused = true
    else if (type === 'resume') this.paused = false
    else if (type === 'pace') this.pace = command.pace
    else this.pendingSteps++
    this.wake?.()
  }

  /** One batch at a time, each shown: in slow motion, and for Step while paused. */
  private get batchByBatch(): boolean {
    return this.paused || this.pace !== null
  }

  /** Trains until the epochs are done, a stop, or divergence; always ends with `finished`. */
  async run(): Promise<void> {
    const { split, preprocessing } = this.data
    this.send({
      type: 'started',
      preprocessing,
      trainRows: split.train.length,
      validationRows: split.validation.length,
      testRows: split.test.length,
      batchesPerEpoch: this.trainer.batchCount,
      kernels: this.kernels.name,
      initial: this.job.resume ? null : resumeState(this.trainer.getState())
    })
    this.started = performance.now()
    try {
      while (!this.stopRequested && !this.done) {
        if (this.paused && this.pendingSteps === 0) {
          // At rest: main learns the exact batch it stopped after (the next one is Step's).
          this.reportProgress(performance.now())
          await this.waitForCommand()
        } else {
          this.trainSlice()
          // Slow motion: the batch's weights are out; rest until the next one is due.
          if (this.pace !== null && !this.paused) await this.waitForCommand(1000 / this.pace)
        }
        this.flushEpochs()
        await yieldToCommands()
      }
      this.reportProgress(performance.now())
      // A stop part-way through an epoch keeps the weights of the last completed one.
      if (!this.done && !this.trainer.atEpochBoundary) this.trainer.setState(this.lastEpochState)
      this.finish(this.done ? 'completed' : 'stopped', null)
    } catch (error) {
      if (!(error instanceof TrainingDivergedError)) throw error
      this.reportProgress(performance.now())
      this.finish('failed', error.detail)
    }
  }

  private get done(): boolean {
    return this.earlyStop !== null || this.trainer.epoch >= this.job.epochs
  }

  /**
   * Trains batches for SLICE_MS (or the one requested step while paused), a chunk of them per
   * call where the engine can (tiny networks; see engine/batch-chunks.ts).
   */
  private trainSlice(): void {
    const sliceEnd = performance.now() + SLICE_MS
    do {
      const batchStart = performance.now()
      const limit = this.batchByBatch
        ? 1
        : this.internals.batchesUntilSampled(this.trainer.batchesIntoEpoch)
      const results = this.trainer.trainBatches(limit)
      const now = performance.now()
      this.epochThroughput.milliseconds += now - batchStart
      for (const result of results) {
        this.epochThroughput.samples += result.size
        this.internals.afterBatch(result.batch)
        this.step++
        if (this.pendingSteps > 0) this.pendingSteps--
        if (keepsBatchCost(this.step)) this.costs.push({ step: this.step, loss: result.loss })
        this.unreported = result
        if (result.epochResult) this.finishEpoch(result.epochResult)
        if (this.batchByBatch || now - this.lastProgress >= PROGRESS_MS) this.reportProgress(now)
      }
    } while (
      !this.batchByBatch &&
      !this.stopRequested &&
      !this.done &&
      performance.now() < sliceEnd
    )
  }

  /** Reports the last batch trained, if not yet reported (after the epochs finished before it). */
  private reportProgress(now: number): void {
    const result = this.unreported
    if (!result) return
    this.flushEpochs()
    this.lastProgress = now
    this.unreported = null
    this.send({
      type: 'progress',
      epoch: result.epoch,
      batch: result.batch,
      batchesPerEpoch: this.trainer.batchCount,
      step: this.step,
      loss: result.loss,
      costs: this.costs,
      ...(this.batchByBatch ? { parameters: copyParameters(this.network) } : {})
    })
    this.costs = []
  }

  private finishEpoch(epoch: EpochResult): void {
    const throughput = this.epochThroughput
    this.total.milliseconds += throughput.milliseconds
    this.total.samples += throughput.samples
    this.epochThroughput = new Throughput()
    const validation = this.evaluatePart(this.data.split.validation)
    const state = this.trainer.getState()
    const pending = (this.pendingEpochs ??= { epochs: [] })
    pending.epochs.push({
      metrics: {
        epoch: epoch.epoch,
        trainLoss: epoch.trainLoss,
        trainAccuracy: epoch.trainAccuracy,
        valLoss: validation?.loss ?? null,
        valAccuracy: validation?.accuracy ?? null,
        samplesPerSecond: throughput.perSecond
      },
      elapsedMs: performance.now() - this.started,
      internals: this.internals.finishEpoch(epoch.epoch),
      checkpoint: resumeState(state)
    })
    this.lastEpochState = state
    if (validation) this.watchEpoch(epoch.epoch, validation)
  }

  /** Early stopping: keeps the best epoch's weights, and stops after `patience` epochs without one. */
  private watchEpoch(epoch: number, validation: Evaluation): void {
    if (!this.watch) return
    const { improved, stop } = this.watch.observe(epoch, {
      valLoss: validation.loss,
      valAccuracy: validation.accuracy
    })
    const { restoreBest, monitor, patience } = this.watch.config
    if (improved && restoreBest) this.bestParameters = copyParameters(this.network)
    if (!stop || this.trainer.epoch >= this.job.epochs) return
    const best = this.watch.best!
    const restored = restoreBest && this.bestParameters !== null
    this.earlyStop = {
      monitor,
      patience,
      stoppedAfter: epoch,
      bestEpoch: best.bestEpoch,
      bestValue: best.bestValue,
      restored
    }
  }

  /** Sends the epochs finished since the last report, if any. */
  private flushEpochs(): void {
    if (!this.pendingEpochs) return
    this.send({ type: 'epochs', ...this.pendingEpochs })
    this.pendingEpochs = null
  }

  private evaluatePart(rows: Int32Array): Evaluation | null {
    return rows.length === 0
      ? null
      : evaluate(this.network, this.data.part(rows), this.job.regularization)
  }

  private finish(status: 'completed' | 'stopped' | 'failed', error: LabMessage | null): void {
    const { split, preprocessing } = this.data
    if (this.earlyStop?.restored) restoreParameters(this.network, this.bestParameters!)
    const trainingMs = this.total.milliseconds + this.epochThroughput.milliseconds
    const samples = this.total.samples + this.epochThroughput.samples
    const summary: TrainingSummary = {
      train: this.evaluatePart(split.train),
      validation: this.evaluatePart(split.validation),
      test: this.evaluatePart(split.test),
      trainingSeconds: trainingMs / 1000,
      samplesPerSecond: trainingMs > 0 ? (samples * 1000) / trainingMs : 0
    }
    const { dataset, initialModel, regularization } = this.job
    const base = {
      ...(initialModel ?? {}),
      ...(dataset.classes ? { classes: dataset.classes } : {}),
      ...(dataset.targetNames ? { targets: dataset.targetNames } : {}),
      ...inputFields(dataset, this.job.inputFeatures, this.network.inputSize),
      ...(preprocessing ? { preprocessing } : {}),
      ...regularizationFields(regularization)
    }
    const model = modelFileFromNetwork(this.network, base, initialModel?.layers)
    this.send({ type: 'finished', status, error, model, summary, earlyStop: this.earlyStop })
  }

  /** Waits for the next command, or at most `timeoutMs` when given. */
  private waitForCommand(timeoutMs?: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = timeoutMs === undefined ? null : setTimeout(() => this.wake?.(), timeoutMs)
      this.wake = () => {
        this.wake = null
        if (timer) clearTimeout(timer)
        resolve()
      }
    })
  }
}

/** A trainer state as a checkpoint travels to main. */
function resumeState(state: TrainerState): ResumeState {
  return {
    completedEpochs: state.completedEpochs,
    parameters: state.parameters,
    optimizerStep: state.optimizer.step,
    optimizerSlots: state.optimizer.slots,
    rng: state.rng
  }
}

/** Lets queued messages (commands) run before the next slice. */
function yieldToCommands(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
