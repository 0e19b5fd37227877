import { checkGather } from '../../data-rows'
import type { Kernels, SparseBatch } from '../kernels'
import type { Matrix } from '../matrix'
import { cutByWork, unitBands } from './band-tables'
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
const PLAN_SLOTS = 14
/** The most chunks a shared job has (src/main/kernel-host/control-block.ts). */
const MAXIMUM_CHUNKS = 255
/**
 * Chunks of a gather, and of a gradient's work (band-tables.ts): enough that a thread which
 * starts late leaves little to wait for.
 */
const CHUNKS = 8
/**
 * A gather's work, in multiply-adds per input, for the choice between one thread and two. On one
 * thread (Zen 1, MNIST, batch 256) an input gathered and listed took 1.2 ns, a multiply-add of
 * the sparse sums 0.11 ns: ~10. Batches of 8 or fewer MNIST rows then stay on one thread.
 */
const GATHER_COST = 10
/** Plan kinds (assembly/sparse-layer.ts). */
const [FORWARD, GRADIENT, GATHER] = [0, 1, 2]

/** The lists of one batch matrix, for its capacity (assembly/sparse-gather.ts has the layout). */
interface ListedBatch extends SparseBatch {
  readonly lists: number
  readonly capacity: number
  /** The inputs' scales (the gradient lists the turned bytes' values: assembly/sparse-gradient.ts). */
  readonly scales: number
  /** Entries per input, of the last gradient on these lists: its bands are cut by them. */
  readonly counts: Int32Array
  /** gatherBytes' arguments for the batch matrix itself (see `decline`). */
  readonly plainGather: Parameters<KernelExports['gatherBytes']>
  /** Whether the batch matrix holds the batch (the listing gather leaves it unwritten). */
  gathered: boolean
}

/** A batch matrix's lists (assembly/sparse-gather.ts has the layout) and its entries per input. */
interface Lists {
  readonly pointer: number
  readonly counts: Int32Array
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
  const listsOf = new Map<number, Lists>()
  const plan = heap.allocate(PLAN_SLOTS * 4)
  const slots = heap.integers(plan, PLAN_SLOTS)
  const values = heap.floats(plan, PLAN_SLOTS)
  // Wᵀ for a forward, δ in strips for a gradient (assembly/sparse-layer.ts): a block of `floats`
  // for each matrix staged (by its pointer) and size, kept as long as the backend, as the matrix
  // is. One block grown for wider layers left the narrower ones behind on the heap.
  const stagingBlocks = new Map<number, Map<number, number>>()
  const staging = (matrix: Matrix, floats: number): number => {
    const key = pointer(matrix.data)
    let blocks = stagingBlocks.get(key)
    if (blocks === undefined) stagingBlocks.set(key, (blocks = new Map()))
    let block = blocks.get(floats)
    if (block === undefined) blocks.set(floats, (block = heap.allocate(4 * floats)))
    return block
  }
  // The forward's band tables by layer width (band-tables.ts), where the plan points.
  const unitTables = new Map<number, { pointer: number; count: number }>()
  const unitTable = (units: number): { pointer: number; count: number } => {
    let table = unitTables.get(units)
    if (table === undefined) {
      const bands = unitBands(units, MAXIMUM_CHUNKS)
      table = { pointer: heap.allocate(4 * bands.length), count: bands.length - 2 }
      heap.integers(table.pointer, bands.length).set(bands)
      unitTables.set(units, table)
    }
    return table
  }
  const scratchBytes = exports.gemmScratchBytes()
  // The gradient's band table, cut anew for each batch (band-tables.ts). Views of the heap, here
  // and the lists' counts, are kept: the shared memory's buffer is never detached (wasm-heap.ts).
  const workTable = heap.allocate(4 * (MAXIMUM_CHUNKS + 2))
  const workBands = heap.integers(workTable, MAXIMUM_CHUNKS + 2)
  const pointer = (array: ArrayBufferView & ArrayLike<number>): number => heap.pointerOf(array)
  /**
   * A product declines (returns false) and the caller takes the dense one over the batch matrix,
   * which the listing gather left unwritten: it is gathered now, once per batch.
   */
  const decline = (batch: SparseBatch): false => {
    const listed = batch as ListedBatch
    if (!listed.gathered) exports.gatherBytes(...listed.plainGather)
    listed.gathered = true
    return false
  }

  /**
   * Plans a product of `kind` (FORWARD or GRADIENT) over the batch and its lists, with `units`,
   * M (slot 7: W or δ), the result, and its chunks: `chunkCount` bands of the band table at
   * `bands`, and runs it.
   */
  const runPlan = (
    kind: number,
    batch: SparseBatch,
    units: number,
    matrix: Matrix,
    out: Matrix,
    bands: number,
    chunkCount: number
  ): void => {
    const listed = batch as ListedBatch
    const cols = listed.inputs.cols
    slots.set([kind, pointer(listed.inputs.data), cols, listed.rows, listed.lists, listed.capacity])
    slots.set([units, pointer(matrix.data), pointer(out.data)], 6)
    slots[11] = bands
    run(plan, chunkCount, Math.ceil(batch.density * batch.rows * cols * units), scratch)
  }

  return {
    gatherSparseBytes(source, rowIndices, count, target) {
      checkGather(source, rowIndices, count, target)
      const zeroStaysZero = allZero(source.offset, source.cols)
      const listing = densityLimit > 0 && zeroStaysZero
      const capacity = target.rows
      const key = pointer(target.data)
      let lists = listsOf.get(key)
      if (lists === undefined && listing) {
        // Row lists, their values, their counts (i32, f32), the bytes turned (4 rows a word, to a
        // multiple of 16 rows), and the entries per input (i32), once per batch matrix.
        const turned = source.cols * 16 * Math.ceil(capacity / 16)
        const counted = 4 * capacity * (2 * source.cols + 1) + turned
        const start = heap.allocate(counted + 4 * source.cols)
        lists = { pointer: start, counts: heap.integers(start + counted, source.cols) }
        listsOf.set(key, lists)
      }
      const { bytes, cols, scale, offset } = source
      const plainGather: Parameters<KernelExports['gatherBytes']> = [
        pointer(bytes),
        cols,
        pointer(rowIndices),
        count,
        pointer(scale),
        pointer(offset),
        key
      ]
      if (lists === undefined || !listing) {
        exports.gatherBytes(...plainGather)
        return null
      }
      // Blocks of whole 4s of rows (turned together), shared between threads; slot 12 adds up
      // their non-zero inputs. A batch past the limit stops listing and is gathered plainly.
      const limit = Math.floor(densityLimit * count * cols)
      const rowsPerChunk = 4 * Math.max(1, Math.ceil(count / CHUNKS / 4))
      const listed = lists.pointer
      slots.set([GATHER, key, cols, count, listed, capacity, pointer(bytes), pointer(rowIndices)])
      slots.set([pointer(scale), pointer(offset), limit, rowsPerChunk, 0], 8)
      run(plan, Math.ceil(count / rowsPerChunk), GATHER_COST * count * cols, scratch)
      const nonZeros = slots[12]
      if (nonZeros > limit) {
        exports.gatherBytes(...plainGather)
        return null
      }
      const density = count === 0 ? 0 : nonZeros / (count * source.cols)
      const batch: ListedBatch = {
        inputs: target,
        rows: count,
        density,
        lists: listed,
        capacity,
        scales: pointer(scale),
        counts: lists.counts,
        plainGather,
        gathered: false
      }
      return batch
    },

    sparseForward(batch, weights, z) {
      const { inputs, rows } = batch
      checkProduct('sparseForward', z, rows, weights.rows, weights.cols === inputs.cols)
      const units = weights.rows
      slots[9] = staging(weights, units * inputs.cols)
      slots[10] = 0
      const table = unitTable(units)
      runPlan(FORWARD, batch, units, weights, z, table.pointer, table.count)
      // Slot 10: some band held a weight ±∞ or NaN (assembly/sparse-layer.ts).
      return Atomics.load(slots, 10) === 0 || decline(batch)
    },

    sparseWeightGradient(batch, delta, gradients, scale) {
      const { inputs, rows } = batch
      const units = gradients.rows
      checkProduct('sparseWeightGradient', gradients, units, inputs.cols, delta.cols === units)
      checkProduct('sparseWeightGradient', delta, rows, units, delta.rows >= rows)
      // A chunk's scratch holds, per input of its band, a count, a column list and its values, a
      // row of units + 3 sums (assembly/sparse-gradient.ts): bands of whole 4s that fit, cut so
      // that each carries about the same work.
      const fitting = scratchBytes / 4 / (1 + 2 * exports.columnStride(rows) + units + 3)
      const widest = 4 * Math.floor(fitting / 4)
      if (widest < 4) return decline(batch)
      const { counts, scales } = batch as ListedBatch
      const bandCount = cutByWork(counts, inputs.cols, CHUNKS, widest, workBands)
      if (bandCount === 0) return decline(batch)
      // δ in strips, for as many rows as the batch matrix holds (one block for all its batches).
      // A δ ±∞ or NaN would make the dense product's 0 · δ terms of the skipped inputs NaN (as a
      // weight does the forward's): stripDelta sees it as it copies, and the caller takes the
      // dense product.
      slots[9] = staging(delta, (batch as ListedBatch).capacity * units)
      if (exports.stripDelta(pointer(delta.data), rows, units, slots[9]) === 0)
        return decline(batch)
      values[12] = scale
      slots[10] = scales
      slots[13] = pointer(counts)
      runPlan(GRADIENT, batch, units, delta, gradients, workTable, bandCount)
      return true
    }
  }
}

/** Runs a sparse product's chunks one after the other on this thread. */
export function sparseOnOneThread(exports: KernelExports): PlannedJobFunction {
  return onOneThread((plan, index, scratch) => exports.sparseChunk(plan, index, scratch))
}

/**
 * True when the first `count` values are 0. A plain loop: TypedArray.prototype.every hands each
 * Float32 value to its callback as a fresh heap number, 784 of them (12.5 KB) per batch of 784 inputs,
 * and that garbage grew the worker's young generation while training.
 */
function allZero(values: ArrayLike<number>, count: number): boolean {
  for (let j = 0; j < count; j++) if (values[j] !== 0) return false
  return true
}

/** Refuses a product whose shapes do not fit (the WASM kernels trust their arguments). */
function checkProduct(what: string, out: Matrix, rows: number, cols: number, fits: boolean): void {
  if (!fits || out.rows < rows || out.cols !== cols) {
    throw new Error(`${what}: a ${out.rows}×${out.cols} result for ${rows}×${cols}`)
  }
}
