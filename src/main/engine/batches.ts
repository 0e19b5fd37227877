import { isByteRows, type ByteRows, type InputRows } from './data-rows'
import type { Network } from './network'
import { matrixFromRows } from './tensor/from-rows'
import type { Kernels, SparseBatch } from './tensor/kernels'
import { topRows, type Matrix } from './tensor/matrix'

/**
 * A dataset as the engine trains on it: one sample per row. Pixel bytes stay bytes and are
 * converted a batch at a time; float rows are already preprocessed. Batches are gathered from
 * these arrays, which are never copied whole.
 */
export interface TrainingData {
  /** [n × inputs] feature rows: preprocessed floats, or bytes with their conversion. */
  inputs: InputRows
  /** [n × outputs] target rows: one-hot rows (or 0/1) for classes, values for regression. */
  targets: Matrix
  /** True when targets are classes, so that accuracy and confusion matrices apply. */
  classification: boolean
  /**
   * The rows that belong to this part (e.g. the training split), or undefined for all rows.
   * Splits are index lists into one shared array, so the data is never copied per part.
   */
  rowIndices?: Int32Array
}

/** The rows a TrainingData covers, in order. */
export function rowsOf(data: TrainingData): Int32Array {
  return data.rowIndices ?? Int32Array.from({ length: data.inputs.rows }, (_, row) => row)
}

/** One gathered batch, in the kernels' memory and precision. */
export interface Batch {
  /**
   * The batch's inputs; with `sparse`, written only once a sparse product has declined (the
   * first layer's dense products, the only readers then, come after that).
   */
  inputs: Matrix
  targets: Matrix
  /** The inputs' non-zero entries listed, where the kernels skip zeros in the first layer. */
  sparse?: SparseBatch | null
}

/** A loader's buffers: its batch matrices and the row indices of its gathers. */
export interface LoaderBuffers extends Batch {
  rowIndices: Int32Array
}

/**
 * A batch from nested rows (a traced step's or a gradient check's) in the network's kernels,
 * checking that each input row has the network's input width, each target row its output width,
 * and that there are as many targets as inputs.
 */
export function batchFromRows(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[]
): Batch {
  const { kernels } = network
  const inputMatrix = matrixFromRows(kernels, inputs, network.inputSize, 'input')
  const outputUnits = network.layers[network.layers.length - 1].units
  const targetMatrix = matrixFromRows(kernels, targets, outputUnits, 'target')
  if (targetMatrix.rows !== inputMatrix.rows) {
    throw new Error(`got ${inputMatrix.rows} input rows but ${targetMatrix.rows} target rows`)
  }
  return { inputs: inputMatrix, targets: targetMatrix }
}

/**
 * Copies chosen rows of a dataset into preallocated batch matrices (converting the data to the
 * kernels' precision, and pixel bytes to their preprocessed values). One loader per dataset and
 * batch capacity; `buffers` (capacity rows, the data's widths) lets a caller reuse the matrices
 * of an earlier loader.
 */
export class BatchLoader {
  private batchInputs: Matrix | null
  private readonly targets: Matrix
  /** The dataset rows the buffers hold, in order (the first `loadedCount`; 0 when unknown). */
  private readonly loadedRows: Int32Array
  private loadedCount = 0
  /** The lists of the rows the input buffer holds, when the kernels made them. */
  private sparse: SparseBatch | null = null

  constructor(
    private readonly kernels: Kernels,
    private readonly data: TrainingData,
    readonly capacity: number,
    buffers?: LoaderBuffers
  ) {
    this.batchInputs = buffers?.inputs ?? null
    this.targets = buffers?.targets ?? kernels.matrix(capacity, data.targets.cols)
    this.loadedRows = buffers?.rowIndices ?? kernels.rowIndices(capacity)
  }

  /** The full-capacity buffers, for a later loader of the same shape. */
  get buffers(): LoaderBuffers {
    return { inputs: this.inputs, targets: this.targets, rowIndices: this.loadedRows }
  }

  /**
   * The batch input matrix, made on first use: a trainer whose kernels read the rows themselves
   * (`loadTargets`) never holds a float copy of a full batch of wide inputs.
   */
  private get inputs(): Matrix {
    return (this.batchInputs ??= this.kernels.matrix(this.capacity, this.data.inputs.cols))
  }

  /**
   * Rows order[start], …, order[start + count − 1] of the dataset (rows start … start + count − 1
   * when `order` is null). When those are the rows of the previous load, in the same order (a
   * full batch without shuffling, every epoch), the buffers already hold them and nothing is
   * copied: a dataset never changes while it is trained on.
   */
  load(order: Int32Array | null, start: number, count: number): Batch {
    if (order === null || !this.holds(order, start, count)) {
      const source = this.data.inputs
      if (isByteRows(source)) {
        for (let i = 0; i < count; i++) this.loadedRows[i] = order ? order[start + i] : start + i
        this.sparse = this.gather(source, count)
      } else {
        copyRows(source, this.inputs, order, start, count)
        this.sparse = null
      }
      copyRows(this.data.targets, this.targets, order, start, count)
      this.loadedCount = order === null ? 0 : count
      if (order !== null) this.loadedRows.set(order.subarray(start, start + count))
    }
    const inputs = topRows(this.inputs, count)
    return { inputs, targets: topRows(this.targets, count), sparse: this.sparse }
  }

  /** The first `count` loaded rows of pixel bytes into the input buffer, listed where it pays. */
  private gather(source: ByteRows, count: number): SparseBatch | null {
    const { kernels, loadedRows, inputs } = this
    if (kernels.gatherSparseBytes)
      return kernels.gatherSparseBytes(source, loadedRows, count, inputs)
    kernels.gatherBytes(source, loadedRows, count, inputs)
    return null
  }

  /**
   * Only the targets of rows order[start], …, order[start + count − 1] (start … when `order` is
   * null), and those rows' indices in the kernels' memory, for kernels that read the inputs
   * themselves (Kernels.wideLayerStep).
   */
  loadTargets(
    order: Int32Array | null,
    start: number,
    count: number
  ): { targets: Matrix; rowIndices: Int32Array } {
    for (let i = 0; i < count; i++) this.loadedRows[i] = order ? order[start + i] : start + i
    copyRows(this.data.targets, this.targets, order, start, count)
    // The input buffer no longer holds these rows.
    this.loadedCount = 0
    return { targets: topRows(this.targets, count), rowIndices: this.loadedRows }
  }

  private holds(order: Int32Array, start: number, count: number): boolean {
    if (count !== this.loadedCount) return false
    for (let i = 0; i < count; i++) if (order[start + i] !== this.loadedRows[i]) return false
    return true
  }
}

/**
 * Rows of at most this many values (targets: a few classes) are copied value by value: a view
 * per row costs more than the copy (18 µs against 5.5 for a 256-row batch of 10-class targets).
 */
const NARROW_ROW = 32

function copyRows(
  source: Matrix,
  target: Matrix,
  order: Int32Array | null,
  start: number,
  count: number
): void {
  const width = source.cols
  if (order === null) {
    target.data.set(source.data.subarray(start * width, (start + count) * width))
    return
  }
  for (let i = 0; i < count; i++) {
    const from = order[start + i] * width
    if (width > NARROW_ROW) {
      target.data.set(source.data.subarray(from, from + width), i * width)
    } else {
      for (let k = 0; k < width; k++) target.data[i * width + k] = source.data[from + k]
    }
  }
}
