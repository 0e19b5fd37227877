/**
 * The sparse first layer's weight gradient (sparse-layer.ts has the plan), for a band of inputs:
 *   G[u][j] = scale · Σ_b δ[b][u] · x[b][j]      over the rows b with x[b][j] ≠ 0
 * Each input's rows are listed (a column list, in order of b, with the values x[b][j] beside it);
 * its sums for a strip of units then stay in registers while the list is walked (sumListed),
 * reading δ from a copy in strips.
 */
import { byteValues } from './gather'
import { FLOAT, nonFinite, storeTurned } from './simd'
import { listFour } from './sparse-gather'
import { sumListed } from './sparse-sums'

const INDEX: usize = 4
/** Units per strip of δ: one run of sumListed's widest loop (6 accumulator vectors). */
const STRIP: i32 = 24

/**
 * G[u][j] for the inputs j of the band [first, last) (whole 4s of inputs, cut by work:
 * src/main/engine/tensor/wasm/band-tables.ts), every unit u. First the band's column lists
 * (`columns`: the rows b with x[b][j] ≠ 0 for each j of the band, in order of b); then, strip by
 * strip of units (so that the strip of δ, 24 KB for 256 rows, stays in L1), each input's sums
 * into its row of a band × units tile; then the tile, turned by 4 × 4 blocks and scaled, into G
 * with whole-vector stores. `scratch` holds the lists, then the tile (sparse-inputs.ts sizes the
 * band to fit).
 */
export function gradientBand(plan: usize, first: i32, last: i32, scratch: usize): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const units = load<i32>(plan, 24)
  const g = <usize>load<i32>(plan, 32)
  const strips = <usize>load<i32>(plan, 36)
  const scale = f32x4.splat(load<f32>(plan, 48))
  const width = last - first
  const stride = <usize>columnStride(rows) * INDEX
  const columns = scratch
  const columnList = columns + <usize>width * INDEX
  listColumns(plan, first, width, columns)
  const tile = columnList + 2 * <usize>width * stride
  const tileRow = <usize>(units + 3) * FLOAT
  for (let c = 0; c < units; c += STRIP) {
    const strip = min(STRIP, units - c)
    const stripRows = strips + <usize>c * <usize>rows * FLOAT
    for (let k = 0; k < width; k++) {
      sumListed(
        columnList + <usize>k * stride,
        load<i32>(columns + <usize>k * INDEX),
        <usize>width * stride,
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
 * The column lists of the `width` inputs from `first`, from the batch's turned bytes
 * (sparse-gather.ts): for input j, 16 rows' bytes at a time, the rows b with a non-zero byte
 * and their values x[b][j] = byte · scale[j] (+ an offset of 0: the same bits as the gathered
 * x[b][j]) shuffled to the front and stored whole, as the gather lists a row. Layout: count[k]
 * for k < width, then list[k · S + n], then value[k · S + n] = x[list[k · S + n]][first + k],
 * with S = columnStride(rows): a list's whole-vector stores stay in it. Each count is also kept
 * at counts[first + k] (plan slot 13: the lists', sparse-gather.ts), by which the next batch's
 * bands are cut.
 */
function listColumns(plan: usize, first: i32, width: i32, columns: usize): void {
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const capacity = <usize>load<i32>(plan, 20)
  const turned = <usize>load<i32>(plan, 16) + (2 * <usize>cols + 1) * capacity * INDEX
  const scales = <usize>load<i32>(plan, 40)
  const stride = <usize>columnStride(rows) * INDEX
  const counts = <usize>load<i32>(plan, 52)
  const columnList = columns + <usize>width * INDEX
  const values = <usize>width * stride
  // Rows b … b + 15 of input j: 4 bytes from each of 4 groups of turned bytes (sparse-gather.ts),
  // `group` apart (0 past the batch's last row).
  const group = <usize>cols * 4
  for (let k = 0; k < width; k++) {
    const j = <usize>(first + k)
    const column = turned + j * 4
    const scale = f32x4.splat(load<f32>(scales + j * FLOAT))
    const list = columnList + <usize>k * stride
    let found = 0
    for (let b = 0; b < rows; b += 16) {
      const at = column + <usize>(b >>> 2) * group
      let packed = i32x4.splat(load<i32>(at))
      packed = i32x4.replace_lane(packed, 1, load<i32>(at + group))
      packed = i32x4.replace_lane(packed, 2, load<i32>(at + 2 * group))
      packed = i32x4.replace_lane(packed, 3, load<i32>(at + 3 * group))
      const mask = i8x16.bitmask(i8x16.ne(packed, i8x16.splat(0)))
      if (mask == 0) continue
      const lanes = i32x4.add(i32x4.splat(b), i32x4(0, 1, 2, 3))
      found = listFour(f32x4.mul(byteValues(packed, 0), scale), lanes, mask, list, found, values)
      const lanes4 = i32x4.add(lanes, i32x4.splat(4))
      found = listFour(f32x4.mul(byteValues(packed, 1), scale), lanes4, mask >>> 4, list, found, values)
      const lanes8 = i32x4.add(lanes, i32x4.splat(8))
      found = listFour(f32x4.mul(byteValues(packed, 2), scale), lanes8, mask >>> 8, list, found, values)
      const lanes12 = i32x4.add(lanes, i32x4.splat(12))
      found = listFour(f32x4.mul(byteValues(packed, 3), scale), lanes12, mask >>> 12, list, found, values)
    }
    store<i32>(columns + <usize>k * INDEX, found)
    store<i32>(counts + j * INDEX, found)
  }
}

/** Entries from one column list to the next: `rows` rounded up to whole vectors of 16 bytes. */
export function columnStride(rows: i32): i32 {
  return (rows + 15) & ~15
}

/**
 * δ in strips of STRIP units, for gradientBand: strip c (units c … c + width − 1) holds δ[b][c …]
 * for every row b, `width` floats apart, after the c · rows values of the strips before it. A
 * strip is one run of memory that stays in L1 while a band's inputs are summed; δ's own rows
 * are 512 bytes apart for 128 units, so a strip of them would crowd into a few cache sets.
 * Returns whether every δ copied is finite: the lanes of nonFinite or-ed as they pass (a chain
 * of one-cycle ors), since a δ ±∞ or NaN would make the dense product's 0 · δ terms NaN, which
 * the listed sums skip (sparse-inputs.ts then takes the dense product).
 */
export function stripDelta(delta: usize, rows: i32, units: i32, strips: usize): bool {
  let seen = i32x4.splat(0)
  for (let c = 0; c < units; c += STRIP) {
    const width = min(STRIP, units - c)
    const stripRow = <usize>width * FLOAT
    const strip = strips + <usize>c * <usize>rows * FLOAT
    for (let b = 0; b < rows; b++) {
      const from = delta + (<usize>b * <usize>units + <usize>c) * FLOAT
      const to = strip + <usize>b * stripRow
      let k = 0
      for (; k + 4 <= width; k += 4) {
        const values = v128.load(from + <usize>k * FLOAT)
        v128.store(to + <usize>k * FLOAT, values)
        seen = v128.or(seen, nonFinite(values))
      }
      for (; k < width; k++) {
        const value = load<f32>(from + <usize>k * FLOAT)
        store<f32>(to + <usize>k * FLOAT, value)
        seen = v128.or(seen, nonFinite(f32x4.splat(value)))
      }
    }
  }
  return !v128.any_true(seen)
}
