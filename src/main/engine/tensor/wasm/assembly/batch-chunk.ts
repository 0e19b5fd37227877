/**
 * Whole chunks of mini-batch steps in one call, for networks whose step takes a few microseconds
 * (where crossing from JavaScript into WebAssembly forty times a batch costs more than the math).
 * Each batch goes through exactly the calls the engine makes one at a time through the kernels
 * interface (engine/trainer.ts, network.ts, losses.ts, optimizers/), with the same arguments, so
 * the results are bit for bit those of per-batch stepping:
 *   gather → z(l) = a(l−1) W(l)ᵀ + b(l), a(l) = f(z(l)) → record z(L), a(L), y (the loss itself is
 *   computed in JavaScript from the record, with the engine's own loss code), the L1 and L2 sums
 *   and the correct count → δ(L) → per layer ∂J/∂W (+ λ₁ sign(W) + λW), ∂J/∂b, δ(l−1) → the
 *   optimizer's update → finiteness.
 *
 * The plan is a block of i32/f32 slots the JavaScript side writes (engine/tensor/wasm/
 * chunk-runner.ts has the same layout); byte offsets here:
 *   0 layers          4 capacity        8 input kind (0 f32, 1 bytes)   12 inputs
 *   16 input columns  20 byte scale     24 byte offset                  28 targets
 *   32 order          36 order length   40 position (in/out)            44 batch inputs
 *   48 batch targets  52 row indices    56 loss (0 half-squared-error, 1 binary-, 2 cross-entropy)
 *   60 fused (1: δ(L) = a − y)          64 optimizer (0 sgd, 1 momentum, 2 adam)
 *   68 classification 72 L2 on          76 records        80 record bytes
 *   84 Adam's bias corrections (f32 pairs, one per batch)  88 status (out)  92 gemm scratch
 *   96 learning rate (f32)  100 momentum  104 β₁  108 β₂  112 ε  116 λ (f32)  120 λ₁ (f32)
 *   124 L1 on
 *   128 + 80 l: layer l: 0 inputs, 4 units, 8 activation, 12 alpha (f32), 16 W, 20 b, 24 ∂W, 28 ∂b,
 *     32 z, 36 a, 40 δ, 44 W trainable, 48 b trainable, 52/56 W's optimizer slots, 60/64 b's
 * A record per batch: 0 size (i32), 4 correct (i32), 8 Σₗ ‖W(l)‖² and 16 Σₗ Σ|W(l)| before the
 * update (f64), then from RECORD_HEADER z(L), a(L) and the batch's targets, each capacity × units
 * f32.
 */
import { activationBackward, addBiasAndActivate } from './activation-passes'
import { gatherBytes, gatherFloats } from './gather'
import { gemm, gemmPath } from './gemm'
import { countCorrect } from './classes'
import { columnSums } from './rows'
import { FLOAT } from './simd'
import {
  adamStep,
  addScaled,
  addSigns,
  allFinite,
  momentumStep,
  sumOfAbsolutes,
  sumOfSquares
} from './updates'

const LAYERS: usize = 128
const LAYER_BYTES: usize = 80
/** Bytes of a record before its z(L) (chunk-runner.ts has the same). */
const RECORD_HEADER: usize = 24
/** Probabilities are clipped to [ε, 1 − ε] before a log (engine/losses.ts, LOG_EPSILON). */
const LOG_EPSILON: f64 = 1e-12

/** Status: every batch done; the outputs of the last recorded batch were not finite (it was not
 * updated); or the parameters were not finite after the last batch's update. */
export const CHUNK_DONE: i32 = 0
export const CHUNK_OUTPUTS_NOT_FINITE: i32 = 1
export const CHUNK_PARAMETERS_NOT_FINITE: i32 = 2

/**
 * Trains up to `batches` batches from the plan's position in its order (stopping at the order's
 * end); returns how many were updated, and leaves the status and the new position in the plan.
 */
export function trainChunk(plan: usize, batches: i32): i32 {
  store<i32>(plan, CHUNK_DONE, 88)
  for (let k = 0; k < batches; k++) {
    const position = load<i32>(plan, 40)
    const size = min(load<i32>(plan, 4), load<i32>(plan, 36) - position)
    if (size <= 0) return k
    const record = <usize>load<i32>(plan, 76) + <usize>(k * load<i32>(plan, 80))
    gatherBatch(plan, position, size)
    forwardBatch(plan, size)
    if (!recordOutputs(plan, size, record, k)) {
      store<i32>(plan, CHUNK_OUTPUTS_NOT_FINITE, 88)
      return k
    }
    backwardBatch(plan, size)
    const finite = update(plan, k)
    store<i32>(plan, position + size, 40)
    if (!finite) {
      store<i32>(plan, CHUNK_PARAMETERS_NOT_FINITE, 88)
      return k + 1
    }
  }
  return batches
}

// @ts-ignore: decorator
@inline
function layerAt(plan: usize, l: i32): usize {
  return plan + LAYERS + <usize>l * LAYER_BYTES
}

/** The batch's rows: order[position …] into the row indices, then inputs and targets gathered. */
function gatherBatch(plan: usize, position: i32, size: i32): void {
  const rowIndices = <usize>load<i32>(plan, 52)
  memory.copy(rowIndices, <usize>load<i32>(plan, 32) + <usize>position * 4, <usize>size * 4)
  const cols = load<i32>(plan, 16)
  const inputs = <usize>load<i32>(plan, 12)
  const batchInputs = <usize>load<i32>(plan, 44)
  if (load<i32>(plan, 8) == 1) {
    const scale = <usize>load<i32>(plan, 20)
    const offset = <usize>load<i32>(plan, 24)
    gatherBytes(inputs, cols, rowIndices, size, scale, offset, batchInputs)
  } else {
    gatherFloats(inputs, cols, rowIndices, size, batchInputs)
  }
  const outputs = load<i32>(layerAt(plan, load<i32>(plan) - 1), 4)
  gatherFloats(<usize>load<i32>(plan, 28), outputs, rowIndices, size, <usize>load<i32>(plan, 48))
}

/** z(l) = a(l−1) W(l)ᵀ + b(l), a(l) = f(z(l)) for every layer (network.ts, forward). */
function forwardBatch(plan: usize, size: i32): void {
  let previous = <usize>load<i32>(plan, 44)
  const scratch = <usize>load<i32>(plan, 92)
  for (let l = 0; l < load<i32>(plan); l++) {
    const layer = layerAt(plan, l)
    const inputs = load<i32>(layer)
    const units = load<i32>(layer, 4)
    const z = <usize>load<i32>(layer, 32)
    const a = <usize>load<i32>(layer, 36)
    const weights = <usize>load<i32>(layer, 16)
    const path = gemmPath(false, true, size, units, inputs)
    gemm(path, false, true, size, units, inputs, 1, previous, inputs, weights, inputs, 0, z, units, scratch)
    const biases = <usize>load<i32>(layer, 20)
    addBiasAndActivate(load<i32>(layer, 8), load<f32>(layer, 12), z, biases, a, size, units)
    previous = a
  }
}

/**
 * Writes the batch's record (size, outputs, targets, correct count, L2 sum); false when z(L) or
 * a(L) holds a NaN or an infinity, which is exactly when the engine's J is not finite.
 */
function recordOutputs(plan: usize, size: i32, record: usize, k: i32): bool {
  const last = layerAt(plan, load<i32>(plan) - 1)
  const units = load<i32>(last, 4)
  const capacityBytes = <usize>(load<i32>(plan, 4) * units) * FLOAT
  const count = size * units
  const z = <usize>load<i32>(last, 32)
  const a = <usize>load<i32>(last, 36)
  const targets = <usize>load<i32>(plan, 48)
  const bytes = <usize>count * FLOAT
  store<i32>(record, size)
  memory.copy(record + RECORD_HEADER, z, bytes)
  memory.copy(record + RECORD_HEADER + capacityBytes, a, bytes)
  memory.copy(record + RECORD_HEADER + 2 * capacityBytes, targets, bytes)
  if (!allFinite(count, z) || !allFinite(count, a)) return false
  store<i32>(record, load<i32>(plan, 68) != 0 ? countCorrect(a, targets, size, units) : 0, 4)
  // λ₁ Σ|W| + (λ/2) Σₗ ‖W(l)‖² is taken in JavaScript from these sums, added in layer order as
  // there (network.ts, weightPenalty).
  const decay = load<i32>(plan, 72) != 0
  const sparsity = load<i32>(plan, 124) != 0
  let squares: f64 = 0
  let absolutes: f64 = 0
  for (let l = 0; l < load<i32>(plan); l++) {
    const layer = layerAt(plan, l)
    const count = load<i32>(layer) * load<i32>(layer, 4)
    const weights = <usize>load<i32>(layer, 16)
    if (sparsity) absolutes += sumOfAbsolutes(count, weights)
    if (decay) squares += sumOfSquares(count, weights)
  }
  store<f64>(record, squares, 8)
  store<f64>(record, absolutes, 16)
  return true
}

/**
 * δ(L), then per layer from the last: ∂J/∂W(l) = (1/m) δ(l)ᵀ a(l−1) (+ λ₁ sign(W(l)), sign(0) = 0)
 * (+ λ W(l)),
 * ∂J/∂b(l) = (1/m) Σᵢ δ(l)ᵢ, δ(l−1) = δ(l) W(l) ⊙ f′(z(l−1)) (network.ts, backward).
 */
function backwardBatch(plan: usize, size: i32): void {
  const layers = load<i32>(plan)
  outputDelta(plan, layerAt(plan, layers - 1), size)
  const scratch = <usize>load<i32>(plan, 92)
  const inverse = <f32>(1.0 / <f64>size)
  const decay = load<i32>(plan, 72) != 0
  const sparsity = load<i32>(plan, 124) != 0
  for (let l = layers - 1; l >= 0; l--) {
    const layer = layerAt(plan, l)
    const inputs = load<i32>(layer)
    const units = load<i32>(layer, 4)
    const delta = <usize>load<i32>(layer, 40)
    const weights = <usize>load<i32>(layer, 16)
    const weightGradients = <usize>load<i32>(layer, 24)
    const previous = l == 0 ? <usize>load<i32>(plan, 44) : <usize>load<i32>(layerAt(plan, l - 1), 36)
    const path = gemmPath(true, false, units, inputs, size)
    gemm(path, true, false, units, inputs, size, inverse, delta, units, previous, inputs, 0,
      weightGradients, inputs, scratch)
    if (sparsity) addSigns(units * inputs, load<f32>(plan, 120), weights, weightGradients)
    if (decay) addScaled(units * inputs, load<f32>(plan, 116), weights, weightGradients)
    columnSums(delta, size, units, <usize>load<i32>(layer, 28), inverse)
    if (l > 0) {
      const below = layerAt(plan, l - 1)
      const previousDelta = <usize>load<i32>(below, 40)
      const belowPath = gemmPath(false, false, size, inputs, units)
      gemm(belowPath, false, false, size, inputs, units, 1, delta, units, weights, inputs, 0,
        previousDelta, inputs, scratch)
      activationBackward(load<i32>(below, 8), load<f32>(below, 12), <usize>load<i32>(below, 32),
        <usize>load<i32>(below, 36), previousDelta, previousDelta, size, inputs)
    }
  }
}

/**
 * δ(L) = ∂Lᵢ/∂z(L) (losses.ts, outputDelta): a − y where the output activation matches the loss;
 * otherwise ∂L/∂a, computed in f64 as the JavaScript does and stored as f32, times f′(z(L)).
 */
function outputDelta(plan: usize, layer: usize, size: i32): void {
  const count = size * load<i32>(layer, 4)
  const z = <usize>load<i32>(layer, 32)
  const a = <usize>load<i32>(layer, 36)
  const delta = <usize>load<i32>(layer, 40)
  const targets = <usize>load<i32>(plan, 48)
  const loss = load<i32>(plan, 56)
  for (let i = 0; i < count; i++) {
    const at = <usize>i * FLOAT
    const output = load<f32>(a + at)
    const target = load<f32>(targets + at)
    let gradient: f32
    if (load<i32>(plan, 60) != 0 || loss == 0) {
      gradient = output - target
    } else {
      const p = min(max(<f64>output, LOG_EPSILON), 1 - LOG_EPSILON)
      // binary cross-entropy: (a − y) / (a (1 − a)); cross-entropy: −y / a
      gradient = loss == 1 ? <f32>((p - <f64>target) / (p * (1 - p))) : <f32>(-<f64>target / p)
    }
    store<f32>(delta + at, gradient)
  }
  if (load<i32>(plan, 60) == 0) {
    const units = load<i32>(layer, 4)
    activationBackward(load<i32>(layer, 8), load<f32>(layer, 12), z, a, delta, delta, size, units)
  }
}

/**
 * The optimizer's update of every trainable W(l) and b(l), in that order (optimizers/*.ts); true
 * when every value it wrote is finite (trainer.ts checks the same after each update).
 */
function update(plan: usize, k: i32): bool {
  let finite = true
  const kind = load<i32>(plan, 64)
  const rate = load<f32>(plan, 96)
  const corrections = <usize>load<i32>(plan, 84) + <usize>k * 8
  for (let l = 0; l < load<i32>(plan); l++) {
    const layer = layerAt(plan, l)
    const units = load<i32>(layer, 4)
    for (let part = 0; part < 2; part++) {
      const at = layer + <usize>part * 4
      if (load<i32>(at, 44) == 0) continue
      const count = part == 0 ? units * load<i32>(layer) : units
      const values = <usize>load<i32>(at, 16)
      const gradients = <usize>load<i32>(at, 24)
      const slots = layer + <usize>part * 8
      const first = <usize>load<i32>(slots, 52)
      if (kind == 0) {
        finite = addScaled(count, -rate, gradients, values) && finite
      } else if (kind == 1) {
        finite = momentumStep(count, rate, load<f32>(plan, 100), values, gradients, first) && finite
      } else {
        finite = adamStep(count, rate, load<f32>(plan, 104), load<f32>(plan, 108), load<f32>(plan, 112),
          load<f32>(corrections), load<f32>(corrections, 4), values, gradients, first,
          <usize>load<i32>(slots, 56)) && finite
      }
    }
  }
  return finite
}

