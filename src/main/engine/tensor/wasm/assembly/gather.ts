/**
 * Batch gathers: chosen dataset rows copied into a batch matrix. Pixel bytes are converted on the
 * way, x = b · scale[j] + offset[j] (the value b / 255 with the run's preprocessing folded in), so
 * image data is held as floats one batch at a time, never as a whole dataset.
 */
import { FLOAT } from './simd'

/** Bytes per row index (i32). */
const INDEX: usize = 4

/** Row i of `target` ← row rowIndices[i] of the byte rows at `bytes`, converted, for i < count. */
export function gatherBytes(
  bytes: usize,
  cols: i32,
  rowIndices: usize,
  count: i32,
  scale: usize,
  offset: usize,
  target: usize
): void {
  const rowBytes = <usize>cols * FLOAT
  for (let i = 0; i < count; i++) {
    const row = <usize>load<i32>(rowIndices + <usize>i * INDEX)
    convertBytes(bytes + row * <usize>cols, cols, scale, offset, target + <usize>i * rowBytes)
  }
}

/** Row i of `target` ← row rowIndices[i] of the f32 rows at `source`, for i < count. */
export function gatherFloats(
  source: usize,
  cols: i32,
  rowIndices: usize,
  count: i32,
  target: usize
): void {
  const rowBytes = <usize>cols * FLOAT
  for (let i = 0; i < count; i++) {
    const row = <usize>load<i32>(rowIndices + <usize>i * INDEX)
    memory.copy(target + <usize>i * rowBytes, source + row * rowBytes, rowBytes)
  }
}

/**
 * target[j] ← source[j] · scale[j] + offset[j] for j < count (bytes in, f32 out): sixteen bytes
 * widened to four f32x4 per step, the leftovers one at a time with the same (unfused) operations.
 */
export function convertBytes(
  source: usize,
  count: i32,
  scale: usize,
  offset: usize,
  target: usize
): void {
  let j = 0
  for (; j + 16 <= count; j += 16) {
    const packed = v128.load(source + <usize>j)
    const at = <usize>j * FLOAT
    convertFour(packed, 0, scale + at, offset + at, target + at)
    convertFour(packed, 1, scale + at + 16, offset + at + 16, target + at + 16)
    convertFour(packed, 2, scale + at + 32, offset + at + 32, target + at + 32)
    convertFour(packed, 3, scale + at + 48, offset + at + 48, target + at + 48)
  }
  for (; j < count; j++) {
    const at = <usize>j * FLOAT
    const value = <f32>load<u8>(source + <usize>j)
    store<f32>(target + at, value * load<f32>(scale + at) + load<f32>(offset + at))
  }
}

/** Bytes 4 q … 4 q + 3 of `packed` converted as above, stored at `target`. */
// @ts-ignore: decorator
@inline
function convertFour(packed: v128, q: i32, scale: usize, offset: usize, target: usize): void {
  v128.store(target, f32x4.add(f32x4.mul(byteValues(packed, q), v128.load(scale)), v128.load(offset)))
}

/** Bytes 4 q … 4 q + 3 of `packed` as f32 (their integer values). */
// @ts-ignore: decorator
@inline
export function byteValues(packed: v128, q: i32): v128 {
  const words = q < 2 ? i16x8.extend_low_i8x16_u(packed) : i16x8.extend_high_i8x16_u(packed)
  const integers = (q & 1) == 0 ? i32x4.extend_low_i16x8_u(words) : i32x4.extend_high_i16x8_u(words)
  // The integers are bytes, so the signed conversion (one instruction on x64) is exact.
  return f32x4.convert_i32x4_s(integers)
}

/** target[j] ← source[j] as f32 for j < count: the bytes' integer values, sixteen per step. */
export function widenBytes(source: usize, count: i32, target: usize): void {
  let j = 0
  for (; j + 16 <= count; j += 16) {
    const packed = v128.load(source + <usize>j)
    const low = i16x8.extend_low_i8x16_u(packed)
    const high = i16x8.extend_high_i8x16_u(packed)
    const at = target + <usize>j * FLOAT
    v128.store(at, f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(low)))
    v128.store(at, f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(low)), 16)
    v128.store(at, f32x4.convert_i32x4_s(i32x4.extend_low_i16x8_u(high)), 32)
    v128.store(at, f32x4.convert_i32x4_s(i32x4.extend_high_i16x8_u(high)), 48)
  }
  for (; j < count; j++) store<f32>(target + <usize>j * FLOAT, <f32>load<u8>(source + <usize>j))
}
