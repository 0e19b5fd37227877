/**
 * A batch gather that lists the batch's non-zero inputs, for the first layer's products that
 * skip zeros (sparse-layer.ts). With every offset 0, a zero byte converts to exactly 0
 * (0 · scale + 0), so a term x[b][j] · w with b = 0 adds exactly nothing and may be left out.
 * The batch matrix itself is not written: the products read the lists alone, and the caller
 * gathers the batch plainly (gather.ts) when a product declines or the batch is too dense.
 *
 * Lists (i32, values f32), for a batch of up to `capacity` rows of `cols` inputs, then the
 * batch's bytes turned (u8), 4 rows (a group t) at a time:
 *   rowList[b · cols + n], n < rowCount[b]        the inputs j with x[b][j] ≠ 0, in order of j
 *   rowValue[b · cols + n]                        x[b][j] for that j (capacity · cols after it)
 *   rowCount[b]
 *   turned[(t · cols + j) · 4 + i]                byte j of row b = 4 t + i (0 past the batch)
 *   inputCount[j]                                 input j's entries in the last gradient's
 *                                                 column lists (after the turned bytes of
 *                                                 capacity rows rounded up to 16; the gradient
 *                                                 writes them, its bands are cut by them)
 * The forward walks the row lists; each gradient chunk lists its band of inputs from the turned
 * bytes itself (sparse-gradient.ts), on its own thread.
 */
import { byteValues } from './gather'
import { FLOAT } from './simd'

/** Bytes per list entry and per count (i32). */
const INDEX: usize = 4

/**
 * Rows [first, first + size) of the batch planned at `plan` (`first` a multiple of 4): row b,
 * dataset row rowIndices[b], listed, and its bytes turned. Chunks of rows are independent (each
 * row has its own places), so any thread may take any chunk. Their counts add up in the plan's
 * non-zero counter (atomically: another thread may be adding too); once it passes the limit the
 * batch is too dense for the lists to pay, and the chunk stops: the caller then gathers it
 * plainly.
 *
 * Plan (i32 slots, as the products' plan in sparse-layer.ts where they share a meaning):
 *   2 cols  3 rows (count)  4 row lists  5 capacity  6 bytes  7 rowIndices  8 scale  10 limit
 *   11 chunk size  12 non-zeros so far
 */
export function gatherRows(plan: usize, first: i32, size: i32): void {
  const cols = load<i32>(plan, 8)
  const last = min(first + size, load<i32>(plan, 12))
  const rowList = <usize>load<i32>(plan, 16)
  const capacity = <usize>load<i32>(plan, 20)
  const rowCount = rowList + 2 * capacity * <usize>cols * INDEX
  const turned = rowCount + capacity * INDEX
  const bytes = <usize>load<i32>(plan, 24)
  const rowIndices = <usize>load<i32>(plan, 28)
  const scale = <usize>load<i32>(plan, 32)
  const limit = load<i32>(plan, 40)
  const counter = plan + 48
  // The chunk's non-zeros go into the batch's counter once, at its end; before each row the
  // counter (the other thread's finished chunks) and this chunk's rows so far say whether the
  // batch has passed the limit. An atomic add a row kept the counter's cache line moving between
  // the cores: two threads listed a batch of 256 MNIST rows no faster than one.
  let found = 0
  for (let b = first; b < last; b++) {
    if (atomic.load<i32>(counter) + found > limit) break
    const source = bytes + <usize>load<i32>(rowIndices + <usize>b * INDEX) * <usize>cols
    const list = rowList + <usize>b * <usize>cols * INDEX
    const row = listRow(source, cols, scale, list, capacity * <usize>cols * INDEX)
    store<i32>(rowCount + <usize>b * INDEX, row)
    found += row
  }
  atomic.add<i32>(counter, found)
  // The turned bytes, 4 rows at a time, and 0 for the rows after the batch's last up to a
  // multiple of 16 (the gradient reads 16 rows at a time).
  if (atomic.load<i32>(counter) > limit) return
  for (let b = first; b < last; b += 4) {
    turnRows(bytes, rowIndices + <usize>b * INDEX, min(4, last - b), cols, turned + <usize>b * <usize>cols)
  }
  const count = load<i32>(plan, 12)
  if (last == count) {
    const end = turned + <usize>((count + 3) & ~3) * <usize>cols
    memory.fill(end, 0, <usize>(((count + 15) & ~15) - ((count + 3) & ~3)) * <usize>cols)
  }
}

/**
 * turned[4 j + i] ← byte j of row i for i < 4 (rows `count` and on: 0), the rows being those of
 * the dataset at `bytes` that `rowIndices` names. Sixteen inputs at a time, by two rounds of
 * interleaving: bytes of rows 0 and 1 (and of 2 and 3), then pairs of bytes of those, so that
 * input j's four bytes end up together at 4 j.
 */
function turnRows(bytes: usize, rowIndices: usize, count: i32, cols: i32, turned: usize): void {
  const zero = i32x4.splat(0)
  const r0 = bytes + <usize>load<i32>(rowIndices) * <usize>cols
  const r1 = count > 1 ? bytes + <usize>load<i32>(rowIndices, 4) * <usize>cols : 0
  const r2 = count > 2 ? bytes + <usize>load<i32>(rowIndices, 8) * <usize>cols : 0
  const r3 = count > 3 ? bytes + <usize>load<i32>(rowIndices, 12) * <usize>cols : 0
  let j = 0
  for (; j + 16 <= cols; j += 16) {
    const at = <usize>j
    const x0 = v128.load(r0 + at)
    const x1 = count > 1 ? v128.load(r1 + at) : zero
    const x2 = count > 2 ? v128.load(r2 + at) : zero
    const x3 = count > 3 ? v128.load(r3 + at) : zero
    const low01 = i8x16.shuffle(x0, x1, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23)
    const high01 = i8x16.shuffle(x0, x1, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31)
    const low23 = i8x16.shuffle(x2, x3, 0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23)
    const high23 = i8x16.shuffle(x2, x3, 8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31)
    const to = turned + at * 4
    v128.store(to, lowPairs(low01, low23))
    v128.store(to, highPairs(low01, low23), 16)
    v128.store(to, lowPairs(high01, high23), 32)
    v128.store(to, highPairs(high01, high23), 48)
  }
  for (; j < cols; j++) {
    const at = <usize>j
    store<u8>(turned + at * 4, load<u8>(r0 + at))
    store<u8>(turned + at * 4 + 1, count > 1 ? load<u8>(r1 + at) : 0)
    store<u8>(turned + at * 4 + 2, count > 2 ? load<u8>(r2 + at) : 0)
    store<u8>(turned + at * 4 + 3, count > 3 ? load<u8>(r3 + at) : 0)
  }
}

/** The first four 2-byte lanes of a and b, interleaved. */
// @ts-ignore: decorator
@inline
function lowPairs(a: v128, b: v128): v128 {
  return i8x16.shuffle(a, b, 0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23)
}

/** The last four 2-byte lanes of a and b, interleaved. */
// @ts-ignore: decorator
@inline
function highPairs(a: v128, b: v128): v128 {
  return i8x16.shuffle(a, b, 8, 9, 24, 25, 10, 11, 26, 27, 12, 13, 28, 29, 14, 15, 30, 31)
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
 * Row `source`'s non-zero inputs j listed, with their values x[j] = byte · scale[j] (+ an offset
 * of 0: the same bits as the plain gather's x[j]) `values` bytes after each entry; returns how
 * many. Sixteen bytes at a time, without a branch per input: for each group of four the values
 * and their indices j are shuffled so that the non-zero lanes come first and stored whole at the
 * end of the list, which then grows by the number of non-zero lanes (the lanes after them are
 * overwritten by the next group, or past the count). A row's list has room for `cols` entries
 * and n entries before input j means n ≤ j, so these whole-vector stores stay in it.
 */
function listRow(source: usize, cols: i32, scale: usize, list: usize, values: usize): i32 {
  let found = 0
  let j = 0
  for (; j + 16 <= cols; j += 16) {
    const packed = v128.load(source + <usize>j)
    const mask = i8x16.bitmask(i8x16.ne(packed, i8x16.splat(0)))
    if (mask == 0) continue
    const at = scale + <usize>j * FLOAT
    const lanes = i32x4.add(i32x4.splat(j), i32x4(0, 1, 2, 3))
    const x0 = f32x4.mul(byteValues(packed, 0), v128.load(at))
    found = listFour(x0, lanes, mask, list, found, values)
    const x1 = f32x4.mul(byteValues(packed, 1), v128.load(at, 16))
    found = listFour(x1, i32x4.add(lanes, i32x4.splat(4)), mask >>> 4, list, found, values)
    const x2 = f32x4.mul(byteValues(packed, 2), v128.load(at, 32))
    found = listFour(x2, i32x4.add(lanes, i32x4.splat(8)), mask >>> 8, list, found, values)
    const x3 = f32x4.mul(byteValues(packed, 3), v128.load(at, 48))
    found = listFour(x3, i32x4.add(lanes, i32x4.splat(12)), mask >>> 12, list, found, values)
  }
  for (; j < cols; j++) {
    const value = load<u8>(source + <usize>j)
    if (value == 0) continue
    store<i32>(list + <usize>found * INDEX, j)
    store<f32>(list + <usize>found * INDEX + values, <f32>value * load<f32>(scale + <usize>j * FLOAT))
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
export function listFour(converted: v128, indices: v128, mask: i32, list: usize, found: i32, values: usize): i32 {
  const nibble = mask & 15
  const shuffle = v128.load(COMPACT + <usize>nibble * 16)
  const entry = list + <usize>found * INDEX
  // Every shuffle index is below 16, where the relaxed swizzle (one instruction) is exact.
  v128.store(entry, RELAXED ? i8x16.relaxed_swizzle(indices, shuffle) : i8x16.swizzle(indices, shuffle))
  v128.store(entry + values, RELAXED ? i8x16.relaxed_swizzle(converted, shuffle) : i8x16.swizzle(converted, shuffle))
  return found + popcnt(nibble)
}
