import type { Regularization } from '../../shared/model/training'
import { BatchLoader, rowsOf, type TrainingData } from './batches'
import { countCorrect } from './metrics'
import {
  backward,
  batchCost,
  createWorkspace,
  forward,
  type BatchWorkspace,
  type Network
} from './network'
import type { Optimizer, OptimizerState, Parameter } from './optimizers'
import { copyParameters, parameterList, restoreParameters } from './parameters'
import type { Rng, RngState } from './rng'
import type { FloatArray } from './tensor/matrix'

/** How a Trainer goes through the data. */
export interface TrainerOptions {
  network: Network
  optimizer: Optimizer
  data: TrainingData
  /** Samples per batch; the last batch of an epoch may be smaller. */
  batchSize: number
  /** Reshuffle the training set with `rng` at the start of every epoch. */
  shuffle: boolean
  rng: Rng
  /** The L1 and L2 strengths λ₁ and λ (weights only). */
  regularization: Regularization
}

/** What one batch did. */
export interface BatchResult {
  /** 1-based epoch and batch numbers. */
  epoch: number
  batch: number
  /** J of this batch before its update (with the L1 and L2 terms). */
  loss: number
  /** Fraction of the batch classified correctly before the update, or null for regression. */
  accuracy: number | null
  size: number
  /** True when this batch finished its epoch. */
  epochComplete: boolean
  /** The finished epoch's averages, on the batch that completes it. */
  epochResult: EpochResult | null
}

/** One finished epoch's training numbers (evaluation is the caller's choice). */
export interface EpochResult {
  epoch: number
  /** Mean of the epoch's batch costs, each computed before its update. */
  trainLoss: number
  trainAccuracy: number | null
  batches: number
  samples: number
}

/** Everything needed to continue training exactly from an epoch boundary. */
export interface TrainerState {
  completedEpochs: number
  rng: RngState
  optimizer: OptimizerState
  parameters: FloatArray[]
}

/**
 * Thrown when a batch's cost is NaN or infinite, or when its update overflows the weights; the
 * network is rolled back to the start of the epoch (always a finite state).
 */
export class TrainingDivergedError extends Error {
  /** `loss` is the batch's J: non-finite if the cost blew up, finite if the update after it did. */
  constructor(
    readonly epoch: number,
    readonly batch: number,
    readonly loss: number
  ) {
    const what = Number.isFinite(loss)
      ? 'the update overflowed the weights to Infinity or NaN'
      : `the loss became ${loss}`
    super(
      `${what} at epoch ${epoch}, batch ${batch}; try a smaller learning rate ` +
        `(the model is kept as it was ${epoch === 1 ? 'before training' : `after epoch ${epoch - 1}`})`
    )
    this.name = 'TrainingDivergedError'
  }
}

/**
 * Mini-batch training, one batch or one epoch at a time, synchronously. The caller decides when
 * to run the next step (and so when to stop, pause or report).
 */
export class Trainer {
  private readonly loader: BatchLoader
  private readonly workspace: BatchWorkspace
  private readonly parameters: Parameter[]
  /** The training rows in file order, and the current epoch's (shuffled) order of them. */
  private readonly rows: Int32Array
  private readonly order: Int32Array
  private readonly batchesPerEpoch: number
  private completedEpochs = 0
  private nextBatch = 0
  private epochLossSum = 0
  private epochAccuracySum = 0
  private epochStart: FloatArray[] = []

  constructor(private readonly options: TrainerOptions) {
    this.rows = rowsOf(options.data)
    const sampleCount = this.rows.length
    if (sampleCount === 0) throw new Error('there are no training samples')
    if (!(options.batchSize >= 1))
      throw new RangeError(`batch size must be at least 1, got ${options.batchSize}`)
    const capacity = Math.min(options.batchSize, sampleCount)
    this.loader = new BatchLoader(options.network.kernels, options.data, capacity)
    this.workspace = createWorkspace(options.network, capacity)
    this.parameters = parameterList(options.network)
    this.order = new Int32Array(sampleCount)
    this.batchesPerEpoch = Math.ceil(sampleCount / capacity)
  }

  /** Epochs finished so far. */
  get epoch(): number {
    return this.completedEpochs
  }

  /** True between epochs (where state can be saved and training resumed). */
  get atEpochBoundary(): boolean {
    return this.nextBatch === 0
  }

  /** Number of batches in every epoch. */
  get batchCount(): number {
    return this.batchesPerEpoch
  }

  /** Forward, backward and update on the next batch. */
  trainBatch(): BatchResult {
    const { network, optimizer, data, regularization } = this.options
    if (this.nextBatch === 0) this.beginEpoch()
    const capacity = this.loader.capacity
    const start = this.nextBatch * capacity
    const size = Math.min(capacity, this.order.length - start)
    const batch = this.loader.load(this.order, start, size)

    const outputs = forward(network, batch.inputs, this.workspace)
    const loss = batchCost(network, this.workspace, batch.targets, regularization)
    const epoch = this.completedEpochs + 1
    const batchNumber = this.nextBatch + 1
    if (!Number.isFinite(loss)) {
      restoreParameters(network, this.epochStart)
      this.nextBatch = 0
      throw new TrainingDivergedError(epoch, batchNumber, loss)
    }
    const accuracy = data.classification ? countCorrect(outputs, batch.targets) / size : null
    backward(network, batch.inputs, batch.targets, this.workspace, regularization)
    optimizer.step(this.parameters, network.kernels)
    // A finite loss can still take a step too far: past ±3.4e38 a Float32 weight becomes ±Infinity.
    // Caught here, such weights never become the next epoch's rollback point.
    if (!this.parameters.every(({ values }) => network.kernels.allFinite(values))) {
      restoreParameters(network, this.epochStart)
      this.nextBatch = 0
      throw new TrainingDivergedError(epoch, batchNumber, loss)
    }

    this.epochLossSum += loss
    this.epochAccuracySum += accuracy ?? 0
    this.nextBatch++
    const epochComplete = this.nextBatch === this.batchesPerEpoch
    let epochResult: EpochResult | null = null
    if (epochComplete) {
      this.nextBatch = 0
      this.completedEpochs++
      epochResult = {
        epoch,
        trainLoss: this.epochLossSum / this.batchesPerEpoch,
        trainAccuracy: accuracy === null ? null : this.epochAccuracySum / this.batchesPerEpoch,
        batches: this.batchesPerEpoch,
        samples: this.order.length
      }
    }
    return { epoch, batch: batchNumber, loss, accuracy, size, epochComplete, epochResult }
  }

  /** Runs the rest of the current epoch and returns its averages. */
  trainEpoch(): EpochResult {
    for (;;) {
      const { epochResult } = this.trainBatch()
      if (epochResult) return epochResult
    }
  }

  /** State at an epoch boundary, for a checkpoint. */
  getState(): TrainerState {
    if (!this.atEpochBoundary) throw new Error('trainer state is only saved between epochs')
    return {
      completedEpochs: this.completedEpochs,
      rng: this.options.rng.getState(),
      optimizer: this.options.optimizer.getState(),
      parameters: copyParameters(this.options.network)
    }
  }

  /** Continues from a saved state as if training had never stopped. */
  setState(state: TrainerState): void {
    restoreParameters(this.options.network, state.parameters)
    this.options.rng.setState(state.rng)
    this.options.optimizer.setState(state.optimizer)
    this.completedEpochs = state.completedEpochs
    this.nextBatch = 0
  }

  private beginEpoch(): void {
    this.epochLossSum = 0
    this.epochAccuracySum = 0
    this.epochStart = copyParameters(this.options.network)
    this.order.set(this.rows)
    if (this.options.shuffle) this.options.rng.shuffle(this.order)
  }
}
