/**
 * The 128-bit multiply-add peak of the machine as this module sees it (for the benchmark's "% of
 * peak"): twelve independent f32x4 multiply-add chains, enough to cover the instruction's latency
 * on two FMA pipes, and within the 15 vector registers V8 gives WebAssembly on x64.
 */
import { multiplyAdd } from './simd'

/** Runs `iterations` × 12 multiply-adds of four lanes (96 flops each); returns a lane of the sum. */
export function multiplyAddPeak(iterations: i32): f32 {
  const x = f32x4.splat(0.999999)
  const y = f32x4.splat(0.000001)
  let a0 = f32x4.splat(0.1)
  let a1 = f32x4.splat(0.2)
  let a2 = f32x4.splat(0.3)
  let a3 = f32x4.splat(0.4)
  let a4 = f32x4.splat(0.5)
  let a5 = f32x4.splat(0.6)
  let a6 = f32x4.splat(0.7)
  let a7 = f32x4.splat(0.8)
  let a8 = f32x4.splat(0.9)
  let a9 = f32x4.splat(1.0)
  let a10 = f32x4.splat(1.1)
  let a11 = f32x4.splat(1.2)
  for (let i = 0; i < iterations; i++) {
    a0 = multiplyAdd(a0, x, y)
    a1 = multiplyAdd(a1, x, y)
    a2 = multiplyAdd(a2, x, y)
    a3 = multiplyAdd(a3, x, y)
    a4 = multiplyAdd(a4, x, y)
    a5 = multiplyAdd(a5, x, y)
    a6 = multiplyAdd(a6, x, y)
    a7 = multiplyAdd(a7, x, y)
    a8 = multiplyAdd(a8, x, y)
    a9 = multiplyAdd(a9, x, y)
    a10 = multiplyAdd(a10, x, y)
    a11 = multiplyAdd(a11, x, y)
  }
  const sum = f32x4.add(
    f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(a4, a5)),
    f32x4.add(f32x4.add(f32x4.add(a6, a7), f32x4.add(a8, a9)), f32x4.add(a10, a11))
  )
  return f32x4.extract_lane(sum, 0)
}
