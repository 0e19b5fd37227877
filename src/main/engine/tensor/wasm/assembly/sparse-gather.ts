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
import { convertBytes } from './gather'

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
    convertBytes(source, cols, scale, offset, target + <usize>b * rowBytes)
    if (atomic.load<i32>(counter) > limit) continue
    const starts = blockStart + <usize>b * blocks * INDEX
    const list = rowList + <usize>b * <usize>cols * INDEX
    const values = capacity * <usize>cols * INDEX
    const found = listRow(source, cols, list, starts, target + <usize>b * rowBytes, values)
    store<i32>(rowCount + <usize>b * INDEX, found)
    atomic.add<i32>(counter, found)
  }
}

/**
 * Row b's non-zero inputs j into its list, their converted values x[j] (from the row just
 * converted at `x`) `values` bytes after each entry, and where each block of 16 inputs starts in
 * the list; returns how many. Sixteen bytes at a time: a bitmask of the non-zero lanes, its set
 * bits taken lowest first (most 16-byte runs of a digit's border are all zero and cost one compare).
 */
function listRow(source: usize, cols: i32, rowList: usize, starts: usize, x: usize, values: usize): i32 {
  let found = 0
  let j = 0
  for (; j + 16 <= cols; j += 16) {
    store<i32>(starts + (<usize>j >>> 4) * INDEX, found)
    let mask = i8x16.bitmask(i8x16.ne(v128.load(source + <usize>j), i8x16.splat(0)))
    while (mask != 0) {
      const input = j + ctz(mask)
      store<i32>(rowList + <usize>found * INDEX, input)
      store<f32>(rowList + <usize>found * INDEX + values, load<f32>(x + <usize>input * 4))
      found++
      mask &= mask - 1
    }
  }
  if (j < cols) store<i32>(starts + (<usize>j >>> 4) * INDEX, found)
  for (; j < cols; j++) {
    if (load<u8>(source + <usize>j) == 0) continue
    store<i32>(rowList + <usize>found * INDEX, j)
    store<f32>(rowList + <usize>found * INDEX + values, load<f32>(x + <usize>j * 4))
    found++
  }
  return found
}
