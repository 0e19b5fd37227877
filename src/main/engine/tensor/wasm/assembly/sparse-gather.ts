/**
 * A batch gather that also lists the batch's non-zero inputs, for the first layer's products that
 * skip zeros (sparse-layer.ts). With every offset 0, a zero byte converts to exactly 0
 * (0 · scale + 0), so a term x[b][j] · w with b = 0 adds exactly nothing and may be left out.
 *
 * Lists (i32), for a batch of up to `capacity` rows of `cols` inputs:
 *   rowList[b · cols + n], n < rowCount[b]        the inputs j with x[b][j] ≠ 0, in order of j
 * (each gradient chunk turns its band of inputs into column lists itself, on its own thread).
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
  const rowBytes = <usize>cols * 4
  let nonZeros = 0
  for (let b = 0; b < count; b++) {
    const source = bytes + <usize>load<i32>(rowIndices + <usize>b * INDEX) * <usize>cols
    convertBytes(source, cols, scale, offset, target + <usize>b * rowBytes)
    if (nonZeros < 0) continue
    const found = listRow(source, cols, rowList + <usize>b * <usize>cols * INDEX)
    store<i32>(rowCount + <usize>b * INDEX, found)
    nonZeros += found
    if (nonZeros > limit) nonZeros = -1
  }
  return nonZeros
}

/**
 * Row b's non-zero inputs j into its list; returns how many. Sixteen bytes at a time: a bitmask
 * of the non-zero lanes, its set bits taken lowest first (most 16-byte runs of a digit's border
 * are all zero and cost one compare).
 */
function listRow(source: usize, cols: i32, rowList: usize): i32 {
  let found = 0
  let j = 0
  for (; j + 16 <= cols; j += 16) {
    let mask = i8x16.bitmask(i8x16.ne(v128.load(source + <usize>j), i8x16.splat(0)))
    while (mask != 0) {
      store<i32>(rowList + <usize>found * INDEX, j + ctz(mask))
      found++
      mask &= mask - 1
    }
  }
  for (; j < cols; j++) {
    if (load<u8>(source + <usize>j) == 0) continue
    store<i32>(rowList + <usize>found * INDEX, j)
    found++
  }
  return found
}
