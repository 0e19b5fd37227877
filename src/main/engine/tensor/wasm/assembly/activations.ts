/**
 * The elementwise activation functions and their derivatives on four lanes at a time (softmax,
 * row-wise, is in activation-passes.ts with the loops over a batch).
 */
import { expNonPositive, sigmoidVector, tanhVector } from './vector-math'

/** Activation codes, as wasm-kernels.ts names them (one per gelu form). */
export const SIGMOID: i32 = 0
export const TANH: i32 = 1
export const RELU: i32 = 2
export const LEAKY_RELU: i32 = 3
export const LINEAR: i32 = 4
export const SOFTMAX: i32 = 5
export const GELU: i32 = 6
export const GELU_TANH: i32 = 7
export const SILU: i32 = 8

/** √½, 1/√(2π), and √(2/π) and the cubic coefficient of gelu's tanh approximation. */
const SQRT_HALF: f32 = 0.70710678118654752
const INVERSE_SQRT_TWO_PI: f32 = 0.39894228040143268
const TANH_SCALE: f32 = 0.79788456080286536
const TANH_CUBIC: f32 = 0.044715

/** f(z) on four lanes for the activation `kind` (a constant where inlined: no switch is left). */
// @ts-ignore: decorator
@inline
export function forwardVector(kind: i32, alpha: f32, z: v128): v128 {
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
    case GELU:
      // z Φ(z)
      return f32x4.mul(z, normalCdfVector(z, gaussianVector(z)))
    case GELU_TANH:
      // z σ(2u) = ½ z (1 + tanh u)
      return f32x4.mul(z, sigmoidVector(twiceTanhArgument(z)))
    case SILU:
      // z σ(z)
      return f32x4.mul(z, sigmoidVector(z))
    default:
      return z
  }
}

/** f′ written in terms of z and a = f(z), on four lanes (`kind` as in forwardVector). */
// @ts-ignore: decorator
@inline
export function derivativeVector(kind: i32, alpha: f32, z: v128, a: v128): v128 {
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
    case GELU: {
      // Φ(z) + z φ(z), φ(z) = e^(−z²/2)/√(2π)
      const gaussian = gaussianVector(z)
      const density = f32x4.mul(f32x4.splat(INVERSE_SQRT_TWO_PI), gaussian)
      return f32x4.add(normalCdfVector(z, gaussian), f32x4.mul(z, density))
    }
    case GELU_TANH: {
      // s + 2 z s (1 − s) u′ with s = σ(2u), u′ = √(2/π)(1 + 3 · 0.044715 z²)
      const s = sigmoidVector(twiceTanhArgument(z))
      const du = f32x4.mul(
        f32x4.splat(TANH_SCALE),
        f32x4.add(one, f32x4.mul(f32x4.splat(3 * TANH_CUBIC), f32x4.mul(z, z)))
      )
      const spread = f32x4.mul(f32x4.mul(s, f32x4.sub(one, s)), du)
      return f32x4.add(s, f32x4.mul(f32x4.add(z, z), spread))
    }
    case SILU: {
      // σ(z)(1 + z(1 − σ(z)))
      const s = sigmoidVector(z)
      return f32x4.mul(s, f32x4.add(one, f32x4.mul(z, f32x4.sub(one, s))))
    }
    default:
      return one
  }
}

/**
 * e^(−z²/2) without the rounding of z²: z = high + low with high holding 12 bits, so that
 * z²/2 = high²/2 + low (|z| + high)/2 with the first term exact (in the tails z²/2 reaches 87,
 * where rounding it would cost 1e-5 of the result).
 */
// @ts-ignore: decorator
@inline
function gaussianVector(z: v128): v128 {
  const magnitude = f32x4.abs(z)
  const high = v128.and(magnitude, i32x4.splat(0xfffff000))
  const low = f32x4.sub(magnitude, high)
  const minusHalf = f32x4.splat(-0.5)
  const first = expNonPositive(f32x4.mul(f32x4.mul(high, high), minusHalf))
  const second = expNonPositive(f32x4.mul(f32x4.mul(low, f32x4.add(magnitude, high)), minusHalf))
  return f32x4.mul(first, second)
}

/**
 * Φ(z) = ½ erfc(−z/√2), the standard normal CDF, given g = e^(−z²/2). With x = |z|/√2,
 * erfc(x) = t e^(−x²) e^(P(t)), t = 1/(1 + x/2), P of degree 9: a Chebyshev fit of
 * ln(erfc(x) e^(x²)/t) over all x ≥ 0 (the form of Press et al.'s erfcc), under 1.1e-7 off, so
 * erfc is right to about 1e-7 relative in both tails. Φ is ½ erfc(x) for z ≤ 0, else 1 − ½ erfc(x).
 */
// @ts-ignore: decorator
@inline
function normalCdfVector(z: v128, gaussian: v128): v128 {
  const x = f32x4.mul(f32x4.abs(z), f32x4.splat(SQRT_HALF))
  const t = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), f32x4.mul(x, f32x4.splat(0.5))))
  let p = f32x4.splat(0.1708727777)
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-0.8221522344))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(1.488515889))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-1.135204))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.2788680844))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-0.1862880616))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.09678418948))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(0.3740919597))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(1.00002368))
  p = f32x4.add(f32x4.mul(p, t), f32x4.splat(-1.265512225))
  // e^P ≤ 1 up to rounding (P(1) ≈ 3e-8), within expNonPositive's reach
  const halfErfc = f32x4.mul(f32x4.mul(f32x4.mul(f32x4.splat(0.5), t), gaussian), expNonPositive(p))
  return v128.bitselect(
    f32x4.sub(f32x4.splat(1), halfErfc),
    halfErfc,
    f32x4.gt(z, f32x4.splat(0))
  )
}

/** 2u = 2√(2/π)(z + 0.044715 z³), twice the argument of gelu's tanh approximation. */
// @ts-ignore: decorator
@inline
function twiceTanhArgument(z: v128): v128 {
  const cubic = f32x4.mul(f32x4.splat(TANH_CUBIC), f32x4.mul(z, z))
  return f32x4.mul(f32x4.mul(z, f32x4.splat(2 * TANH_SCALE)), f32x4.add(f32x4.splat(1), cubic))
}
