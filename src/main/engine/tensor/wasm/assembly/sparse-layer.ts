/**
 * The first layer's two big products, skipping the batch's zero inputs (listed by
 * sparse-gather.ts). With W [units × cols] (row u: the weights into unit u) and X the batch:
 *   forward   z[b][u] = Σⱼ x[b][j] · W[u][j]            over the j with x[b][j] ≠ 0
 *   gradient  G[u][j] = scale · Σ_b δ[b][u] · x[b][j]   over the b with x[b][j] ≠ 0
 * Only zero terms are left out, so each sum differs from the dense product's by the order of its
 * additions alone: W and δ are finite (0 · ±∞ would be NaN; sparse-inputs.ts takes the dense
 * product for a W or δ that is not). A job is cut into chunks (see gemm-parallel.ts): forward
 * chunks are bands of units, gradient chunks bands of inputs (both as a band table gives them:
 * src/main/engine/tensor/wasm/band-tables.ts cuts it), gather chunks blocks of rows, so any
 * thread may take any chunk.
 *
 * Plan (i32 slots; src/main/engine/tensor/wasm/sparse-inputs.ts writes it):
 *   0 kind (0 forward, 1 gradient, 2 the gather: sparse-gather.ts)   1 x  2 cols  3 rows
 *   4 row lists  5 capacity (their rows)  6 units  7 W (forward)  8 out: z (forward) or G
 *   (gradient)  9 Wᵀ (forward: units × cols floats) or δ in strips (gradient: stripDelta in
 *   sparse-gradient.ts)  10 forward: set to 1 where W is not all finite; gradient: the inputs'
 *   scales (the gather's)  11 gather: rows per chunk; forward and gradient: the band table  12 scale
 *   (f32)  13 gradient: entries per input (the lists', kept for cutting the next batch's bands)
 */
import { copyTurned, FLOAT, multiplyAdd } from './simd'
import { gatherRows } from './sparse-gather'
import { gradientBand } from './sparse-gradient'
import { sumListed } from './sparse-sums'

const INDEX: usize = 4
const FORWARD: i32 = 0
const GATHER: i32 = 2

/**
 * Chunk `index` of the job planned at `plan`, with this thread's `scratch`. A product's chunk is
 * a band of its band table (slot 11), i32 [second, start 0, …, start n]: band k is
 * [start k, start k + 1); chunk i takes band i, or, where `second` ≠ 0, the bands in turn from
 * the halves [0, second) and [second, n): chunk 2m band m, chunk 2m + 1 band second + m.
 */
export function sparseChunk(plan: usize, index: i32, scratch: usize): void {
  const kind = load<i32>(plan)
  if (kind == GATHER) {
    const size = load<i32>(plan, 44)
    gatherRows(plan, index * size, size)
    return
  }
  const table = <usize>load<i32>(plan, 44)
  const second = load<i32>(table)
  const band = second == 0 ? index : (index & 1) * second + (index >> 1)
  const start = table + INDEX + <usize>band * INDEX
  if (kind == FORWARD) forwardBand(plan, load<i32>(start), load<i32>(start, INDEX))
  else gradientBand(plan, load<i32>(start), load<i32>(start, INDEX), scratch)
}

/**
 * z[b][u] for the units u in the band [first, last), every row b: first the band's rows of W
 * are copied into columns of Wᵀ (so that x[b][j] · W[u][j] for consecutive u is one vector
 * multiply-add), then each row's non-zero inputs j are summed: z[b][u] = Σⱼ x[b][j] · Wᵀ[j][u].
 * Each z[b][u] is the same sum however the units are cut into bands.
 */
function forwardBand(plan: usize, first: i32, last: i32): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const lists = <usize>load<i32>(plan, 16)
  const capacity = load<i32>(plan, 20)
  const units = load<i32>(plan, 24)
  const z = <usize>load<i32>(plan, 32)
  // Wᵀ band by band: this band's `width` columns for every input j, after the `first` · cols
  // values of the bands before it, so a row's accesses stay within one band's pages.
  const width = last - first
  const band = <usize>load<i32>(plan, 36) + <usize>first * <usize>cols * FLOAT
  // A weight ±∞ or NaN would make the dense product's 0 · W terms NaN, which the sums skip: the
  // plan's slot 10 then tells the caller to take the dense product instead.
  if (!transposeBand(<usize>load<i32>(plan, 28), cols, first, band, width)) {
    atomic.store<i32>(plan + 40, 1)
    return
  }
  const values = <usize>capacity * <usize>cols * INDEX
  const rowCount = lists + 2 * values
  for (let b = 0; b < rows; b++) {
    sumListed(
      lists + <usize>b * <usize>cols * INDEX,
      load<i32>(rowCount + <usize>b * INDEX),
      values,
      band,
      <usize>width * FLOAT,
      z + (<usize>b * <usize>units + <usize>first) * FLOAT,
      width
    )
  }
}

/**
 * The band's Wᵀ: band[j][u − first] ← W[u][j] for u in [first, first + width), every j (rows
 * `width` floats apart): 4 × 4 blocks by shuffles, the edges one by one. A row of blocks (4
 * inputs) at a time across all the band's units, so that each row of Wᵀ is written whole while
 * its cache lines are held (block by block down the units, a band larger than L1 read each line
 * back once per 4 units). Returns whether every weight copied is finite: `check` sums each
 * weight times 0 (copyTurned), NaN only from ±∞ or NaN.
 */
function transposeBand(w: usize, cols: i32, first: i32, band: usize, width: i32): bool {
  const rowBytes = <usize>cols * FLOAT
  const stride = <usize>width * FLOAT
  const from = w + <usize>first * rowBytes
  let check = f32x4.splat(0)
  let j = 0
  for (; j + 4 <= cols; j += 4) {
    const to = band + <usize>j * stride
    let u = 0
    for (; u + 4 <= width; u += 4) {
      const at = from + <usize>u * rowBytes + <usize>j * FLOAT
      check = copyTurned(at, rowBytes, to + <usize>u * FLOAT, stride, check)
    }
    for (; u < width; u++) {
      for (let q = 0; q < 4; q++) {
        check = copyWeight(from, rowBytes, u, j + q, to + <usize>q * stride, check)
      }
    }
  }
  for (; j < cols; j++) {
    const to = band + <usize>j * stride
    for (let u = 0; u < width; u++) check = copyWeight(from, rowBytes, u, j, to, check)
  }
  return !v128.any_true(f32x4.ne(check, check))
}

/** Wᵀ's row j (at `to`) gets W[first + u][j], and `check` its value times 0 (see copyTurned). */
// @ts-ignore: decorator
@inline
function copyWeight(from: usize, rowBytes: usize, u: i32, j: i32, to: usize, check: v128): v128 {
  const value = load<f32>(from + <usize>u * rowBytes + <usize>j * FLOAT)
  store<f32>(to + <usize>u * FLOAT, value)
  return multiplyAdd(f32x4.splat(value), f32x4.splat(0), check)
}
