/**
 * Small SIMD helpers shared by the kernels. `RELAXED` is a compile-time constant set by the build
 * (`--use RELAXED=1`): the relaxed build uses fused multiply-add where the machine has it.
 */

/** acc + x · y, lane by lane (one fused multiply-add in the relaxed build). */
// @ts-ignore: decorator
@inline
export function multiplyAdd(x: v128, y: v128, acc: v128): v128 {
  return RELAXED ? f32x4.relaxed_madd(x, y, acc) : f32x4.add(f32x4.mul(x, y), acc)
}

/** x₀ + x₁ + x₂ + x₃ of one vector. */
// @ts-ignore: decorator
@inline
export function horizontalSum(x: v128): f32 {
  return (
    f32x4.extract_lane(x, 0) +
    f32x4.extract_lane(x, 1) +
    (f32x4.extract_lane(x, 2) + f32x4.extract_lane(x, 3))
  )
}

/** Bytes per f32. */
export const FLOAT: usize = 4

/**
 * The 4 × 4 block at `from` (rows `fromStride` bytes apart), turned and scaled, at `to` (rows
 * `toStride` apart): to[c][r] = scale · from[r][c]. Returns nonFinite of the block's values,
 * or-ed by lane (unused results cost nothing once inlined).
 */
// @ts-ignore: decorator
@inline
export function storeTurned(from: usize, fromStride: usize, to: usize, toStride: usize, scale: v128): v128 {
  const r0 = v128.load(from)
  const r1 = v128.load(from + fromStride)
  const r2 = v128.load(from + 2 * fromStride)
  const r3 = v128.load(from + 3 * fromStride)
  storeColumns(r0, r1, r2, r3, to, toStride, scale, true)
  return v128.or(v128.or(nonFinite(r0), nonFinite(r1)), v128.or(nonFinite(r2), nonFinite(r3)))
}

/**
 * storeTurned unscaled: to[c][r] = from[r][c]. Returns `check` + Σ_r from[r] · 0, lane by lane:
 * a finite value times 0 is ±0, which leaves the sum as it was, while ±∞ · 0 and NaN · 0 are NaN
 * and stay NaN, so `check` (started at 0) ends NaN in a lane exactly where some value copied
 * was not finite. Six operations a block, where nonFinite takes three a vector.
 */
// @ts-ignore: decorator
@inline
export function copyTurned(
  from: usize,
  fromStride: usize,
  to: usize,
  toStride: usize,
  check: v128
): v128 {
  const r0 = v128.load(from)
  const r1 = v128.load(from + fromStride)
  const r2 = v128.load(from + 2 * fromStride)
  const r3 = v128.load(from + 3 * fromStride)
  storeColumns(r0, r1, r2, r3, to, toStride, check, false)
  // Two short sums, then one add onto `check`: a chain through all four rows would make each
  // block wait for the last one's multiply-adds.
  const zero = f32x4.splat(0)
  const upper = multiplyAdd(r1, zero, f32x4.mul(r0, zero))
  return f32x4.add(check, f32x4.add(upper, multiplyAdd(r3, zero, f32x4.mul(r2, zero))))
}

/**
 * Column c of the rows r0 … r3 at to + c · toStride, times `scale` where `scaled` (a constant
 * once inlined, so the unscaled copy has no multiplies): pairs of rows interleaved, then pairs
 * of pairs put column c in lanes 0 … 3.
 */
// @ts-ignore: decorator
@inline
function storeColumns(
  r0: v128,
  r1: v128,
  r2: v128,
  r3: v128,
  to: usize,
  toStride: usize,
  scale: v128,
  scaled: bool
): void {
  const t0 = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5)
  const t1 = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7)
  const t2 = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5)
  const t3 = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7)
  const c0 = v128.shuffle<f32>(t0, t2, 0, 1, 4, 5)
  const c1 = v128.shuffle<f32>(t0, t2, 2, 3, 6, 7)
  const c2 = v128.shuffle<f32>(t1, t3, 0, 1, 4, 5)
  const c3 = v128.shuffle<f32>(t1, t3, 2, 3, 6, 7)
  v128.store(to, scaled ? f32x4.mul(scale, c0) : c0)
  v128.store(to + toStride, scaled ? f32x4.mul(scale, c1) : c1)
  v128.store(to + 2 * toStride, scaled ? f32x4.mul(scale, c2) : c2)
  v128.store(to + 3 * toStride, scaled ? f32x4.mul(scale, c3) : c3)
}

/** All ones in the lanes of x that are ±∞ or NaN (their exponent bits all ones), else zeros. */
// @ts-ignore: decorator
@inline
export function nonFinite(x: v128): v128 {
  const exponent = i32x4.splat(0x7f800000)
  return i32x4.eq(v128.and(x, exponent), exponent)
}
