/**
 * A batch gather that also lists the batch's non-zero inputs, for the first layer's products that
 * skip zeros (sparse-layer.ts). With every offset 0, a zero byte converts to exactly 0
 * (0 · scale + 0), so a term x[b][j] · w with b = 0 adds exactly nothing and may be left out.
 *
 * Lists (i32), for a batch of up to `capacity` rows of `cols` inputs:
 *   rowList[b · cols + n], n < rowCount[b]        the inputs j with x[b][j] ≠ 0, in order of j
 *   columnList[j · capacity + n], n < columnCount[j]  the rows b with x[b][j] ≠ 0, in order of b
 */
import { convertBytes } from './gather'

/** Bytes per list entry and per count (i32). */
const INDEX: usize = 4

/**
 * Rows rowIndices[0 … count − 1] of the bytes into `target`, converted as gatherBytes does, and
 * the lists above. Returns the number of non-zero inputs, or −1 once it passes `limit` (the
 * lists are then incomplete and the batch must take the dense products).
 */
export function gatherSparseBytes(
  bytes: usize,
  cols: i32,
  rowIndices: usize,
  count: i32,
  scale: usize,
  offset: usize,
  target: usize,
  lists: usize,
  capacity: i32,
  limit: i32
): i32 {
  const rowList = lists
  const rowCount = rowList + <usize>capacity * <usize>cols * INDEX
  const columnList = rowCount + <usize>capacity * INDEX
  const columnCount = columnList + <usize>cols * <usize>capacity * INDEX
  memory.fill(columnCount, 0, <usize>cols * INDEX)
  const rowBytes = <usize>cols * 4
  let nonZeros = 0
  for (let b = 0; b < count; b++) {
    const source = bytes + <usize>load<i32>(rowIndices + <usize>b * INDEX) * <usize>cols
    convertBytes(source, cols, scale, offset, target + <usize>b * rowBytes)
    if (nonZeros < 0) continue
    const found = listRow(source, cols, b, rowList + <usize>b * <usize>cols * INDEX, columnList, columnCount, capacity)
    store<i32>(rowCount + <usize>b * INDEX, found)
    nonZeros += found
    if (nonZeros > limit) nonZeros = -1
  }
  return nonZeros
}

/**
 * Appends row b's non-zero inputs j to its row list and b to column j's list; returns how many.
 * Sixteen bytes at a time: a bitmask of the non-zero lanes, its set bits taken lowest first
 * (most 16-byte runs of a digit's border are all zero and cost one compare).
 */
function listRow(
  source: usize,
  cols: i32,
  b: i32,
  rowList: usize,
  columnList: usize,
  columnCount: usize,
  capacity: i32
): i32 {
  let found = 0
  let j = 0
  for (; j + 16 <= cols; j += 16) {
    let mask = i8x16.bitmask(i8x16.ne(v128.load(source + <usize>j), i8x16.splat(0)))
    while (mask != 0) {
      const input = j + ctz(mask)
      mask &= mask - 1
      store<i32>(rowList + <usize>found * INDEX, input)
      found++
      appendRow(columnList, columnCount, capacity, input, b)
    }
  }
  for (; j < cols; j++) {
    if (load<u8>(source + <usize>j) == 0) continue
    store<i32>(rowList + <usize>found * INDEX, j)
    found++
    appendRow(columnList, columnCount, capacity, j, b)
  }
  return found
}

/** columnList[input] gets row b at its end. */
// @ts-ignore: decorator
@inline
function appendRow(columnList: usize, columnCount: usize, capacity: i32, input: i32, b: i32): void {
  const counter = columnCount + <usize>input * INDEX
  const n = load<i32>(counter)
  store<i32>(columnList + (<usize>input * <usize>capacity + <usize>n) * INDEX, b)
  store<i32>(counter, n + 1)
}
