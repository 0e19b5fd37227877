/**
 * Activation functions and their derivatives over a rows × cols batch, four lanes at a time.
 * Leftover elements go through the same vector code one lane at a time, so every element is
 * computed the same way whatever its position. Softmax works row by row.
 */
import { FLOAT, horizontalSum } from './simd'
import { expNonPositive, sigmoidVector, tanhVector } from './vector-math'

/** Activation codes, in the order of the engine's ACTIVATION_NAMES. */
export const SIGMOID: i32 = 0
export const TANH: i32 = 1
export const RELU: i32 = 2
export const LEAKY_RELU: i32 = 3
export const LINEAR: i32 = 4
export const SOFTMAX: i32 = 5

/** a = f(z) for the activation `kind`; `alpha` is leaky-relu's slope below zero. */
export function activationForward(
  kind: i32,
  alpha: f32,
  z: usize,
  a: usize,
  rows: i32,
  cols: i32
): void {
  if (kind == SOFTMAX) {
    for (let i = 0; i < rows; i++) {
      const offset = <usize>i * <usize>cols * FLOAT
      softmaxRow(z + offset, a + offset, cols)
    }
    return
  }
  const count = rows * cols
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const offset = <usize>i * FLOAT
    v128.store(a + offset, forwardVector(kind, alpha, v128.load(z + offset)))
  }
  for (; i < count; i++) {
    const offset = <usize>i * FLOAT
    const value = forwardVector(kind, alpha, f32x4.splat(load<f32>(z + offset)))
    store<f32>(a + offset, f32x4.extract_lane(value, 0))
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
  if (kind == SOFTMAX) {
    for (let i = 0; i < rows; i++) {
      const offset = <usize>i * <usize>cols * FLOAT
      softmaxBackwardRow(a + offset, upstream + offset, out + offset, cols)
    }
    return
  }
  const count = rows * cols
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const offset = <usize>i * FLOAT
    const slope = derivativeVector(kind, alpha, v128.load(z + offset), v128.load(a + offset))
    v128.store(out + offset, f32x4.mul(v128.load(upstream + offset), slope))
  }
  for (; i < count; i++) {
    const offset = <usize>i * FLOAT
    const zLane = f32x4.splat(load<f32>(z + offset))
    const slope = derivativeVector(kind, alpha, zLane, f32x4.splat(load<f32>(a + offset)))
    store<f32>(out + offset, load<f32>(upstream + offset) * f32x4.extract_lane(slope, 0))
  }
}

// @ts-ignore: decorator
@inline
function forwardVector(kind: i32, alpha: f32, z: v128): v128 {
  const zero = f32x4.splat(0)
  switch (kind) {
    case SIGMOID:
      return sigmoidVector(z)
    case TANH:
      return tanhVector(z)
    case RELU:
      // max(0, z), with 0 for NaN like the reference `z > 0 ? z : 0`
      return f32x4.pmax(zero, z)
    case LEAKY_RELU:
      return v128.bitselect(z, f32x4.mul(z, f32x4.splat(alpha)), f32x4.gt(z, zero))
    default:
      return z
  }
}

/** f′ written in terms of z and a = f(z). */
// @ts-ignore: decorator
@inline
function derivativeVector(kind: i32, alpha: f32, z: v128, a: v128): v128 {
  const one = f32x4.splat(1)
  const positive = f32x4.gt(z, f32x4.splat(0))
  switch (kind) {
    case SIGMOID:
      // σ′ = a (1 − a)
      return f32x4.mul(a, f32x4.sub(one, a))
    case TANH:
      // tanh′ = 1 − a²
      return f32x4.sub(one, f32x4.mul(a, a))
    case RELU:
      // 1 for z > 0, else 0 (0 at exactly z = 0)
      return v128.and(positive, one)
    case LEAKY_RELU:
      // 1 for z > 0, else alpha
      return v128.bitselect(one, f32x4.splat(alpha), positive)
    default:
      return one
  }
}

/** softmax(z)ₖ = e^(zₖ − max z) / Σⱼ e^(zⱼ − max z) for one row. */
function softmaxRow(z: usize, a: usize, cols: i32): void {
  let max = -Infinity as f32
  for (let k = 0; k < cols; k++) max = Mathf.max(max, load<f32>(z + <usize>k * FLOAT))
  const shift = f32x4.splat(max)
  let sums = f32x4.splat(0)
  let k = 0
  for (; k + 4 <= cols; k += 4) {
    const offset = <usize>k * FLOAT
    const e = expNonPositive(f32x4.sub(v128.load(z + offset), shift))
    v128.store(a + offset, e)
    sums = f32x4.add(sums, e)
  }
  let sum = horizontalSum(sums)
  for (; k < cols; k++) {
    const offset = <usize>k * FLOAT
    const e = f32x4.extract_lane(expNonPositive(f32x4.splat(load<f32>(z + offset) - max)), 0)
    store<f32>(a + offset, e)
    sum += e
  }
  for (k = 0; k < cols; k++) {
    const offset = <usize>k * FLOAT
    store<f32>(a + offset, load<f32>(a + offset) / sum)
  }
}

/** ∂L/∂zₖ = aₖ (gₖ − Σⱼ gⱼ aⱼ) for one row, with g = ∂L/∂a. */
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
