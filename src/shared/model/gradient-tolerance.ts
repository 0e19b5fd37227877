import type { Precision } from './network'

/**
 * How a gradient check judges one backprop gradient b against its central difference n:
 * it passes when |b − n| ≤ atol + rtol · max(|b|, |n|), the test numerical-gradient checks
 * usually apply (numpy's isclose, PyTorch's gradcheck). The engine, the Inspect screen's check,
 * the CLI's `gradcheck` and the lesson on checking gradients all read this one rule.
 */
export interface GradientTolerance {
  /** atol: below this, a difference is rounding, whatever the gradient's size. */
  absolute: number
  /** rtol: by the precision backprop ran in. */
  relative: number
}

/**
 * The relative error |b − n| / max(|b|, |n|, floor) reported beside the verdict divides by at
 * least this, so that two near-zeros are not compared digit by digit.
 */
export const RELATIVE_ERROR_FLOOR = 1e-7

/** The central differences' step ε unless one is given (the CLI's `--epsilon`, the Inspect check). */
export const DEFAULT_CHECK_EPSILON = 1e-5

/** rtol: Float64 backprop agrees to 1e-6 of a gradient, Float32 backprop to 1e-3. */
export const RELATIVE_TOLERANCE: Record<Precision, number> = { f64: 1e-6, f32: 1e-3 }

/** Units in the last place: 2⁻⁵³ in Float64, 2⁻²⁴ in Float32. */
export const UNIT_ROUNDOFF: Record<Precision, number> = { f64: 2 ** -53, f32: 2 ** -24 }

/**
 * The rounding of J, in units of 2⁻⁵³ · max(|J|, 1). J's last digits carry rounding from every
 * sum and logarithm it took (measured on trained MNIST-size networks: up to 17 units); the
 * central difference divides that by 2ε. J is taken as at least 1 because a log-softmax rounds
 * relative to its logits, which stay large when J itself is near 0.
 */
export const COST_ROUNDING_UNITS = 100

/** Float32 backprop's own rounding, in units of 2⁻²⁴ · max(|J|, 1) (measured: under 1). */
export const FLOAT32_BACKPROP_UNITS = 10

/**
 * The tolerance of a check whose central differences were taken in Float64 with step ε on a
 * cost J, for backprop gradients computed in `precision`.
 */
export function gradientTolerance(
  precision: Precision,
  loss: number,
  epsilon: number
): GradientTolerance {
  const scale = Math.max(Math.abs(loss), 1)
  const numericNoise = (COST_ROUNDING_UNITS * UNIT_ROUNDOFF.f64 * scale) / epsilon
  const backpropNoise = precision === 'f32' ? FLOAT32_BACKPROP_UNITS * UNIT_ROUNDOFF.f32 * scale : 0
  return { absolute: numericNoise + backpropNoise, relative: RELATIVE_TOLERANCE[precision] }
}

/** atol + rtol · max(|b|, |n|): how far apart this pair may be. */
export function allowedDifference(
  backprop: number,
  numeric: number,
  tolerance: GradientTolerance
): number {
  return tolerance.absolute + tolerance.relative * Math.max(Math.abs(backprop), Math.abs(numeric))
}
