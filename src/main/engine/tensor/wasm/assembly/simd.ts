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