import {
  CHUNK_MAXIMUM_BATCHES,
  CHUNK_RECORD_BYTES,
  type ChunkBatch,
  type ChunkRunner,
  type ChunkSpec
} from '../../batch-chunks'
import { isByteRows, type InputRows } from '../../data-rows'
import type { DenseLayer } from '../../network'
import type { UpdateRule } from '../../optimizers'
import { topRows, type FloatArray, type Matrix } from '../matrix'
import type { KernelExports } from './kernel-module'
import type { WasmHeap } from './wasm-heap'

/**
 * The JavaScript side of assembly/batch-chunk.ts: writes the plan (the same slot layout, in i32
 * positions here) once per trainer, and per chunk the optimizer's slots and Adam's bias
 * corrections; reads the records back as views.
 */
const PLAN = {
  layers: 0,
  capacity: 1,
  inputKind: 2,
  inputs: 3,
  inputColumns: 4,
  scale: 5,
  offset: 6,
  targets: 7,
  order: 8,
  orderLength: 9,
  position: 10,
  batchInputs: 11,
  batchTargets: 12,
  rowIndices: 13,
  loss: 14,
  fused: 15,
  optimizer: 16,
  classification: 17,
  decay: 18,
  records: 19,
  recordBytes: 20,
  corrections: 21,
  status: 22,
  scratch: 23,
  learningRate: 24,
  momentum: 25,
  beta1: 26,
  beta2: 27,
  epsilon: 28,
  l2: 29,
  l1: 30,
  sparsity: 31,
  firstLayer: 32
} as const
/** i32 slots per layer: inputs, units, activation, alpha, W, b, ∂W, ∂b, z, a, δ, trainable W and b, slots. */
const LAYER_SLOTS = 20
const LOSS_CODES = { 'half-squared-error': 0, 'binary-cross-entropy': 1, 'cross-entropy': 2 }
const OPTIMIZER_CODES = { sgd: 0, momentum: 1, adam: 2 }
const STOPPED = [null, 'outputs', 'parameters'] as const
/** Bytes of a record before its z(L): size, correct, Σ‖W‖², Σ|W| (as in batch-chunk.ts). */
const RECORD_HEADER = 24

/** The module a runner drives: its exports, memory, gemm scratch and activation codes. */
export interface ChunkModule {
  exports: KernelExports
  heap: WasmHeap
  scratch: number
  activationCode: (layer: DenseLayer) => number
}

/** A chunk runner for `spec` (see engine/batch-chunks.ts), on the module's own gemm scratch. */
export function createChunkRunner(module: ChunkModule, spec: ChunkSpec): ChunkRunner {
  const { exports, heap, scratch, activationCode } = module
  const { layers, workspace, batch } = spec
  const capacity = workspace.capacity
  const units = layers[layers.length - 1].units
  const outputBytes = capacity * units * 4
  const recordBytes = Math.ceil((RECORD_HEADER + 3 * outputBytes) / 8) * 8
  // Batches a call takes: as many records as fit in CHUNK_RECORD_BYTES (at least one).
  const chunkBatches = Math.max(
    1,
    Math.min(CHUNK_MAXIMUM_BATCHES, Math.floor(CHUNK_RECORD_BYTES / recordBytes))
  )
  const slotCount = PLAN.firstLayer + layers.length * LAYER_SLOTS
  const planPointer = heap.allocate(slotCount * 4)
  const slots = heap.integers(planPointer, slotCount)
  const values = heap.floats(planPointer, slotCount)
  const records = heap.allocate(chunkBatches * recordBytes)
  const corrections = heap.floats(heap.allocate(chunkBatches * 8), 2 * chunkBatches)
  const pointer = (array: ArrayLike<number> & ArrayBufferView): number => heap.pointerOf(array)
  const owned = <T extends FloatArray | Uint8Array>(array: T, make: (length: number) => T): T => {
    if (heap.owns(array)) return array
    const copy = make(array.length)
    copy.set(array)
    return copy
  }
  const vector = (length: number): Float32Array => heap.floats(heap.allocate(length * 4), length)

  const inputs: InputRows = spec.data.inputs
  slots[PLAN.layers] = layers.length
  slots[PLAN.capacity] = capacity
  slots[PLAN.inputColumns] = inputs.cols
  if (isByteRows(inputs)) {
    slots[PLAN.inputKind] = 1
    slots[PLAN.inputs] = pointer(owned(inputs.bytes, (n) => heap.bytes(heap.allocate(n), n)))
    slots[PLAN.scale] = pointer(owned(inputs.scale, vector))
    slots[PLAN.offset] = pointer(owned(inputs.offset, vector))
  } else {
    slots[PLAN.inputKind] = 0
    slots[PLAN.inputs] = pointer(owned(inputs.data, vector))
  }
  slots[PLAN.targets] = pointer(owned(spec.data.targets.data, vector))
  slots[PLAN.order] = pointer(spec.order)
  slots[PLAN.orderLength] = spec.order.length
  slots[PLAN.batchInputs] = pointer(batch.inputs.data)
  slots[PLAN.batchTargets] = pointer(batch.targets.data)
  slots[PLAN.rowIndices] = pointer(batch.rowIndices)
  slots[PLAN.loss] = LOSS_CODES[spec.loss]
  slots[PLAN.fused] = spec.fused ? 1 : 0
  slots[PLAN.classification] = spec.data.classification ? 1 : 0
  const { l1, l2 } = spec.regularization
  slots[PLAN.decay] = l2 !== 0 ? 1 : 0
  slots[PLAN.sparsity] = l1 !== 0 ? 1 : 0
  slots[PLAN.records] = records
  slots[PLAN.recordBytes] = recordBytes
  slots[PLAN.corrections] = pointer(corrections)
  slots[PLAN.scratch] = scratch
  values[PLAN.l2] = l2
  values[PLAN.l1] = l1
  layers.forEach((layer, l) => {
    const at = PLAN.firstLayer + l * LAYER_SLOTS
    slots[at] = layer.inputSize
    slots[at + 1] = layer.units
    slots[at + 2] = activationCode(layer)
    values[at + 3] = layer.settings.alpha
    slots[at + 4] = pointer(layer.weights.data)
    slots[at + 5] = pointer(layer.biases)
    slots[at + 6] = pointer(layer.weightGradients.data)
    slots[at + 7] = pointer(layer.biasGradients)
    slots[at + 8] = pointer(workspace.z[l].data)
    slots[at + 9] = pointer(workspace.a[l].data)
    slots[at + 10] = pointer(workspace.delta[l].data)
  })

  const recordMatrix = (k: number, part: number): Matrix => ({
    rows: capacity,
    cols: units,
    data: heap.floats(
      records + k * recordBytes + RECORD_HEADER + part * outputBytes,
      capacity * units
    )
  })
  const views = Array.from({ length: chunkBatches }, (_, k) => ({
    header: heap.integers(records + k * recordBytes, 2),
    squares: heap.doubles(records + k * recordBytes + 8, 1),
    absolutes: heap.doubles(records + k * recordBytes + 16, 1),
    z: recordMatrix(k, 0),
    a: recordMatrix(k, 1),
    targets: recordMatrix(k, 2)
  }))
  const batchAt = (k: number): ChunkBatch => {
    const view = views[k]
    const size = view.header[0]
    return {
      size,
      correct: view.header[1],
      absolutes: view.absolutes[0],
      squares: view.squares[0],
      z: topRows(view.z, size),
      a: topRows(view.a, size),
      targets: topRows(view.targets, size)
    }
  }

  return {
    run(position, batches, rule) {
      const count = Math.min(batches, chunkBatches)
      writeRule(rule, count)
      slots[PLAN.position] = position
      const updated = exports.trainChunk(planPointer, count)
      return { updated, stopped: STOPPED[slots[PLAN.status]], batch: batchAt }
    }
  }

  /**
   * The optimizer's kind, hyperparameters and slots, which parameters it updates, and Adam's
   * corrections for `count` steps.
   */
  function writeRule(rule: UpdateRule, count: number): void {
    slots[PLAN.optimizer] = OPTIMIZER_CODES[rule.kind]
    values[PLAN.learningRate] = rule.learningRate
    layers.forEach((layer, l) => {
      const at = PLAN.firstLayer + l * LAYER_SLOTS
      slots[at + 11] = layer.trainable.weights ? 1 : 0
      slots[at + 12] = layer.trainable.biases ? 1 : 0
    })
    if (rule.kind === 'sgd') return
    layers.forEach((_, l) => {
      const at = PLAN.firstLayer + l * LAYER_SLOTS
      const [weights, biases] = [rule.slots[2 * l], rule.slots[2 * l + 1]]
      slots[at + 13] = weights.length > 0 ? pointer(weights[0]) : 0
      slots[at + 14] = weights.length > 1 ? pointer(weights[1]) : 0
      slots[at + 15] = biases.length > 0 ? pointer(biases[0]) : 0
      slots[at + 16] = biases.length > 1 ? pointer(biases[1]) : 0
    })
    if (rule.kind === 'momentum') {
      values[PLAN.momentum] = rule.momentum
      return
    }
    values[PLAN.beta1] = rule.beta1
    values[PLAN.beta2] = rule.beta2
    values[PLAN.epsilon] = rule.epsilon
    // Adam's m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) for t = step + 1 … step + count, as adamStep
    // computes them for the kernels.
    for (let k = 0; k < count; k++) {
      corrections[2 * k] = 1 - Math.pow(rule.beta1, rule.step + k + 1)
      corrections[2 * k + 1] = 1 - Math.pow(rule.beta2, rule.step + k + 1)
    }
  }
}
