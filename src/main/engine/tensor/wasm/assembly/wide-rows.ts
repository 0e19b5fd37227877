/**
 * The rows of a one-pass wide-layer step (wide-layer.ts has the plan's layout): blocks of 4 rows,
 * read as pixel bytes or f32, and widened to f32 a segment of columns at a time.
 */
import { widenBytes } from './gather'
import { FLOAT } from './simd'

/** Rows whose dot products share each load of W (and each pass over a segment of G). */
export const BLOCK_ROWS: i32 = 4
/** Columns converted at a time: 4 rows × 512 floats = 8 KB, in L1. */
export const SEGMENT: i32 = 512
/** The most units a layer may have: the accumulators are 4 rows × 16 units of v128 in scratch. */
export const WIDE_MAXIMUM_UNITS: i32 = 16
export const ACCUMULATORS: usize = <usize>(BLOCK_ROWS * WIDE_MAXIMUM_UNITS) * 16

/** The bytes of row `block + i` of the plan's rows. */
// @ts-ignore: decorator
@inline
export function byteRow(plan: usize, block: i32, i: i32): usize {
  const row = <usize>load<i32>(<usize>load<i32>(plan, 20) + <usize>(block + i) * 4)
  return <usize>load<i32>(plan, 4) + row * <usize>load<i32>(plan, 8)
}

/**
 * Where columns k0 … k0 + width − 1 of the block's rows can be read as f32: the rows themselves
 * for float inputs, else the bytes widened into `segment` (4 rows × SEGMENT floats). Returns a
 * table of four row pointers (kept after the segment floats), each pointing at column k0.
 */
export function segmentRows(
  plan: usize,
  block: i32,
  count: i32,
  k0: i32,
  width: i32,
  segment: usize
): usize {
  const table = segment + <usize>(BLOCK_ROWS * SEGMENT) * FLOAT
  const cols = <usize>load<i32>(plan, 8)
  const inputs = <usize>load<i32>(plan, 4)
  const rowIndices = <usize>load<i32>(plan, 20)
  const bytes = load<i32>(plan, 0) == 1
  for (let i = 0; i < count; i++) {
    const row = <usize>load<i32>(rowIndices + <usize>(block + i) * 4)
    if (bytes) {
      const target = segment + <usize>(i * SEGMENT) * FLOAT
      widenBytes(inputs + row * cols + <usize>k0, width, target)
      store<usize>(table + <usize>i * sizeof<usize>(), target)
    } else {
      store<usize>(table + <usize>i * sizeof<usize>(), inputs + (row * cols + <usize>k0) * FLOAT)
    }
  }
  return table
}
