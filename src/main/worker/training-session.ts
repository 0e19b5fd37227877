import {
  copyParameters,
  createNetwork,
  createOptimizer,
  evaluate,
  networkFromModelFile,
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
import { learningRateAt } from '../../shared/model/lr-schedule'
import { keepsBatchCost, type BatchCost } from '../../shared/series'
import { EpochInternalsRecorder } from './epoch-internals'
import { loadJobData, type JobData } from './job-data'
import { RunCommands } from './run-commands'
import { EarlyStopKeeper } from './early-stop-keeper'
import { finishedModel } from './finished-model'
import { Throughput } from './throughput'
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

/**
 * One run inside the engine worker: trains in slices of a few milliseconds, yielding between
 * them so stop, pause, resume and step commands get in; reports progress, epochs (with the
 * checkpoint to store) and, always last, the final model and evaluation.
 */
export class TrainingSession {
  private readonly commands: RunCommands
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
  /** True once this session has sent an epoch (the first is sent as soon as it ends). */
  private epochSent = false
  /** The state after the last completed epoch (or the start), which a stop goes back to. */
  private lastEpochState: TrainerState
  /** The last batch trained, while it is not reported yet. */
  private unreported: BatchResult | null = null
  private step = 0
  private started = 0
  private lastProgress = 0
  private readonly earlyStop: EarlyStopKeeper

  constructor(
    private readonly job: TrainingJob,
    private readonly kernels: Kernels,
    private readonly send: (event: EngineEvent) => void
  ) {
    this.commands = new RunCommands(job.startPaused, job.pace ?? null)
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
    this.earlyStop = new EarlyStopKeeper(job.earlyStopping, job.watch)
  }

  /** Handles a command from main. */
  command(command: Exclude<EngineCommand, { type: 'train' }>): void {
    this.commands.take(command)
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
      batchesInChunks: this.trainer.trainsInChunks,
      initial: this.job.resume ? null : resumeState(this.trainer.getState())
    })
    this.started = performance.now()
    const commands = this.commands
    try {
      while (!commands.stopRequested && !this.done) {
        if (commands.atRest) {
          // At rest: main learns the exact batch it stopped after (the next one is Step's).
          this.reportProgress(performance.now())
          await commands.wait()
        } else if (commands.mainBehind) {
          await commands.waitForMain()
        } else {
          this.trainSlice()
          // Slow motion: the batch's weights are out; rest until the next one is due.
          if (commands.pace !== null && !commands.paused) await commands.wait(1000 / commands.pace)
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
    return this.earlyStop.stop !== null || this.trainer.epoch >= this.job.epochs
  }

  /**
   * Trains batches for SLICE_MS (or the one requested step while paused), a chunk of them per
   * call where the engine can (tiny networks; see engine/batch-chunks.ts).
   */
  private trainSlice(): void {
    const sliceEnd = performance.now() + SLICE_MS
    const commands = this.commands
    do {
      const batchStart = performance.now()
      // Step and slow motion show every batch: one at a time, as trainBatch steps it.
      const results = commands.batchByBatch
        ? [this.trainer.trainBatch()]
        : this.trainer.trainBatches(
            this.internals.batchesUntilSampled(this.trainer.batchesIntoEpoch)
          )
      const now = performance.now()
      this.epochThroughput.milliseconds += now - batchStart
      for (const result of results) {
        this.epochThroughput.samples += result.size
        this.internals.afterBatch(result.batch)
        this.step++
        commands.batchTrained()
        if (keepsBatchCost(this.step)) this.costs.push({ step: this.step, loss: result.loss })
        this.unreported = result
        if (result.epochResult) this.finishEpoch(result.epochResult)
        // The session's first epoch goes out at once rather than with the slice's others: a live
        // view (the decision boundary) draws from the start, not a slice of epochs in.
        if (result.epochResult && !this.epochSent) this.flushEpochs()
        if (commands.batchByBatch || now - this.lastProgress >= PROGRESS_MS)
          this.reportProgress(now)
      }
    } while (
      !commands.batchByBatch &&
      !commands.stopRequested &&
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
      ...(this.commands.batchByBatch ? { parameters: copyParameters(this.network) } : {})
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
    if (validation) {
      const lastPlanned = this.trainer.epoch >= this.job.epochs
      this.earlyStop.observe(epoch.epoch, validation, this.network, lastPlanned)
    }
  }

  /** Sends the epochs finished since the last report, if any. */
  private flushEpochs(): void {
    if (!this.pendingEpochs) return
    this.send({ type: 'epochs', ...this.pendingEpochs })
    this.commands.epochsReported()
    this.pendingEpochs = null
    this.epochSent = true
  }

  private evaluatePart(rows: Int32Array): Evaluation | null {
    return rows.length === 0
      ? null
      : evaluate(this.network, this.data.part(rows), this.job.regularization)
  }

  private finish(status: 'completed' | 'stopped' | 'failed', error: LabMessage | null): void {
    const { split, preprocessing } = this.data
    this.earlyStop.restoreBest(this.network)
    const trainingMs = this.total.milliseconds + this.epochThroughput.milliseconds
    const samples = this.total.samples + this.epochThroughput.samples
    const summary: TrainingSummary = {
      train: this.evaluatePart(split.train),
      validation: this.evaluatePart(split.validation),
      test: this.evaluatePart(split.test),
      trainingSeconds: trainingMs / 1000,
      samplesPerSecond: trainingMs > 0 ? (samples * 1000) / trainingMs : 0
    }
    const model = finishedModel(this.job, this.network, preprocessing)
    this.send({ type: 'finished', status, error, model, summary, earlyStop: this.earlyStop.stop })
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
