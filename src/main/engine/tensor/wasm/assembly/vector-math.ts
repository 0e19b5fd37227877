/**
 * exp, σ and tanh on four f32 lanes at once. exp follows Cephes' expf: split x = n ln 2 + r with
 * |r| ≤ ½ ln 2, approximate eʳ by a degree-6 polynomial, and scale by 2ⁿ through the exponent
 * bits. Relative error is about 1e-7 over the whole range, like a correctly rounded f32.
 */

const LOG2_E: f32 = 1.44269504088896341
/** ln 2 split in two, so n · ln 2 is subtracted without rounding error (Cody–Waite). */
const LN2_HIGH: f32 = 0.693359375
const LN2_LOW: f32 = -2.12194440e-4
/** Below ln(2⁻¹²⁶) the result is under the smallest normal f32 and is returned as 0. */
const EXP_UNDERFLOW: f32 = -87.33654

/** eˣ for x ≤ 0 (the only arguments σ, tanh and softmax need): no overflow to guard. */
// @ts-ignore: decorator
@inline
export function expNonPositive(x: v128): v128 {
  const underflow = f32x4.lt(x, f32x4.splat(EXP_UNDERFLOW))
  const clamped = f32x4.pmax(x, f32x4.splat(EXP_UNDERFLOW))
  // n = round(x / ln 2), r = x − n ln 2
  const n = f32x4.floor(f32x4.add(f32x4.mul(clamped, f32x4.splat(LOG2_E)), f32x4.splat(0.5)))
  let r = f32x4.sub(clamped, f32x4.mul(n, f32x4.splat(LN2_HIGH)))
  r = f32x4.sub(r, f32x4.mul(n, f32x4.splat(LN2_LOW)))
  // eʳ ≈ 1 + r + r² P(r)
  let p = f32x4.splat(1.9875691500e-4)
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.3981999507e-3))
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(8.3334519073e-3))
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(4.1665795894e-2))
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(1.6666665459e-1))
  p = f32x4.add(f32x4.mul(p, r), f32x4.splat(5.0000001201e-1))
  const expR = f32x4.add(f32x4.add(f32x4.mul(p, f32x4.mul(r, r)), r), f32x4.splat(1))
  // 2ⁿ from the exponent field: (n + 127) << 23
  const twoToN = i32x4.shl(i32x4.add(i32x4.trunc_sat_f32x4_s(n), i32x4.splat(127)), 23)
  return v128.andnot(f32x4.mul(expR, twoToN), underflow)
}

/** σ(z) = 1 / (1 + e^(−z)), as e^(−|z|) / (1 + e^(−|z|)) for z < 0 so nothing overflows. */
// @ts-ignore: decorator
@inline
export function sigmoidVector(z: v128): v128 {
  const e = expNonPositive(f32x4.neg(f32x4.abs(z)))
  const positive = f32x4.div(f32x4.splat(1), f32x4.add(f32x4.splat(1), e))
  return v128.bitselect(positive, f32x4.mul(e, positive), f32x4.ge(z, f32x4.splat(0)))
}

/**
 * tanh(z): for |z| < 0.625 Cephes' odd polynomial z + z³ P(z²) (no cancellation near 0);
 * beyond, (1 − e^(−2|z|)) / (1 + e^(−2|z|)) with z's sign.
 */
// @ts-ignore: decorator
@inline
export function tanhVector(z: v128): v128 {
  const magnitude = f32x4.abs(z)
  const z2 = f32x4.mul(z, z)
  let p = f32x4.splat(-5.70498872745e-3)
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(2.06390887954e-2))
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(-5.37397155531e-2))
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(1.33314422036e-1))
  p = f32x4.add(f32x4.mul(p, z2), f32x4.splat(-3.33332819422e-1))
  const small = f32x4.add(f32x4.mul(f32x4.mul(p, z2), z), z)
  const e = expNonPositive(f32x4.mul(magnitude, f32x4.splat(-2)))
  const large = f32x4.div(f32x4.sub(f32x4.splat(1), e), f32x4.add(f32x4.splat(1), e))
  const signedLarge = v128.or(large, v128.and(z, f32x4.splat(-0.0)))
  return v128.bitselect(small, signedLarge, f32x4.lt(magnitude, f32x4.splat(0.625)))
}
