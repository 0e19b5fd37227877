/**
 * The sparse first layer's weight gradient (sparse-layer.ts has the plan), for a band of inputs:
 *   G[u][j] = scale · Σ_b δ[b][u] · x[b][j]      over the rows b with x[b][j] ≠ 0
 * Each input's rows are listed (a column list, in order of b, with the values x[b][j] beside it);
 * its sums for a strip of units then stay in registers while the list is walked (sumListed),
 * reading δ from a copy in strips.
 */
import { FLOAT, storeTurned } from './simd'
import { sumListed } from './sparse-sums'

const INDEX: usize = 4
/** Units per strip of δ: one run of sumListed's widest loop (6 accumulator vectors). */
const STRIP: i32 = 24

/**
 * G[u][j] for inputs j in [first, first + size), every unit u. First the band's column lists
 * (`columns`: the rows b with x[b][j] ≠ 0 for each j of the band, in order of b); then, strip by
 * strip of units (so that the strip of δ, 24 KB for 256 rows, stays in L1), each
 * input's sums into its row of a band × units tile; then the tile, turned by 4 × 4 blocks and
 * scaled, into G with whole-vector stores. `scratch` holds the lists, then the tile
 * (sparse-inputs.ts sizes the band to fit).
 */
export function gradientBand(plan: usize, first: i32, size: i32, scratch: usize): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const units = load<i32>(plan, 24)
  const g = <usize>load<i32>(plan, 32)
  const strips = <usize>load<i32>(plan, 36)
  const scale = f32x4.splat(load<f32>(plan, 48))
  const last = min(first + size, cols)
  const width = last - first
  const columns = scratch
  const columnList = columns + <usize>width * INDEX
  listColumns(plan, first, width, columns)
  const tile = columnList + 2 * <usize>width * <usize>rows * INDEX
  const tileRow = <usize>(units + 3) * FLOAT
  for (let c = 0; c < units; c += STRIP) {
    const strip = min(STRIP, units - c)
    const stripRows = strips + <usize>c * <usize>rows * FLOAT
    for (let k = 0; k < width; k++) {
      sumListed(
        columnList + <usize>k * <usize>rows * INDEX,
        load<i32>(columns + <usize>k * INDEX),
        <usize>width * <usize>rows * INDEX,
        stripRows,
        <usize>strip * FLOAT,
        tile + <usize>k * tileRow + <usize>c * FLOAT,
        strip
      )
    }
  }
  const gRow = <usize>cols * FLOAT
  let j = first
  for (; j + 4 <= last; j += 4) {
    const sums = tile + <usize>(j - first) * tileRow
    let u = 0
    for (; u + 4 <= units; u += 4) {
      storeTurned(sums + <usize>u * FLOAT, tileRow, g + <usize>u * gRow + <usize>j * FLOAT, gRow, scale)
    }
    for (; u < units; u++) {
      for (let q = 0; q < 4; q++) storeScaled(g, gRow, u, j + q, sums + <usize>q * tileRow, scale)
    }
  }
  for (; j < last; j++) {
    for (let u = 0; u < units; u++) storeScaled(g, gRow, u, j, tile + <usize>(j - first) * tileRow, scale)
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
 * The column lists of the `width` inputs from `first`: for each row b, the entries of its row
 * list in that range (the list being in order of j, from the start of the block of 16 inputs
 * that holds `first`), appended to their inputs' lists with their values. Layout: count[k] for
 * k < width, then list[k · rows + n], then value[k · rows + n] = x[list[k · rows + n]][first + k].
 */
function listColumns(plan: usize, first: i32, width: i32, columns: usize): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const lists = <usize>load<i32>(plan, 16)
  const capacity = <usize>load<i32>(plan, 20)
  const rowValues = capacity * <usize>cols * INDEX
  const rowCount = lists + 2 * rowValues
  const blockStart = rowCount + capacity * INDEX + (<usize>first >>> 4) * INDEX
  const blocks = <usize>(cols + 15) >>> 4
  const columnList = columns + <usize>width * INDEX
  const columnValues = <usize>width * <usize>rows * INDEX
  memory.fill(columns, 0, <usize>width * INDEX)
  for (let b = 0; b < rows; b++) {
    const list = lists + <usize>b * <usize>cols * INDEX
    const count = load<i32>(rowCount + <usize>b * INDEX)
    let n = load<i32>(blockStart + <usize>b * blocks * INDEX)
    while (n < count && load<i32>(list + <usize>n * INDEX) < first) n++
    for (; n < count; n++) {
      const k = load<i32>(list + <usize>n * INDEX) - first
      if (k >= width) break
      const counter = columns + <usize>k * INDEX
      // Row b and its value x[b][j], `columnValues` bytes after.
      const at = columnList + (<usize>k * <usize>rows + <usize>load<i32>(counter)) * INDEX
      store<i32>(at, b)
      store<f32>(at + columnValues, load<f32>(list + <usize>n * INDEX + rowValues))
      store<i32>(counter, load<i32>(counter) + 1)
    }
  }
}

/**
 * δ in strips of STRIP units, for gradientBand: strip c (units c … c + width − 1) holds δ[b][c …]
 * for every row b, `width` floats apart, after the c · rows values of the strips before it. A
 * strip is one run of memory that stays in L1 while a band's inputs are summed; δ's own rows
 * are 512 bytes apart for 128 units, so a strip of them would crowd into a few cache sets.
 */
export function stripDelta(delta: usize, rows: i32, units: i32, strips: usize): void {
  for (let c = 0; c < units; c += STRIP) {
    const width = <usize>min(STRIP, units - c) * FLOAT
    const strip = strips + <usize>c * <usize>rows * FLOAT
    for (let b = 0; b < rows; b++) {
      memory.copy(strip + <usize>b * width, delta + (<usize>b * <usize>units + <usize>c) * FLOAT, width)
    }
  }
}
