import type { Regularization } from '../../shared/model/training'
import { BatchLoader, type LoaderBuffers, type TrainingData } from './batches'
import {
  batchLossSum,
  createWorkspace,
  forward,
  weightPenalty,
  type BatchWorkspace,
  type Network
} from './network'
import type { FloatArray, Matrix } from './tensor/matrix'

/**
 * The class a row of outputs (or targets) stands for: the largest unit, or for a single sigmoid
 * unit, 1 when it is at least 0.5.
 */
export function classOfRow(values: FloatArray, row: number, cols: number): number {
  const start = row * cols
  if (cols === 1) return values[start] >= 0.5 ? 1 : 0
  // The first of the largest values: NaN never compares greater.
  let best = 0
  let largest = values[start]
  for (let k = 1; k < cols; k++) {
    const value = values[start + k]
    if (value > largest) {
      best = k
      largest = value
    }
  }
  return best
}

/** How many rows of `outputs` predict the class of the matching `targets` row. */
export function countCorrect(outputs: Matrix, targets: Matrix): number {
  let correct = 0
  for (let i = 0; i < outputs.rows; i++) {
    if (classOfRow(outputs.data, i, outputs.cols) === classOfRow(targets.data, i, targets.cols)) {
      correct++
    }
  }
  return correct
}

/** Number of classes the output layer distinguishes (two for a single sigmoid unit). */
export function classCount(outputUnits: number): number {
  return outputUnits === 1 ? 2 : outputUnits
}

/** A network's cost and accuracy over a whole dataset. */
export interface Evaluation {
  /** J over all samples, with the L1 and L2 terms. */
  loss: number
  /** Fraction correct, or null for regression. */
  accuracy: number | null
  /** confusion[actual][predicted] counts, or null for regression. */
  confusion: number[][] | null
}

/** Batch and workspace matrices of a network's last evaluation, reused by the next one. */
interface EvaluationBuffers {
  batch: LoaderBuffers
  workspace: BatchWorkspace
}

/**
 * Evaluation buffers per network. Evaluating after every epoch then allocates once: a WASM
 * backend's memory is an arena that only grows, so fresh buffers per call would pile up.
 */
const evaluationBuffers = new WeakMap<Network, EvaluationBuffers>()

/** A loader and workspace for `capacity` rows, reusing the network's last ones when they fit. */
function evaluationLoader(
  network: Network,
  data: TrainingData,
  capacity: number
): { loader: BatchLoader; workspace: BatchWorkspace } {
  const previous = evaluationBuffers.get(network)
  const fits =
    previous !== undefined &&
    previous.workspace.capacity === capacity &&
    previous.batch.inputs.cols === data.inputs.cols &&
    previous.batch.targets.cols === data.targets.cols
  const loader = new BatchLoader(network.kernels, data, capacity, fits ? previous.batch : undefined)
  const workspace = fits ? previous.workspace : createWorkspace(network, capacity)
  evaluationBuffers.set(network, { batch: loader.buffers, workspace })
  return { loader, workspace }
}

/**
 * Input floats an evaluation batch holds at most (4 MB): wide rows (30,000-pixel photos) are
 * evaluated a few dozen at a time, so no float copy of most of a pixel dataset is made.
 */
const EVALUATION_BATCH_FLOATS = 1 << 20

/** Runs the network over `data` in batches of `batchSize` without training. */
export function evaluate(
  network: Network,
  data: TrainingData,
  regularization: Regularization,
  batchSize = 256
): Evaluation {
  const rows = data.rowIndices ?? null
  const sampleCount = rows ? rows.length : data.inputs.rows
  const widthLimit = Math.floor(EVALUATION_BATCH_FLOATS / data.inputs.cols)
  const capacity = Math.max(1, Math.min(batchSize, sampleCount, widthLimit))
  const { loader, workspace } = evaluationLoader(network, data, capacity)
  const outputUnits = network.layers[network.layers.length - 1].units
  const classes = classCount(outputUnits)
  const confusion = data.classification
    ? Array.from({ length: classes }, () => new Array<number>(classes).fill(0))
    : null
  let lossSum = 0
  for (let start = 0; start < sampleCount; start += capacity) {
    const count = Math.min(capacity, sampleCount - start)
    const batch = loader.load(rows, start, count)
    const outputs = forward(network, batch.inputs, workspace, batch.sparse)
    lossSum += batchLossSum(network, workspace, batch.targets)
    if (confusion) {
      for (let i = 0; i < count; i++) {
        const actual = classOfRow(batch.targets.data, i, batch.targets.cols)
        confusion[actual][classOfRow(outputs.data, i, outputs.cols)]++
      }
    }
  }
  const correct = confusion ? confusion.reduce((sum, row, k) => sum + row[k], 0) : 0
  return {
    loss: sampleCount > 0 ? lossSum / sampleCount + weightPenalty(network, regularization) : NaN,
    accuracy: confusion && sampleCount > 0 ? correct / sampleCount : null,
    confusion
  }
}
