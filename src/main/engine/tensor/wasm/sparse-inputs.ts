import { checkGather } from '../../data-rows'
import type { Kernels, SparseBatch } from '../kernels'
import type { Matrix } from '../matrix'
import { onOneThread, type KernelExports, type PlannedJobFunction } from './kernel-module'
import type { WasmHeap } from './wasm-heap'

/**
 * Batches above this share of non-zero inputs take the dense GEMM: the sparse products do about
 * one load per multiply-add where the packed GEMM reuses its registers. Measured on one thread
 * (AMD EPYC Zen 1, 784 inputs, 128 units, random non-zero bytes; gather, forward and weight
 * gradient together) the sparse path was 1.64× the dense at density 0.2 and 1.34× at 0.3 for
 * batch 64 (1.21× and 1.13× for batch 256), and slower from 0.4 on. MNIST batches are ~0.19;
 * Fashion-MNIST's ~0.5 stay dense.
 */
export const SPARSE_DENSITY_LIMIT = 0.3

/** i32 slots of a plan (assembly/sparse-layer.ts has their meaning). */
const PLAN_SLOTS = 13
/** Units per forward chunk: one band of 6 accumulator vectors (assembly/sparse-sums.ts). */
const FORWARD_BAND = 24
/** The most chunks a shared job has (src/main/kernel-host/control-block.ts). */
const MAXIMUM_CHUNKS = 255
/** Gradient chunks per product: enough that a thread which starts late leaves little to wait for. */
const GRADIENT_CHUNKS = 8

/** The lists of one batch matrix, for its capacity (assembly/sparse-gather.ts has the layout). */
interface ListedBatch extends SparseBatch {
  readonly lists: number
  readonly capacity: number
}

/**
 * Kernels.gatherSparseBytes, sparseForward and sparseWeightGradient on the WASM module: lists
 * per batch matrix (allocated on its first sparse gather), the products cut into chunks run by
 * `run` (shared between threads when it pays). `densityLimit` 0 keeps every batch dense.
 */
export function createSparseInputs(
  exports: KernelExports,
  heap: WasmHeap,
  scratch: number,
  run: PlannedJobFunction = sparseOnOneThread(exports),
  densityLimit = SPARSE_DENSITY_LIMIT
): Required<Pick<Kernels, 'gatherSparseBytes' | 'sparseForward' | 'sparseWeightGradient'>> {
  const listsOf = new Map<number, number>()
  const plan = heap.allocate(PLAN_SLOTS * 4)
  const slots = heap.integers(plan, PLAN_SLOTS)
  const values = heap.floats(plan, PLAN_SLOTS)
  let transposed = 0
  let transposedBytes = 0
  const scratchBytes = exports.gemmScratchBytes()
  const pointer = (array: ArrayBufferView & ArrayLike<number>): number => heap.pointerOf(array)

  /**
   * Plans a product of `kind` (0 forward, 1 gradient) over the batch and its lists, with `units`,
   * M (slot 7: W or δ), the result, and chunks of `chunkSize`, and runs it.
   */
  const runPlan = (
    kind: number,
    batch: SparseBatch,
    units: number,
    matrix: Matrix,
    out: Matrix,
    chunkSize: number,
    chunkCount: number
  ): void => {
    const listed = batch as ListedBatch
    const cols = listed.inputs.cols
    slots.set([kind, pointer(listed.inputs.data), cols, listed.rows, listed.lists, listed.capacity])
    slots.set([units, pointer(matrix.data), pointer(out.data)], 6)
    slots[11] = chunkSize
    run(plan, chunkCount, Math.ceil(batch.density * batch.rows * cols * units), scratch)
  }

  return {
    gatherSparseBytes(source, rowIndices, count, target) {
      checkGather(source, rowIndices, count, target)
      const zeroStaysZero = source.offset.subarray(0, source.cols).every((offset) => offset === 0)
      const listing = densityLimit > 0 && zeroStaysZero
      const capacity = target.rows
      const key = pointer(target.data)
      let lists = listsOf.get(key)
      if (lists === undefined && listing) {
        // Row lists, then their counts (i32 each).
        lists = heap.allocate(4 * capacity * (source.cols + 1))
        listsOf.set(key, lists)
      }
      const { bytes, cols, scale, offset } = source
      const gather = [pointer(bytes), cols, pointer(rowIndices), count] as const
      const conversion = [pointer(scale), pointer(offset), key] as const
      if (lists === undefined || !listing) {
        exports.gatherBytes(...gather, ...conversion)
        return null
      }
      const limit = Math.floor(densityLimit * count * cols)
      const nonZeros = exports.gatherSparseBytes(...gather, ...conversion, lists, capacity, limit)
      if (nonZeros < 0) return null
      const density = count === 0 ? 0 : nonZeros / (count * source.cols)
      const batch: ListedBatch = { inputs: target, rows: count, density, lists, capacity }
      return batch
    },

    sparseForward(batch, weights, z) {
      const { inputs, rows } = batch
      checkProduct('sparseForward', z, rows, weights.rows, weights.cols === inputs.cols)
      const units = weights.rows
      if (units * inputs.cols * 4 > transposedBytes) {
        transposedBytes = units * inputs.cols * 4
        transposed = heap.allocate(transposedBytes)
      }
      slots[9] = transposed
      runPlan(0, batch, units, weights, z, FORWARD_BAND, Math.ceil(units / FORWARD_BAND))
    },

    sparseWeightGradient(batch, delta, gradients, scale) {
      const { inputs, rows } = batch
      const units = gradients.rows
      checkProduct('sparseWeightGradient', gradients, units, inputs.cols, delta.cols === units)
      checkProduct('sparseWeightGradient', delta, rows, units, delta.rows >= rows)
      // A chunk's scratch holds its band's column lists (a count and `rows` entries per input)
      // and a 4 × units tile (assembly/sparse-layer.ts): bands of whole 4s that fit.
      const fitting = (scratchBytes / 4 - 4 * (units + 3)) / (rows + 1)
      const bandSize = 4 * Math.floor(Math.min(inputs.cols / GRADIENT_CHUNKS + 3, fitting) / 4)
      if (bandSize < 4 || Math.ceil(inputs.cols / bandSize) > MAXIMUM_CHUNKS) return false
      values[12] = scale
      runPlan(1, batch, units, delta, gradients, bandSize, Math.ceil(inputs.cols / bandSize))
      return true
    }
  }
}

/** Runs a sparse product's chunks one after the other on this thread. */
export function sparseOnOneThread(exports: KernelExports): PlannedJobFunction {
  return onOneThread((plan, index, scratch) => exports.sparseChunk(plan, index, scratch))
}

/** Refuses a product whose shapes do not fit (the WASM kernels trust their arguments). */
function checkProduct(what: string, out: Matrix, rows: number, cols: number, fits: boolean): void {
  if (!fits || out.rows < rows || out.cols !== cols) {
    throw new Error(`${what}: a ${out.rows}×${out.cols} result for ${rows}×${cols}`)
  }
}
