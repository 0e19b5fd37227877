/**
 * Activation passes over a rows × cols batch, four lanes at a time (the math of each activation
 * is in activations.ts). The activation is chosen once per pass: each case inlines the loop with
 * its code as a constant, so no vector goes through a switch. Leftover elements go through the
 * same vector code one lane at a time, so every element is computed the same way whatever its
 * position. Softmax works row by row.
 */
import {
  derivativeVector,
  forwardVector,
  GELU,
  GELU_TANH,
  LEAKY_RELU,
  LINEAR,
  RELU,
  SIGMOID,
  SILU,
  SOFTMAX,
  TANH
} from './activations'
import { FLOAT, horizontalSum } from './simd'
import { expNonPositive } from './vector-math'

/**
 * z ← z + 1·bᵀ (the biases added to every row), then a = f(z), in one pass over z: the layer's
 * output from its products. `alpha` is leaky-relu's slope below zero.
 */
export function addBiasAndActivate(
  kind: i32,
  alpha: f32,
  z: usize,
  biases: usize,
  a: usize,
  rows: i32,
  cols: i32
): void {
  switch (kind) {
    case SIGMOID: biasAndMap(SIGMOID, alpha, z, biases, a, rows, cols); break
    case TANH: biasAndMap(TANH, alpha, z, biases, a, rows, cols); break
    case RELU: biasAndMap(RELU, alpha, z, biases, a, rows, cols); break
    case LEAKY_RELU: biasAndMap(LEAKY_RELU, alpha, z, biases, a, rows, cols); break
    case SOFTMAX: biasAndSoftmax(z, biases, a, rows, cols); break
    case GELU: biasAndMap(GELU, alpha, z, biases, a, rows, cols); break
    case GELU_TANH: biasAndMap(GELU_TANH, alpha, z, biases, a, rows, cols); break
    case SILU: biasAndMap(SILU, alpha, z, biases, a, rows, cols); break
    default: biasAndMap(LINEAR, alpha, z, biases, a, rows, cols)
  }
}

/**
 * out = ∂L/∂z from upstream = ∂L/∂a, z and a = f(z): upstream ⊙ f′(z), and for softmax the
 * Jacobian-vector product of each row. `out` may be `upstream`.
 */
export function activationBackward(
  kind: i32,
  alpha: f32,
  z: usize,
  a: usize,
  upstream: usize,
  out: usize,
  rows: i32,
  cols: i32
): void {
  const count = rows * cols
  switch (kind) {
    case SIGMOID: mapBackward(SIGMOID, alpha, z, a, upstream, out, count); break
    case TANH: mapBackward(TANH, alpha, z, a, upstream, out, count); break
    case RELU: mapBackward(RELU, alpha, z, a, upstream, out, count); break
    case LEAKY_RELU: mapBackward(LEAKY_RELU, alpha, z, a, upstream, out, count); break
    case SOFTMAX: softmaxBackward(a, upstream, out, rows, cols); break
    case GELU: mapBackward(GELU, alpha, z, a, upstream, out, count); break
    case GELU_TANH: mapBackward(GELU_TANH, alpha, z, a, upstream, out, count); break
    case SILU: mapBackward(SILU, alpha, z, a, upstream, out, count); break
    default: mapBackward(LINEAR, alpha, z, a, upstream, out, count)
  }
}

/**
 * z ← z + b and a = f(z) row by row, for an elementwise f (`kind` a constant once inlined). Rows
 * narrower than a vector (a single output unit) take their biases first, then f goes over the
 * whole batch four lanes at a time.
 */
// @ts-ignore: decorator
@inline
function biasAndMap(
  kind: i32,
  alpha: f32,
  z: usize,
  biases: usize,
  a: usize,
  rows: i32,
  cols: i32
): void {
  if (cols < 4) {
    for (let i = 0; i < rows; i++) {
      const zRow = z + <usize>i * <usize>cols * FLOAT
      for (let j = 0; j < cols; j++) {
        const at = <usize>j * FLOAT
        store<f32>(zRow + at, load<f32>(zRow + at) + load<f32>(biases + at))
      }
    }
    mapForward(kind, alpha, z, a, rows * cols)
    return
  }
  for (let i = 0; i < rows; i++) {
    const zRow = z + <usize>i * <usize>cols * FLOAT
    const aRow = a + <usize>i * <usize>cols * FLOAT
    let j = 0
    for (; j + 4 <= cols; j += 4) {
      const at = <usize>j * FLOAT
      const sum = f32x4.add(v128.load(zRow + at), v128.load(biases + at))
      v128.store(zRow + at, sum)
      v128.store(aRow + at, forwardVector(kind, alpha, sum))
    }
    for (; j < cols; j++) {
      const at = <usize>j * FLOAT
      const sum = load<f32>(zRow + at) + load<f32>(biases + at)
      store<f32>(zRow + at, sum)
      store<f32>(aRow + at, f32x4.extract_lane(forwardVector(kind, alpha, f32x4.splat(sum)), 0))
    }
  }
}

/** a = f(z) over `count` elements (`kind` a constant once inlined). */
// @ts-ignore: decorator
@inline
function mapForward(kind: i32, alpha: f32, z: usize, a: usize, count: i32): void {
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const at = <usize>i * FLOAT
    v128.store(a + at, forwardVector(kind, alpha, v128.load(z + at)))
  }
  for (; i < count; i++) {
    const at = <usize>i * FLOAT
    const value = forwardVector(kind, alpha, f32x4.splat(load<f32>(z + at)))
    store<f32>(a + at, f32x4.extract_lane(value, 0))
  }
}

/** upstream ⊙ f′(z) over `count` elements (`kind` a constant once inlined). */
// @ts-ignore: decorator
@inline
function mapBackward(
  kind: i32,
  alpha: f32,
  z: usize,
  a: usize,
  upstream: usize,
  out: usize,
  count: i32
): void {
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const at = <usize>i * FLOAT
    const slope = derivativeVector(kind, alpha, v128.load(z + at), v128.load(a + at))
    v128.store(out + at, f32x4.mul(v128.load(upstream + at), slope))
  }
  for (; i < count; i++) {
    const at = <usize>i * FLOAT
    const zLane = f32x4.splat(load<f32>(z + at))
    const slope = derivativeVector(kind, alpha, zLane, f32x4.splat(load<f32>(a + at)))
    store<f32>(out + at, load<f32>(upstream + at) * f32x4.extract_lane(slope, 0))
  }
}

/** z ← z + b, then a = softmax(z), row by row. */
function biasAndSoftmax(z: usize, biases: usize, a: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    const offset = <usize>i * <usize>cols * FLOAT
    biasAndMap(LINEAR, 0, z + offset, biases, z + offset, 1, cols)
    softmaxRow(z + offset, a + offset, cols)
  }
}

/**
 * softmax(z)ₖ = e^(zₖ − max z) / Σⱼ e^(zⱼ − max z) for one row. A row of four or more whose
 * width is not a multiple of four takes its last four values as one more vector: the lanes it
 * shares with the vector before get the same values again and are masked out of the sum.
 */
function softmaxRow(z: usize, a: usize, cols: i32): void {
  const whole = cols & ~3
  // max z: a maximum is exact, so the vectors and the leftovers may be taken in any order
  let maxima = f32x4.splat(-Infinity)
  for (let k = 0; k < whole; k += 4) maxima = f32x4.max(maxima, v128.load(z + <usize>k * FLOAT))
  let max = Mathf.max(
    Mathf.max(f32x4.extract_lane(maxima, 0), f32x4.extract_lane(maxima, 1)),
    Mathf.max(f32x4.extract_lane(maxima, 2), f32x4.extract_lane(maxima, 3))
  )
  for (let k = whole; k < cols; k++) max = Mathf.max(max, load<f32>(z + <usize>k * FLOAT))
  const shift = f32x4.splat(max)
  // The last four values' e^(zₖ − max z), read before a (which may be z) is written.
  const last = <usize>(cols - 4) * FLOAT
  const lastExps = cols >= 4 ? expNonPositive(f32x4.sub(v128.load(z + last), shift)) : shift
  let sums = f32x4.splat(0)
  for (let k = 0; k < whole; k += 4) {
    const at = <usize>k * FLOAT
    const e = expNonPositive(f32x4.sub(v128.load(z + at), shift))
    v128.store(a + at, e)
    sums = f32x4.add(sums, e)
  }
  let sum: f32 = 0
  if (cols >= 4 && whole < cols) {
    v128.store(a + last, lastExps)
    // lanes 4 − (cols − whole) … 3 are the leftovers
    const fresh = i32x4.gt_s(i32x4(0, 1, 2, 3), i32x4.splat(3 - (cols - whole)))
    sums = f32x4.add(sums, v128.and(lastExps, fresh))
  } else {
    for (let k = whole; k < cols; k++) {
      const at = <usize>k * FLOAT
      const e = f32x4.extract_lane(expNonPositive(f32x4.splat(load<f32>(z + at) - max)), 0)
      store<f32>(a + at, e)
      sum += e
    }
  }
  sum += horizontalSum(sums)
  const sums4 = f32x4.splat(sum)
  let k = 0
  for (; k < whole; k += 4) {
    const at = <usize>k * FLOAT
    v128.store(a + at, f32x4.div(v128.load(a + at), sums4))
  }
  for (; k < cols; k++) {
    const at = <usize>k * FLOAT
    store<f32>(a + at, load<f32>(a + at) / sum)
  }
}

/** ∂L/∂zₖ = aₖ (gₖ − Σⱼ gⱼ aⱼ) for each row, with g = ∂L/∂a. */
function softmaxBackward(a: usize, upstream: usize, out: usize, rows: i32, cols: i32): void {
  for (let i = 0; i < rows; i++) {
    const offset = <usize>i * <usize>cols * FLOAT
    softmaxBackwardRow(a + offset, upstream + offset, out + offset, cols)
  }
}

/** ∂L/∂zₖ = aₖ (gₖ − Σⱼ gⱼ aⱼ) for one row. */
function softmaxBackwardRow(a: usize, upstream: usize, out: usize, cols: i32): void {
  let dots = f32x4.splat(0)
  let k = 0
  for (; k + 4 <= cols; k += 4) {
    const offset = <usize>k * FLOAT
    dots = f32x4.add(dots, f32x4.mul(v128.load(upstream + offset), v128.load(a + offset)))
  }
  let dot = horizontalSum(dots)
  for (; k < cols; k++) {
    const offset = <usize>k * FLOAT
    dot += load<f32>(upstream + offset) * load<f32>(a + offset)
  }
  for (k = 0; k < cols; k++) {
    const offset = <usize>k * FLOAT
    const value = load<f32>(a + offset) * (load<f32>(upstream + offset) - dot)
    store<f32>(out + offset, value)
  }
}
