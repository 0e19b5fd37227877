import {
  CHUNK_MAXIMUM_BATCHES,
  chunkPays,
  type ChunkOutcome,
  type ChunkRunner
} from './batch-chunks'
import type { Regularization } from '../../shared/model/training'
import { BatchLoader, rowsOf, type TrainingData } from './batches'
import {
  backward,
  batchCost,
  createWorkspace,
  forward,
  forwardBackwardInOnePass,
  ONE_PASS_MINIMUM_INPUTS,
  penaltyTerm,
  type BatchWorkspace,
  type Network
} from './network'
import type { Optimizer, OptimizerState, Parameter } from './optimizers'
import { copyParameters, copyParametersInto, parameterList, restoreParameters } from './parameters'
import type { Rng, RngState } from './rng'
import { TrainingDivergedError, type BatchResult, type EpochResult } from './training-results'
import type { FloatArray, Matrix } from './tensor/matrix'

export { TrainingDivergedError, type BatchResult, type EpochResult } from './training-results'

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
  /** The rate η_e of each epoch e (1-based), set at its start; absent: the optimizer's own. */
  learningRateAt?: (epoch: number) => number
}

/** Batches a chunk recorded: those it updated, and the one it stopped on before its update. */
function recordedBatches(outcome: ChunkOutcome): number {
  return outcome.updated + (outcome.stopped === 'outputs' ? 1 : 0)
}

/** Everything needed to continue training exactly from an epoch boundary. */
export interface TrainerState {
  completedEpochs: number
  rng: RngState
  optimizer: OptimizerState
  parameters: FloatArray[]
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
  /** The kernels' chunk runner, made on first use (null: batch by batch). */
  private chunks: ChunkRunner | null | undefined
  /** Whether batches go through the kernels' one-pass step (a wide single layer). */
  private onePass: boolean

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
    this.order = options.network.kernels.rowIndices(sampleCount)
    const { layers, kernels } = options.network
    this.onePass =
      layers.length === 1 &&
      layers[0].inputSize >= ONE_PASS_MINIMUM_INPUTS &&
      kernels.wideLayerStep !== undefined
    this.batchesPerEpoch = Math.ceil(sampleCount / capacity)
  }

  /** Epochs finished so far. */
  get epoch(): number {
    return this.completedEpochs
  }

  /** Batches trained so far in the epoch under way. */
  get batchesIntoEpoch(): number {
    return this.nextBatch
  }

  /** True between epochs (where state can be saved and training resumed). */
  get atEpochBoundary(): boolean {
    return this.nextBatch === 0
  }

  /** Number of batches in every epoch. */
  get batchCount(): number {
    return this.batchesPerEpoch
  }

  /**
   * True when trainBatches takes whole chunks of batches in one call into the kernels (a small
   * network on kernels that can: batch-chunks.ts), which run on one thread whatever the kernels
   * have.
   */
  get trainsInChunks(): boolean {
    return this.chunkRunner() !== null
  }

  /** Forward, backward and update on the next batch. */
  trainBatch(): BatchResult {
    const { network, optimizer, data, regularization } = this.options
    if (this.nextBatch === 0) this.beginEpoch()
    const start = this.nextBatch * this.loader.capacity
    const size = Math.min(this.loader.capacity, this.order.length - start)
    const { outputs, targets } = this.forwardAndBackward(start, size)
    const loss = batchCost(network, this.workspace, targets, regularization)
    if (!Number.isFinite(loss)) throw this.diverged(loss)
    const accuracy = data.classification
      ? network.kernels.countCorrect(outputs, targets) / size
      : null
    // A finite loss can still take a step too far: past ±3.4e38 a Float32 weight becomes ±Infinity.
    // Caught here, such weights never become the next epoch's rollback point.
    if (!optimizer.step(this.parameters, network.kernels)) throw this.diverged(loss)
    return this.finishBatch(loss, accuracy, size)
  }

  /**
   * Trains up to `limit` batches, never past the end of the epoch, and returns what each did:
   * a whole chunk in one call into the kernels where they can and the network is small (see
   * batch-chunks.ts), else one batch. The numbers are bit for bit those of `trainBatch`.
   */
  trainBatches(limit: number): BatchResult[] {
    // A lone batch (one whose gradient norms are sampled) is a chunk of one: one call, not ~40.
    const runner = this.chunkRunner()
    if (!runner) return [this.trainBatch()]
    const { network, optimizer, data, regularization } = this.options
    if (this.nextBatch === 0) this.beginEpoch()
    const count = Math.min(limit, this.batchesPerEpoch - this.nextBatch, CHUNK_MAXIMUM_BATCHES)
    const start = this.nextBatch * this.loader.capacity
    const outcome = runner.run(start, count, optimizer.rule(this.parameters, network.kernels))
    optimizer.advance(outcome.updated)
    const outputActivation = network.layers[network.layers.length - 1].activation
    const results: BatchResult[] = []
    for (let k = 0; k < recordedBatches(outcome); k++) {
      const batch = outcome.batch(k)
      const lossSum = network.loss.sum(batch.z, batch.a, batch.targets, outputActivation)
      const loss =
        lossSum / batch.size + penaltyTerm(regularization, batch.absolutes, batch.squares)
      if (!Number.isFinite(loss)) throw this.diverged(loss)
      if (k === outcome.updated) {
        throw new Error('a chunk stopped on non-finite outputs whose cost is finite')
      }
      if (outcome.stopped === 'parameters' && k === outcome.updated - 1) throw this.diverged(loss)
      const accuracy = data.classification ? batch.correct / batch.size : null
      results.push(this.finishBatch(loss, accuracy, batch.size))
    }
    return results
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

  /**
   * z, a, δ and the gradients of the batch at `start` of the order: in one pass over its inputs
   * for a wide single layer where the kernels can, else forward then backward. Returns a(L) and
   * the batch's targets.
   */
  private forwardAndBackward(start: number, size: number): { outputs: Matrix; targets: Matrix } {
    const { network, data, regularization } = this.options
    if (this.onePass) {
      const { targets, rowIndices } = this.loader.loadTargets(this.order, start, size)
      const workspace = this.workspace
      const outputs = forwardBackwardInOnePass(
        network,
        data.inputs,
        rowIndices,
        targets,
        workspace,
        regularization
      )
      if (outputs) return { outputs, targets }
      this.onePass = false
    }
    const batch = this.loader.load(this.order, start, size)
    const { inputs, sparse } = batch
    const outputs = forward(network, inputs, this.workspace, sparse)
    backward(network, inputs, batch.targets, this.workspace, regularization, sparse)
    return { outputs, targets: batch.targets }
  }

  /** Counts a trained batch into its epoch, and finishes the epoch on its last batch. */
  private finishBatch(loss: number, accuracy: number | null, size: number): BatchResult {
    const epoch = this.completedEpochs + 1
    const batchNumber = this.nextBatch + 1
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

  /** Rolls back to the start of the epoch: the error for the batch under way. */
  private diverged(loss: number): TrainingDivergedError {
    restoreParameters(this.options.network, this.epochStart)
    const error = new TrainingDivergedError(this.completedEpochs + 1, this.nextBatch + 1, loss)
    this.nextBatch = 0
    return error
  }

  /** The kernels' chunk runner when they have one and a step of this network is small. */
  private chunkRunner(): ChunkRunner | null {
    if (this.chunks !== undefined) return this.chunks
    const { network, data, regularization } = this.options
    const output = network.layers[network.layers.length - 1]
    const worthIt = chunkPays(network.layers, this.loader.capacity)
    this.chunks =
      worthIt && network.kernels.batchChunks
        ? network.kernels.batchChunks({
            layers: network.layers,
            workspace: this.workspace,
            data,
            batch: this.loader.buffers,
            order: this.order,
            loss: network.loss.name,
            fused: output.activation === network.loss.fusedActivation,
            regularization
          })
        : null
    return this.chunks
  }

  private beginEpoch(): void {
    const { learningRateAt, optimizer } = this.options
    if (learningRateAt) optimizer.learningRate = learningRateAt(this.completedEpochs + 1)
    this.epochLossSum = 0
    this.epochAccuracySum = 0
    this.epochStart = copyParametersInto(this.options.network, this.epochStart)
    this.order.set(this.rows)
    if (this.options.shuffle) this.options.rng.shuffle(this.order)
  }
}
