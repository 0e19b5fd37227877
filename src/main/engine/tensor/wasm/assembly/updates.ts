/**
 * Whole-array passes over parameters: the optimizers' updates, the L2 term and the finiteness
 * check. Four floats at a time, then the leftovers singly with the same (unfused) operations, so
 * every element is computed alike. Each update also says whether every value it wrote is finite
 * (the training step's divergence check, in the same pass): the lanes of nonFinite or-ed as they
 * pass, a chain of one-cycle ors beside a loop bound by its loads and stores.
 */
import { FLOAT, nonFinite } from './simd'

/**
 * y ← y + scale · x over `count` floats (SGD's θ ← θ − η g with scale −η; g ← g + λW); true
 * when every new y is finite.
 */
export function addScaled(count: i32, scale: f32, x: usize, y: usize): bool {
  const scales = f32x4.splat(scale)
  let seen = i32x4.splat(0)
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const offset = <usize>i * FLOAT
    const product = f32x4.mul(scales, v128.load(x + offset))
    const sum = f32x4.add(v128.load(y + offset), product)
    v128.store(y + offset, sum)
    seen = v128.or(seen, nonFinite(sum))
  }
  for (; i < count; i++) {
    const offset = <usize>i * FLOAT
    const sum = load<f32>(y + offset) + scale * load<f32>(x + offset)
    store<f32>(y + offset, sum)
    seen = v128.or(seen, nonFinite(f32x4.splat(sum)))
  }
  return !v128.any_true(seen)
}

/**
 * Heavy-ball momentum over `count` parameters: v ← μ v + g, then θ ← θ − η v; true when every
 * new θ is finite.
 */
export function momentumStep(
  count: i32,
  learningRate: f32,
  momentum: f32,
  values: usize,
  gradients: usize,
  velocity: usize
): bool {
  const rates = f32x4.splat(learningRate)
  const momenta = f32x4.splat(momentum)
  let seen = i32x4.splat(0)
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const offset = <usize>i * FLOAT
    const decayed = f32x4.mul(momenta, v128.load(velocity + offset))
    const v = f32x4.add(decayed, v128.load(gradients + offset))
    v128.store(velocity + offset, v)
    const value = f32x4.sub(v128.load(values + offset), f32x4.mul(rates, v))
    v128.store(values + offset, value)
    seen = v128.or(seen, nonFinite(value))
  }
  for (; i < count; i++) {
    const offset = <usize>i * FLOAT
    const v = momentum * load<f32>(velocity + offset) + load<f32>(gradients + offset)
    store<f32>(velocity + offset, v)
    const value = load<f32>(values + offset) - learningRate * v
    store<f32>(values + offset, value)
    seen = v128.or(seen, nonFinite(f32x4.splat(value)))
  }
  return !v128.any_true(seen)
}

/**
 * Adam over `count` parameters, with the bias corrections c₁ = 1 − β₁ᵗ, c₂ = 1 − β₂ᵗ:
 *   m ← β₁ m + (1 − β₁) g,   v ← β₂ v + (1 − β₂) g²,   θ ← θ − η (m / c₁) / (√(v / c₂) + ε)
 * True when every new θ is finite.
 */
export function adamStep(
  count: i32,
  learningRate: f32,
  beta1: f32,
  beta2: f32,
  epsilon: f32,
  firstCorrection: f32,
  secondCorrection: f32,
  values: usize,
  gradients: usize,
  firstMoment: usize,
  secondMoment: usize
): bool {
  let seen = i32x4.splat(0)
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const offset = <usize>i * FLOAT
    const g = v128.load(gradients + offset)
    const m = f32x4.add(
      f32x4.mul(f32x4.splat(beta1), v128.load(firstMoment + offset)),
      f32x4.mul(f32x4.splat(1 - beta1), g)
    )
    const v = f32x4.add(
      f32x4.mul(f32x4.splat(beta2), v128.load(secondMoment + offset)),
      f32x4.mul(f32x4.mul(f32x4.splat(1 - beta2), g), g)
    )
    v128.store(firstMoment + offset, m)
    v128.store(secondMoment + offset, v)
    const correctedFirst = f32x4.div(m, f32x4.splat(firstCorrection))
    const correctedSecond = f32x4.div(v, f32x4.splat(secondCorrection))
    const denominator = f32x4.add(f32x4.sqrt(correctedSecond), f32x4.splat(epsilon))
    const change = f32x4.div(f32x4.mul(f32x4.splat(learningRate), correctedFirst), denominator)
    const value = f32x4.sub(v128.load(values + offset), change)
    v128.store(values + offset, value)
    seen = v128.or(seen, nonFinite(value))
  }
  for (; i < count; i++) {
    const offset = <usize>i * FLOAT
    const g = load<f32>(gradients + offset)
    const m = beta1 * load<f32>(firstMoment + offset) + (1 - beta1) * g
    const v = beta2 * load<f32>(secondMoment + offset) + (1 - beta2) * g * g
    store<f32>(firstMoment + offset, m)
    store<f32>(secondMoment + offset, v)
    const denominator = Mathf.sqrt(v / secondCorrection) + epsilon
    const change = (learningRate * (m / firstCorrection)) / denominator
    const value = load<f32>(values + offset) - change
    store<f32>(values + offset, value)
    seen = v128.or(seen, nonFinite(f32x4.splat(value)))
  }
  return !v128.any_true(seen)
}

/** Σ x² over `count` floats, accumulated in f64 (the L2 term sums every weight). */
export function sumOfSquares(count: i32, x: usize): f64 {
  let sums = f64x2.splat(0)
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const values = v128.load(x + <usize>i * FLOAT)
    const low = f64x2.promote_low_f32x4(values)
    const high = f64x2.promote_low_f32x4(i32x4.shuffle(values, values, 2, 3, 0, 1))
    sums = f64x2.add(sums, f64x2.add(f64x2.mul(low, low), f64x2.mul(high, high)))
  }
  let sum = f64x2.extract_lane(sums, 0) + f64x2.extract_lane(sums, 1)
  for (; i < count; i++) {
    const value = <f64>load<f32>(x + <usize>i * FLOAT)
    sum += value * value
  }
  return sum
}

/** Σ |x| over `count` floats, accumulated in f64 (the L1 term sums every weight). */
export function sumOfAbsolutes(count: i32, x: usize): f64 {
  let sums = f64x2.splat(0)
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const values = f32x4.abs(v128.load(x + <usize>i * FLOAT))
    const low = f64x2.promote_low_f32x4(values)
    const high = f64x2.promote_low_f32x4(i32x4.shuffle(values, values, 2, 3, 0, 1))
    sums = f64x2.add(sums, f64x2.add(low, high))
  }
  let sum = f64x2.extract_lane(sums, 0) + f64x2.extract_lane(sums, 1)
  for (; i < count; i++) sum += <f64>Mathf.abs(load<f32>(x + <usize>i * FLOAT))
  return sum
}

/**
 * y ← y + scale · sign(x) over `count` floats, sign(0) = 0 (the L1 subgradient g ← g + λ₁ sign(W)).
 * sign(x) = (x > 0) − (x < 0): the comparisons give lanes of all ones (−1 as an integer), so
 * lt − gt is 1, 0 or −1, converted to a float.
 */
export function addSigns(count: i32, scale: f32, x: usize, y: usize): void {
  const scales = f32x4.splat(scale)
  const zero = f32x4.splat(0)
  let i = 0
  for (; i + 4 <= count; i += 4) {
    const offset = <usize>i * FLOAT
    const values = v128.load(x + offset)
    const signs = f32x4.convert_i32x4_s(
      i32x4.sub(f32x4.lt(values, zero), f32x4.gt(values, zero))
    )
    v128.store(y + offset, f32x4.add(v128.load(y + offset), f32x4.mul(scales, signs)))
  }
  for (; i < count; i++) {
    const offset = <usize>i * FLOAT
    const value = load<f32>(x + offset)
    const sign: f32 = value > 0 ? 1 : value < 0 ? -1 : 0
    store<f32>(y + offset, load<f32>(y + offset) + scale * sign)
  }
}

/**
 * 1 when no float is NaN or ±Infinity (x − x is 0 exactly for finite x), else 0. Four running
 * sums, so the loop is not one chain of dependent adds (an add's latency is three cycles).
 */
export function allFinite(count: i32, x: usize): bool {
  let sums0 = f32x4.splat(0)
  let sums1 = f32x4.splat(0)
  let sums2 = f32x4.splat(0)
  let sums3 = f32x4.splat(0)
  let i = 0
  // NaN stays NaN through a sum, so one check at the end sees any non-finite lane.
  for (; i + 16 <= count; i += 16) {
    const at = x + <usize>i * FLOAT
    const values0 = v128.load(at)
    const values1 = v128.load(at, 16)
    const values2 = v128.load(at, 32)
    const values3 = v128.load(at, 48)
    sums0 = f32x4.add(sums0, f32x4.sub(values0, values0))
    sums1 = f32x4.add(sums1, f32x4.sub(values1, values1))
    sums2 = f32x4.add(sums2, f32x4.sub(values2, values2))
    sums3 = f32x4.add(sums3, f32x4.sub(values3, values3))
  }
  for (; i + 4 <= count; i += 4) {
    const values = v128.load(x + <usize>i * FLOAT)
    sums0 = f32x4.add(sums0, f32x4.sub(values, values))
  }
  const sums = f32x4.add(f32x4.add(sums0, sums1), f32x4.add(sums2, sums3))
  let difference = f32x4.extract_lane(sums, 0) + f32x4.extract_lane(sums, 1)
  difference += f32x4.extract_lane(sums, 2) + f32x4.extract_lane(sums, 3)
  for (; i < count; i++) {
    const value = load<f32>(x + <usize>i * FLOAT)
    difference += value - value
  }
  return difference == 0
}
