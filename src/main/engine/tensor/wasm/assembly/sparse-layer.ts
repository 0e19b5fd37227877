/**
 * The first layer's two big products, skipping the batch's zero inputs (listed by
 * sparse-gather.ts). With W [units × cols] (row u: the weights into unit u) and X the batch:
 *   forward   z[b][u] = Σⱼ x[b][j] · W[u][j]            over the j with x[b][j] ≠ 0
 *   gradient  G[u][j] = scale · Σ_b δ[b][u] · x[b][j]   over the b with x[b][j] ≠ 0
 * Only zero terms are left out, so each sum differs from the dense product's by the order of its
 * additions alone. A job is cut into chunks (see gemm-parallel.ts): forward chunks are bands of
 * units, gradient chunks bands of inputs, so any thread may take any chunk.
 *
 * Plan (i32 slots; src/main/engine/tensor/wasm/sparse-inputs.ts writes it):
 *   0 kind (0 forward, 1 gradient)   1 x  2 cols  3 rows  4 row lists  5 capacity (their rows)
 *   6 units  7 W (forward) or δ (gradient)  8 out: z (forward) or G (gradient)
 *   9 Wᵀ (forward: units × cols floats)  10 unused  11 chunk size  12 scale (f32)
 */
import { FLOAT } from './simd'
import { sumListed } from './sparse-sums'

const INDEX: usize = 4
const FORWARD: i32 = 0

/** Chunk `index` of the job planned at `plan`, with this thread's `scratch`. */
export function sparseChunk(plan: usize, index: i32, scratch: usize): void {
  const size = load<i32>(plan, 44)
  if (load<i32>(plan) == FORWARD) forwardBand(plan, index * size, size)
  else gradientBand(plan, index * size, size, scratch)
}

/**
 * z[b][u] for units u in [first, first + size), every row b: first this band's rows of W are
 * copied into columns of Wᵀ (so that x[b][j] · W[u][j] for consecutive u is one vector
 * multiply-add), then each row's non-zero inputs j are summed: z[b][u] = Σⱼ x[b][j] · Wᵀ[j][u].
 */
function forwardBand(plan: usize, first: i32, size: i32): void {
  const x = <usize>load<i32>(plan, 4)
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const lists = <usize>load<i32>(plan, 16)
  const capacity = load<i32>(plan, 20)
  const units = load<i32>(plan, 24)
  const z = <usize>load<i32>(plan, 32)
  const last = min(first + size, units)
  // Wᵀ band by band: this band's `width` columns for every input j, after the `first` · cols
  // values of the bands before it, so a row's accesses stay within one band's pages.
  const width = last - first
  const band = <usize>load<i32>(plan, 36) + <usize>first * <usize>cols * FLOAT
  transposeBand(<usize>load<i32>(plan, 28), cols, first, last, band, width)
  const rowCount = lists + <usize>capacity * <usize>cols * INDEX
  for (let b = 0; b < rows; b++) {
    sumListed(
      lists + <usize>b * <usize>cols * INDEX,
      load<i32>(rowCount + <usize>b * INDEX),
      x + <usize>b * <usize>cols * FLOAT,
      FLOAT,
      band,
      <usize>width * FLOAT,
      z + (<usize>b * <usize>units + <usize>first) * FLOAT,
      width
    )
  }
}

/**
 * The band's Wᵀ: band[j][u − first] ← W[u][j] for u in [first, last), every j (rows `width`
 * floats apart): 4 × 4 blocks by shuffles, the edges one by one.
 */
function transposeBand(w: usize, cols: i32, first: i32, last: i32, band: usize, width: i32): void {
  const rowBytes = <usize>cols * FLOAT
  const stride = <usize>width * FLOAT
  let u = first
  for (; u + 4 <= last; u += 4) {
    const from = w + <usize>u * rowBytes
    const to = band + <usize>(u - first) * FLOAT
    let j = 0
    for (; j + 4 <= cols; j += 4) {
      const at = from + <usize>j * FLOAT
      storeTurned(at, rowBytes, to + <usize>j * stride, stride, f32x4.splat(1))
    }
    for (; j < cols; j++) {
      for (let r = 0; r < 4; r++) {
        store<f32>(to + <usize>j * stride + <usize>r * FLOAT, load<f32>(from + <usize>r * rowBytes + <usize>j * FLOAT))
      }
    }
  }
  for (; u < last; u++) {
    for (let j = 0; j < cols; j++) {
      const value = load<f32>(w + <usize>u * rowBytes + <usize>j * FLOAT)
      store<f32>(band + <usize>j * stride + <usize>(u - first) * FLOAT, value)
    }
  }
}

/**
 * The 4 × 4 block at `from` (rows `fromStride` bytes apart), turned and scaled, at `to` (rows
 * `toStride` apart): to[c][r] = scale · from[r][c]. Pairs of rows interleaved, then pairs of
 * pairs put column c of the block in lanes 0 … 3.
 */
// @ts-ignore: decorator
@inline
function storeTurned(from: usize, fromStride: usize, to: usize, toStride: usize, scale: v128): void {
  const r0 = v128.load(from)
  const r1 = v128.load(from + fromStride)
  const r2 = v128.load(from + 2 * fromStride)
  const r3 = v128.load(from + 3 * fromStride)
  const t0 = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5)
  const t1 = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7)
  const t2 = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5)
  const t3 = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7)
  v128.store(to, f32x4.mul(scale, v128.shuffle<f32>(t0, t2, 0, 1, 4, 5)))
  v128.store(to + toStride, f32x4.mul(scale, v128.shuffle<f32>(t0, t2, 2, 3, 6, 7)))
  v128.store(to + 2 * toStride, f32x4.mul(scale, v128.shuffle<f32>(t1, t3, 0, 1, 4, 5)))
  v128.store(to + 3 * toStride, f32x4.mul(scale, v128.shuffle<f32>(t1, t3, 2, 3, 6, 7)))
}

/**
 * G[u][j] for inputs j in [first, first + size), every unit u. First the band's column lists are
 * made from the row lists (`columns`: the rows b with x[b][j] ≠ 0 for each j of the band, in
 * order of b); then four inputs at a time, each input's sums go into a row of a 4 × units tile
 * (gradientColumn), and the tile, turned by 4 × 4 blocks and scaled, into four columns of G with
 * whole-vector stores. `scratch` holds the lists, then the tile (sparse-inputs.ts sizes the band).
 */
function gradientBand(plan: usize, first: i32, size: i32, scratch: usize): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const units = load<i32>(plan, 24)
  const g = <usize>load<i32>(plan, 32)
  const scale = f32x4.splat(load<f32>(plan, 48))
  const gRow = <usize>cols * FLOAT
  const tileRow = <usize>(units + 3) * FLOAT
  const last = min(first + size, cols)
  const columns = scratch
  listColumns(plan, first, last, columns)
  scratch = columns + <usize>(last - first) * (<usize>rows + 1) * INDEX
  let j = first
  for (; j + 4 <= last; j += 4) {
    for (let q = 0; q < 4; q++) gradientColumn(plan, j + q, j + q - first, last - first, columns, scratch + <usize>q * tileRow)
    let u = 0
    for (; u + 4 <= units; u += 4) {
      const at = scratch + <usize>u * FLOAT
      storeTurned(at, tileRow, g + <usize>u * gRow + <usize>j * FLOAT, gRow, scale)
    }
    for (; u < units; u++) {
      for (let q = 0; q < 4; q++) storeScaled(g, gRow, u, j + q, scratch + <usize>q * tileRow, scale)
    }
  }
  for (; j < last; j++) {
    gradientColumn(plan, j, j - first, last - first, columns, scratch)
    for (let u = 0; u < units; u++) storeScaled(g, gRow, u, j, scratch, scale)
  }
}

/** G[u][j] ← scale · sums[u] (one lane of the splatted scale). */
// @ts-ignore: decorator
@inline
function storeScaled(g: usize, gRow: usize, u: i32, j: i32, sums: usize, scale: v128): void {
  const value = load<f32>(sums + <usize>u * FLOAT) * f32x4.extract_lane(scale, 0)
  store<f32>(g + <usize>u * gRow + <usize>j * FLOAT, value)
}

/**
 * The column lists of inputs [first, last): for each row b, the entries of its row list in that
 * range (found by bisection, the list being in order of j), appended to their inputs' lists.
 * Layout: count[k] for k < last − first, then list[k · rows + n].
 */
function listColumns(plan: usize, first: i32, last: i32, columns: usize): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const lists = <usize>load<i32>(plan, 16)
  const rowCount = lists + <usize>load<i32>(plan, 20) * <usize>cols * INDEX
  const width = last - first
  const columnList = columns + <usize>width * INDEX
  memory.fill(columns, 0, <usize>width * INDEX)
  for (let b = 0; b < rows; b++) {
    const list = lists + <usize>b * <usize>cols * INDEX
    const count = load<i32>(rowCount + <usize>b * INDEX)
    let low = 0
    let high = count
    while (low < high) {
      const middle = (low + high) >>> 1
      if (load<i32>(list + <usize>middle * INDEX) < first) low = middle + 1
      else high = middle
    }
    for (let n = low; n < count; n++) {
      const k = load<i32>(list + <usize>n * INDEX) - first
      if (k >= width) break
      const counter = columns + <usize>k * INDEX
      const at = load<i32>(counter)
      store<i32>(columnList + (<usize>k * <usize>rows + <usize>at) * INDEX, b)
      store<i32>(counter, at + 1)
    }
  }
}

/**
 * sums[u] ← Σ_b x[b][j] · δ[b][u] for every unit u, over the rows b of input j's list, list k
 * of the `width` lists at `columns` (listColumns).
 */
function gradientColumn(plan: usize, j: i32, k: i32, width: i32, columns: usize, sums: usize): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const units = load<i32>(plan, 24)
  sumListed(
    columns + (<usize>width + <usize>k * <usize>rows) * INDEX,
    load<i32>(columns + <usize>k * INDEX),
    <usize>load<i32>(plan, 4) + <usize>j * FLOAT,
    <usize>cols * FLOAT,
    <usize>load<i32>(plan, 28),
    <usize>units * FLOAT,
    sums,
    units
  )
}
