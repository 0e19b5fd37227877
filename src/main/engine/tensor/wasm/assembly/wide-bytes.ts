/**
 * The one-pass wide step's inner loops for pixel bytes and one unit (logistic regression on
 * photos), with each byte widened to f32 in registers right before its multiply-add: 16 bytes of
 * each of a block's 4 rows at a time, against 4 vectors of (folded) weights or of the gradient.
 * (wide-layer.ts widens a segment into memory instead when a layer has several units, which then
 * all read it.)
 */
import { FLOAT, multiplyAdd } from './simd'

/** The four f32x4 of 16 bytes' integer values (the signed conversion is exact for bytes). */
// @ts-ignore: decorator
@inline
function widen0(packed: v128): v128 {
  return f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(i16x8.extend_low_i8x16_u(packed)))
}
// @ts-ignore: decorator
@inline
function widen1(packed: v128): v128 {
  return f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(i16x8.extend_low_i8x16_u(packed)))
}
// @ts-ignore: decorator
@inline
function widen2(packed: v128): v128 {
  return f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(i16x8.extend_high_i8x16_u(packed)))
}
// @ts-ignore: decorator
@inline
function widen3(packed: v128): v128 {
  return f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(i16x8.extend_high_i8x16_u(packed)))
}

/** acc + the 16 widened bytes at `row` times the 4 vectors w0 … w3. */
// @ts-ignore: decorator
@inline
function dot16(row: usize, w0: v128, w1: v128, w2: v128, w3: v128, acc: v128): v128 {
  const packed = v128.load(row)
  acc = multiplyAdd(widen0(packed), w0, acc)
  acc = multiplyAdd(widen1(packed), w1, acc)
  acc = multiplyAdd(widen2(packed), w2, acc)
  return multiplyAdd(widen3(packed), w3, acc)
}

/**
 * Into `slots` (4 v128, one per row, as wide-layer.ts keeps its accumulators): the partial dot
 * products of the byte rows r0 … r3 with the `cols` weights at w, lanes to be summed.
 */
export function dotByteRows(
  w: usize,
  r0: usize,
  r1: usize,
  r2: usize,
  r3: usize,
  cols: i32,
  slots: usize,
  slotBytes: usize
): void {
  let acc0 = f32x4.splat(0)
  let acc1 = f32x4.splat(0)
  let acc2 = f32x4.splat(0)
  let acc3 = f32x4.splat(0)
  let k = 0
  for (; k + 16 <= cols; k += 16) {
    const at = w + <usize>k * FLOAT
    const w0 = v128.load(at)
    const w1 = v128.load(at, 16)
    const w2 = v128.load(at, 32)
    const w3 = v128.load(at, 48)
    const column = <usize>k
    acc0 = dot16(r0 + column, w0, w1, w2, w3, acc0)
    acc1 = dot16(r1 + column, w0, w1, w2, w3, acc1)
    acc2 = dot16(r2 + column, w0, w1, w2, w3, acc2)
    acc3 = dot16(r3 + column, w0, w1, w2, w3, acc3)
  }
  // The last columns (cols not a multiple of 16) go into lane 0.
  for (; k < cols; k++) {
    const weight = load<f32>(w + <usize>k * FLOAT)
    acc0 = f32x4.replace_lane(acc0, 0, f32x4.extract_lane(acc0, 0) + <f32>load<u8>(r0 + <usize>k) * weight)
    acc1 = f32x4.replace_lane(acc1, 0, f32x4.extract_lane(acc1, 0) + <f32>load<u8>(r1 + <usize>k) * weight)
    acc2 = f32x4.replace_lane(acc2, 0, f32x4.extract_lane(acc2, 0) + <f32>load<u8>(r2 + <usize>k) * weight)
    acc3 = f32x4.replace_lane(acc3, 0, f32x4.extract_lane(acc3, 0) + <f32>load<u8>(r3 + <usize>k) * weight)
  }
  v128.store(slots, acc0)
  v128.store(slots + slotBytes, acc1)
  v128.store(slots + 2 * slotBytes, acc2)
  v128.store(slots + 3 * slotBytes, acc3)
}

/** g += d0 · (16 widened bytes at r0) + … + d3 · (… at r3), over the 4 vectors at g. */
// @ts-ignore: decorator
@inline
function accumulate16(
  g: usize,
  r0: usize,
  r1: usize,
  r2: usize,
  r3: usize,
  d0: v128,
  d1: v128,
  d2: v128,
  d3: v128
): void {
  const p0 = v128.load(r0)
  const p1 = v128.load(r1)
  const p2 = v128.load(r2)
  const p3 = v128.load(r3)
  let g0 = v128.load(g)
  g0 = multiplyAdd(d0, widen0(p0), g0)
  g0 = multiplyAdd(d1, widen0(p1), g0)
  g0 = multiplyAdd(d2, widen0(p2), g0)
  v128.store(g, multiplyAdd(d3, widen0(p3), g0))
  let g1 = v128.load(g, 16)
  g1 = multiplyAdd(d0, widen1(p0), g1)
  g1 = multiplyAdd(d1, widen1(p1), g1)
  g1 = multiplyAdd(d2, widen1(p2), g1)
  v128.store(g, multiplyAdd(d3, widen1(p3), g1), 16)
  let g2 = v128.load(g, 32)
  g2 = multiplyAdd(d0, widen2(p0), g2)
  g2 = multiplyAdd(d1, widen2(p1), g2)
  g2 = multiplyAdd(d2, widen2(p2), g2)
  v128.store(g, multiplyAdd(d3, widen2(p3), g2), 32)
  let g3 = v128.load(g, 48)
  g3 = multiplyAdd(d0, widen3(p0), g3)
  g3 = multiplyAdd(d1, widen3(p1), g3)
  g3 = multiplyAdd(d2, widen3(p2), g3)
  v128.store(g, multiplyAdd(d3, widen3(p3), g3), 48)
}

/** G[k] += Σᵢ δᵢ bᵢ[k] over the byte rows r0 … r3 (δᵢ = 0 for a row past the block's end). */
export function accumulateByteRows(
  g: usize,
  r0: usize,
  r1: usize,
  r2: usize,
  r3: usize,
  delta0: f32,
  delta1: f32,
  delta2: f32,
  delta3: f32,
  cols: i32
): void {
  const d0 = f32x4.splat(delta0)
  const d1 = f32x4.splat(delta1)
  const d2 = f32x4.splat(delta2)
  const d3 = f32x4.splat(delta3)
  let k = 0
  for (; k + 16 <= cols; k += 16) {
    const column = <usize>k
    accumulate16(g + column * FLOAT, r0 + column, r1 + column, r2 + column, r3 + column, d0, d1, d2, d3)
  }
  for (; k < cols; k++) {
    const at = g + <usize>k * FLOAT
    let sum = load<f32>(at)
    sum += delta0 * <f32>load<u8>(r0 + <usize>k)
    sum += delta1 * <f32>load<u8>(r1 + <usize>k)
    sum += delta2 * <f32>load<u8>(r2 + <usize>k)
    sum += delta3 * <f32>load<u8>(r3 + <usize>k)
    store<f32>(at, sum)
  }
}
