/**
 * The one-pass wide step's inner loops for pixel bytes and one unit (logistic regression on
 * photos), with each byte widened to f32 in registers right before its multiply-add: 16 bytes of
 * each of a block's 4 rows at a time, against 4 vectors of (folded) weights or of the gradient.
 * (wide-layer.ts widens a segment into memory instead when a layer has several units, which then
 * all read it.)
 *
 * The gradient widens with one byte shuffle a vector (SPREAD) where the forward extends twice
 * (1.5 shuffles a vector) and keeps δ in registers: measured on AMD Zen 1 that took its loop from
 * 13 to 10 instructions a vector and the step's gradient half ~15 % faster. The forward keeps the
 * extensions: its one accumulator a row waits on the multiply-add's latency, not on the
 * widening, and every variant with more accumulators tried (shuffles or extensions, 8 or 16
 * columns, pairwise sums) ran slower here, its loads hoisted by the compiler and its
 * accumulators spilled.
 */
import { FLOAT, multiplyAdd } from './simd'

/**
 * Byte shuffles j = 0 … 3: bytes 4j … 4j + 3 of a vector into the low byte of lanes 0 … 3, the
 * other bytes 0 (an index with its top bit set gives 0, in the relaxed swizzle too).
 */
const SPREAD = memory.data<u8>([
  0, 128, 128, 128, 1, 128, 128, 128, 2, 128, 128, 128, 3, 128, 128, 128,
  4, 128, 128, 128, 5, 128, 128, 128, 6, 128, 128, 128, 7, 128, 128, 128,
  8, 128, 128, 128, 9, 128, 128, 128, 10, 128, 128, 128, 11, 128, 128, 128,
  12, 128, 128, 128, 13, 128, 128, 128, 14, 128, 128, 128, 15, 128, 128, 128
], 16)

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

/** Bytes 4j … 4j + 3 of `packed` as f32 (`spread` is shuffle j; the conversion is exact). */
// @ts-ignore: decorator
@inline
function spreadFour(packed: v128, spread: v128): v128 {
  const lanes = RELAXED ? i8x16.relaxed_swizzle(packed, spread) : i8x16.swizzle(packed, spread)
  return f32x4.convert_i32x4_s(lanes)
}

/** The 4 gradient sums at `at` += Σᵢ dᵢ · (bytes of pᵢ under the shuffle at `spread`). */
// @ts-ignore: decorator
@inline
function accumulate4(
  at: usize,
  p0: v128,
  p1: v128,
  p2: v128,
  p3: v128,
  d0: v128,
  d1: v128,
  d2: v128,
  d3: v128,
  spread: usize
): void {
  const lanes = v128.load(spread)
  let sum = v128.load(at)
  sum = multiplyAdd(d0, spreadFour(p0, lanes), sum)
  sum = multiplyAdd(d1, spreadFour(p1, lanes), sum)
  sum = multiplyAdd(d2, spreadFour(p2, lanes), sum)
  v128.store(at, multiplyAdd(d3, spreadFour(p3, lanes), sum))
}

/**
 * G[k] += Σᵢ δᵢ bᵢ[k] over the byte rows r0 … r3, with δ0 … δ3 splat in the 4 vectors at
 * `deltas` (0 for a row past the block's end).
 */
export function accumulateByteRows(
  g: usize,
  r0: usize,
  r1: usize,
  r2: usize,
  r3: usize,
  deltas: usize,
  cols: i32
): void {
  const d0 = v128.load(deltas)
  const d1 = v128.load(deltas, 16)
  const d2 = v128.load(deltas, 32)
  const d3 = v128.load(deltas, 48)
  let k = 0
  for (; k + 16 <= cols; k += 16) {
    const column = <usize>k
    const at = g + column * FLOAT
    const p0 = v128.load(r0 + column)
    const p1 = v128.load(r1 + column)
    const p2 = v128.load(r2 + column)
    const p3 = v128.load(r3 + column)
    accumulate4(at, p0, p1, p2, p3, d0, d1, d2, d3, SPREAD)
    accumulate4(at + 16, p0, p1, p2, p3, d0, d1, d2, d3, SPREAD + 16)
    accumulate4(at + 32, p0, p1, p2, p3, d0, d1, d2, d3, SPREAD + 32)
    accumulate4(at + 48, p0, p1, p2, p3, d0, d1, d2, d3, SPREAD + 48)
  }
  for (; k < cols; k++) {
    const at = g + <usize>k * FLOAT
    let sum = load<f32>(at)
    sum += f32x4.extract_lane(d0, 0) * <f32>load<u8>(r0 + <usize>k)
    sum += f32x4.extract_lane(d1, 0) * <f32>load<u8>(r1 + <usize>k)
    sum += f32x4.extract_lane(d2, 0) * <f32>load<u8>(r2 + <usize>k)
    sum += f32x4.extract_lane(d3, 0) * <f32>load<u8>(r3 + <usize>k)
    store<f32>(at, sum)
  }
}
