/**
 * A batch gather that also lists the batch's non-zero inputs, for the first layer's products that
 * skip zeros (sparse-layer.ts). With every offset 0, a zero byte converts to exactly 0
 * (0 · scale + 0), so a term x[b][j] · w with b = 0 adds exactly nothing and may be left out.
 *
 * Lists (i32, values f32), for a batch of up to `capacity` rows of `cols` inputs, with
 * B = ⌈cols / 16⌉:
 *   rowList[b · cols + n], n < rowCount[b]        the inputs j with x[b][j] ≠ 0, in order of j
 *   rowValue[b · cols + n]                        x[b][j] for that j (capacity · cols after it)
 *   rowCount[b]
 *   blockStart[b · B + t]                         how many of them have j < 16 t
 * (each gradient chunk turns its band of inputs into column lists itself, on its own thread,
 * starting each row's part of the band from its block's start).
 */
import { convertBytes, convertFour } from './gather'
import { FLOAT } from './simd'

/** Bytes per list entry and per count (i32). */
const INDEX: usize = 4

/**
 * Rows [first, first + size) of the batch planned at `plan`: row b ← dataset row rowIndices[b],
 * converted as gatherBytes does, and its list. Chunks of rows are independent (each row's list
 * has its own place), so any thread may take any chunk. Their counts add up in the plan's
 * non-zero counter (atomically: another thread may be adding too); once it passes the limit the
 * batch takes the dense products, and rows not yet listed are only converted.
 *
 * Plan (i32 slots, as the products' plan in sparse-layer.ts where they share a meaning):
 *   1 target  2 cols  3 rows (count)  4 row lists  5 capacity  6 bytes  7 rowIndices  8 scale
 *   9 offset  10 limit  11 chunk size  12 non-zeros so far
 */
export function gatherRows(plan: usize, first: i32, size: i32): void {
  const target = <usize>load<i32>(plan, 4)
  const cols = load<i32>(plan, 8)
  const last = min(first + size, load<i32>(plan, 12))
  const rowList = <usize>load<i32>(plan, 16)
  const capacity = <usize>load<i32>(plan, 20)
  const rowCount = rowList + 2 * capacity * <usize>cols * INDEX
  const blocks = <usize>(cols + 15) >>> 4
  const blockStart = rowCount + capacity * INDEX
  const bytes = <usize>load<i32>(plan, 24)
  const rowIndices = <usize>load<i32>(plan, 28)
  const scale = <usize>load<i32>(plan, 32)
  const offset = <usize>load<i32>(plan, 36)
  const limit = load<i32>(plan, 40)
  const counter = plan + 48
  const rowBytes = <usize>cols * 4
  for (let b = first; b < last; b++) {
    const source = bytes + <usize>load<i32>(rowIndices + <usize>b * INDEX) * <usize>cols
    const x = target + <usize>b * rowBytes
    if (atomic.load<i32>(counter) > limit) {
      convertBytes(source, cols, scale, offset, x)
      continue
    }
    const starts = blockStart + <usize>b * blocks * INDEX
    const list = rowList + <usize>b * <usize>cols * INDEX
    const found = convertAndList(source, cols, scale, offset, x, list, starts, capacity * <usize>cols * INDEX)
    store<i32>(rowCount + <usize>b * INDEX, found)
    atomic.add<i32>(counter, found)
  }
}

/**
 * For each set of the 4 lanes in a nibble of a mask, the byte shuffle that moves those lanes'
 * 4-byte values (lowest lane first) to the front of a vector: entry m holds, for the n-th set
 * bit l of m, bytes 4 l … 4 l + 3 in places 4 n … 4 n + 3 (the rest repeat lane 0: unused).
 */
const COMPACT = memory.data<u8>([
  0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3,
  0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3,
  4, 5, 6, 7, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3,
  0, 1, 2, 3, 4, 5, 6, 7, 0, 1, 2, 3, 0, 1, 2, 3,
  8, 9, 10, 11, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3,
  0, 1, 2, 3, 8, 9, 10, 11, 0, 1, 2, 3, 0, 1, 2, 3,
  4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 0, 1, 2, 3,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3,
  12, 13, 14, 15, 0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3,
  0, 1, 2, 3, 12, 13, 14, 15, 0, 1, 2, 3, 0, 1, 2, 3,
  4, 5, 6, 7, 12, 13, 14, 15, 0, 1, 2, 3, 0, 1, 2, 3,
  0, 1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 0, 1, 2, 3,
  8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3, 0, 1, 2, 3,
  0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3,
  4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 1, 2, 3,
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15
], 16)

/**
 * Row b converted into `x` (as convertBytes) and its non-zero inputs j listed, with their values
 * x[j] `values` bytes after each entry and where each block of 16 inputs starts in the list;
 * returns how many. Sixteen bytes at a time, without a branch per input: for each group of four
 * the converted values and their indices j are shuffled so that the non-zero lanes come first
 * and stored whole at the end of the list, which then grows by the number of non-zero lanes
 * (the lanes after them are overwritten by the next group, or past the count).
 * A row's list has room for `cols` entries and n entries before input j means n ≤ j, so these
 * whole-vector stores stay in it.
 */
function convertAndList(
  source: usize,
  cols: i32,
  scale: usize,
  offset: usize,
  x: usize,
  list: usize,
  starts: usize,
  values: usize
): i32 {
  let found = 0
  let j = 0
  for (; j + 16 <= cols; j += 16) {
    store<i32>(starts + (<usize>j >>> 4) * INDEX, found)
    const packed = v128.load(source + <usize>j)
    const mask = i8x16.bitmask(i8x16.ne(packed, i8x16.splat(0)))
    const at = <usize>j * FLOAT
    const lanes = i32x4.add(i32x4.splat(j), i32x4(0, 1, 2, 3))
    const x0 = convertFour(packed, 0, scale + at, offset + at, x + at)
    found = listFour(x0, lanes, mask, list, found, values)
    const x1 = convertFour(packed, 1, scale + at + 16, offset + at + 16, x + at + 16)
    found = listFour(x1, i32x4.add(lanes, i32x4.splat(4)), mask >>> 4, list, found, values)
    const x2 = convertFour(packed, 2, scale + at + 32, offset + at + 32, x + at + 32)
    found = listFour(x2, i32x4.add(lanes, i32x4.splat(8)), mask >>> 8, list, found, values)
    const x3 = convertFour(packed, 3, scale + at + 48, offset + at + 48, x + at + 48)
    found = listFour(x3, i32x4.add(lanes, i32x4.splat(12)), mask >>> 12, list, found, values)
  }
  if (j < cols) store<i32>(starts + (<usize>j >>> 4) * INDEX, found)
  for (; j < cols; j++) {
    const value = <f32>load<u8>(source + <usize>j)
    const at = <usize>j * FLOAT
    const converted = value * load<f32>(scale + at) + load<f32>(offset + at)
    store<f32>(x + at, converted)
    if (value == 0) continue
    store<i32>(list + <usize>found * INDEX, j)
    store<f32>(list + <usize>found * INDEX + values, converted)
    found++
  }
  return found
}

/**
 * The lanes of `converted` (inputs `indices`) set in the low 4 bits of `mask`, shuffled to the
 * front and stored at entry `found` of the list (indices) and `values` bytes after (values);
 * returns the new count.
 */
// @ts-ignore: decorator
@inline
function listFour(converted: v128, indices: v128, mask: i32, list: usize, found: i32, values: usize): i32 {
  const nibble = mask & 15
  const shuffle = v128.load(COMPACT + <usize>nibble * 16)
  const entry = list + <usize>found * INDEX
  // Every shuffle index is below 16, where the relaxed swizzle (one instruction) is exact.
  v128.store(entry, RELAXED ? i8x16.relaxed_swizzle(indices, shuffle) : i8x16.swizzle(indices, shuffle))
  v128.store(entry + values, RELAXED ? i8x16.relaxed_swizzle(converted, shuffle) : i8x16.swizzle(converted, shuffle))
  return found + popcnt(nibble)
}
