import { HISTOGRAM_BINS, type LayerEpochInternals } from '../../shared/model/inspect'
import type { Network } from '../engine'
import { histogram } from '../engine/histogram'

/** Epochs up to this one all get a weight histogram; later ones every 10th, then every 100th, … */
const EVERY_EPOCH_HISTOGRAMS = 200
/**
 * Epochs up to this one all keep their gradient norms; later ones every 10th,
 * then every 100th, … A 100,000-epoch run on a tiny dataset (thousands of epochs a second) would
 * otherwise store a row per layer and several batch costs for every epoch, faster than the lab's
 * main process writes them.
 */
const EVERY_EPOCH_DETAIL = 2_000
/**
 * Samples between two batches whose gradient norms are taken. A norm pass reads each gradient
 * once, a batch's forward and backward read each weight about 3 × batch-size times: measured on a
 * 784-128-64-10 network at batch 32, norms after every batch cost 6 % of the WASM kernels' time
 * (1 % of the TypeScript kernels'); every 8th batch, under 1 %.
 */
const SAMPLES_PER_NORM = 256

/**
 * Whether `epoch` is kept on a thinned per-epoch series: every epoch up to `everyEpochUpTo`, then
 * every 10th up to 10 × that, every 100th up to 100 × that and so on (about 0.9 × everyEpochUpTo
 * more per tenfold of epochs), and always the run's last planned epoch.
 */
function keepsEpoch(epoch: number, plannedEpochs: number, everyEpochUpTo: number): boolean {
  if (epoch === plannedEpochs) return true
  let stride = 1
  for (let limit = everyEpochUpTo; epoch > limit; limit *= 10) stride *= 10
  return epoch % stride === 0
}

/**
 * Whether an epoch records its weight histograms: every epoch up to 200, then every 10th up to
 * 2,000, every 100th up to 20,000 and so on, and always the run's last planned epoch.
 */
export function recordsHistogram(epoch: number, plannedEpochs: number): boolean {
  return keepsEpoch(epoch, plannedEpochs, EVERY_EPOCH_HISTOGRAMS)
}

/**
 * Whether an epoch records its gradient norms: every epoch up to 2,000, then every
 * 10th up to 20,000 and so on, and always the last planned epoch. Every histogram epoch is one.
 */
export function recordsEpochDetail(epoch: number, plannedEpochs: number): boolean {
  return keepsEpoch(epoch, plannedEpochs, EVERY_EPOCH_DETAIL)
}

/**
 * A run's per-epoch internals, gathered inside the worker: after a batch's update the norms of the
 * gradients the layers hold are added up (one pass over each gradient array),
 *   ‖∂J/∂W(l)‖ = √(Σⱼₖ (∂J/∂W(l)ⱼₖ)²)      ‖∂J/∂b(l)‖ = √(Σⱼ (∂J/∂b(l)ⱼ)²)
 * and at the epoch's end their means are taken, with a histogram of W(l). Norms are taken on
 * batches 1, 1 + k, 1 + 2k, … of each epoch, k = ⌈256 / batch size⌉ (every batch from 256 samples
 * up), so the mean is over all batches or an evenly spread sample of them, and a full batch's
 * epoch always has its one batch's norm.
 */
export class EpochInternalsRecorder {
  private readonly weightNormSums: Float64Array
  private readonly biasNormSums: Float64Array
  /** k: norms are taken on every k-th batch of an epoch, starting with the first. */
  readonly batchStride: number
  private batches = 0
  /**
   * Whether the epoch under way records its norms (known from the second epoch of a session on;
   * the first one takes them, and drops them at its end if it records none).
   */
  private recording = true

  constructor(
    private readonly network: Network,
    private readonly plannedEpochs: number,
    batchSize: number
  ) {
    this.weightNormSums = new Float64Array(network.layers.length)
    this.biasNormSums = new Float64Array(network.layers.length)
    this.batchStride = Math.max(1, Math.ceil(SAMPLES_PER_NORM / batchSize))
  }

  /**
   * How many batches may be trained in one go after `done` batches of the epoch, so that a batch
   * whose norms are taken comes last (its gradients are the layers' after the go).
   */
  batchesUntilSampled(done: number): number {
    if (!this.recording) return Infinity
    const sinceSampled = done % this.batchStride
    return sinceSampled === 0 ? 1 : this.batchStride - sinceSampled + 1
  }

  /** After batch `batch` (1-based within its epoch): adds its gradients' norms if it is sampled. */
  afterBatch(batch: number): void {
    if (!this.recording || (batch - 1) % this.batchStride !== 0) return
    const { kernels, layers } = this.network
    for (let l = 0; l < layers.length; l++) {
      this.weightNormSums[l] += Math.sqrt(kernels.sumOfSquares(layers[l].weightGradients.data))
      this.biasNormSums[l] += Math.sqrt(kernels.sumOfSquares(layers[l].biasGradients))
    }
    this.batches++
  }

  /**
   * The finished epoch's mean norms (and histograms when it records them), or nothing on an epoch
   * that records no detail (see recordsEpochDetail); starts the next epoch.
   */
  finishEpoch(epoch: number): LayerEpochInternals[] {
    const withHistogram = recordsHistogram(epoch, this.plannedEpochs)
    const batches = Math.max(this.batches, 1)
    const recorded = recordsEpochDetail(epoch, this.plannedEpochs)
    const internals = (recorded ? this.network.layers : []).map((layer, l) => ({
      layer: l + 1,
      weightGradientNorm: this.weightNormSums[l] / batches,
      biasGradientNorm: this.biasNormSums[l] / batches,
      histogram: withHistogram ? histogram(layer.weights.data, HISTOGRAM_BINS) : null
    }))
    this.weightNormSums.fill(0)
    this.biasNormSums.fill(0)
    this.batches = 0
    this.recording = recordsEpochDetail(epoch + 1, this.plannedEpochs)
    return internals
  }
}
