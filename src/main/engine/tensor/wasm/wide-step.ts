import { isByteRows } from '../../data-rows'
import type { DenseLayer } from '../../network'
import type { Kernels } from '../kernels'
import { onOneThread, type KernelExports, type PlannedJobFunction } from './kernel-module'
import type { WasmHeap } from './wasm-heap'

/** i32 slots of the plan (assembly/wide-layer.ts has the byte offsets). */
const PLAN_SLOTS = 26
/** Chunks per step: enough that a thread which starts late leaves little to wait for. */
const CHUNKS_PER_STEP = 8
/** Rows of a block in the kernel: chunks are whole blocks, as even as blocks allow. */
const BLOCK_ROWS = 4
/** The most output units the kernel keeps accumulators for (assembly/wide-layer.ts). */
const WIDE_MAXIMUM_UNITS = 16

/**
 * Kernels.wideLayerStep on the WASM module: writes the plan of assembly/wide-layer.ts, runs its
 * chunks through `run` (shared between threads when it pays) and sums the partial gradients.
 * The plan and the partial gradients are allocated once and grown when a step needs more.
 */
export function createWideStep(
  exports: KernelExports,
  heap: WasmHeap,
  run: PlannedJobFunction,
  scratch: number,
  activationCode: (layer: DenseLayer) => number
): NonNullable<Kernels['wideLayerStep']> {
  const plan = heap.allocate(PLAN_SLOTS * 4)
  const slots = heap.integers(plan, PLAN_SLOTS)
  const values = heap.floats(plan, PLAN_SLOTS)
  let partials = 0
  let partialCapacity = 0
  // s ⊙ W and Σₖ oₖ Wₖ for pixel bytes (assembly/wide-layer.ts, wideBegin), grown like the partials.
  let folded = 0
  let foldedCapacity = 0
  // Every other step takes its chunks from the last one back (assembly/wide-layer.ts, wideChunk).
  let backwards = false
  const offsets = heap.floats(heap.allocate(WIDE_MAXIMUM_UNITS * 4), WIDE_MAXIMUM_UNITS)
  const pointer = (array: ArrayBufferView & ArrayLike<number>): number => heap.pointerOf(array)

  return (inputs, rowIndices, count, targets, layer, z, a, delta) => {
    const { units, inputSize: cols } = layer
    if (units > WIDE_MAXIMUM_UNITS) return false
    if (inputs.cols !== cols || count > rowIndices.length) {
      throw new Error(`wideLayerStep: ${count} rows of ${inputs.cols} into ${units} units`)
    }
    for (const matrix of [targets, z, a, delta]) {
      if (matrix.rows < count || matrix.cols !== units) {
        throw new Error(
          `wideLayerStep: a ${matrix.rows}×${matrix.cols} matrix for ${count}×${units}`
        )
      }
    }
    const blocks = Math.ceil(count / BLOCK_ROWS)
    const chunkCount = Math.min(CHUNKS_PER_STEP, blocks)
    // Each chunk's partial: G (units × cols) then g (units), on a 64-byte boundary.
    const partialBytes = Math.ceil((units * (cols + 1) * 4) / 64) * 64
    if (partialBytes * chunkCount > partialCapacity) {
      partialCapacity = partialBytes * chunkCount
      partials = heap.allocate(partialCapacity)
    }
    if (isByteRows(inputs)) {
      if (units * cols * 4 > foldedCapacity) {
        foldedCapacity = units * cols * 4
        folded = heap.allocate(foldedCapacity)
      }
      slots[0] = 1
      slots[1] = pointer(inputs.bytes)
      slots[3] = pointer(inputs.scale)
      slots[4] = pointer(inputs.offset)
      slots[23] = folded
    } else {
      offsets.fill(0)
      slots[0] = 0
      slots[1] = pointer(inputs.data)
      slots[23] = pointer(layer.weights.data)
    }
    slots[24] = pointer(offsets)
    slots[2] = cols
    slots[5] = pointer(rowIndices)
    slots[6] = count
    slots[7] = units
    slots[8] = pointer(layer.weights.data)
    slots[9] = pointer(layer.biases)
    slots[10] = activationCode(layer)
    values[11] = layer.settings.alpha
    slots[12] = pointer(targets.data)
    slots[13] = pointer(z.data)
    slots[14] = pointer(a.data)
    slots[15] = pointer(delta.data)
    slots[16] = partials
    slots[17] = partialBytes
    slots[18] = blocks
    slots[19] = chunkCount
    slots[20] = pointer(layer.weightGradients.data)
    slots[21] = pointer(layer.biasGradients)
    values[22] = 1 / count
    backwards = !backwards
    slots[25] = backwards ? 1 : 0
    exports.wideBegin(plan)
    run(plan, chunkCount, count * cols * units, scratch)
    exports.wideFinish(plan)
    return true
  }
}

/** Runs a wide-layer step's chunks one after the other on this thread. */
export function wideStepOnOneThread(exports: KernelExports): PlannedJobFunction {
  return onOneThread((plan, index, scratch) => exports.wideChunk(plan, index, scratch))
}
