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
 *   0 kind (0 forward, 1 gradient)   1 x  2 cols  3 rows  4 lists  5 capacity (rows of the lists)
 *   6 units  7 W (forward) or δ (gradient)  8 out: z (forward) or G (gradient)
 *   9 transposed Wᵀ (forward: cols × padded units)  10 padded units  11 chunk size  12 scale (f32)
 */
import { FLOAT, multiplyAdd } from './simd'

const INDEX: usize = 4
const FORWARD: i32 = 0
/** Vectors of output kept in registers: 8 f32x4 accumulators leave room in V8's 15. */
const BLOCK: i32 = 8

/** Chunk `index` of the job planned at `plan`. */
export function sparseChunk(plan: usize, index: i32, scratch: usize): void {
  const size = load<i32>(plan, 44)
  if (load<i32>(plan) == FORWARD) forwardBand(plan, index * size, size)
  else gradientBand(plan, index * size, size)
}

/**
 * z[b][u] for units u in [first, first + size), every row b: first this band's rows of W are
 * copied into columns of Wᵀ (so that x[b][j] · W[u][j] for consecutive u is one vector
 * multiply-add), then each row's non-zero inputs are summed into 8 vectors of z at a time.
 */
function forwardBand(plan: usize, first: i32, size: i32): void {
  const x = <usize>load<i32>(plan, 4)
  const cols = load<i32>(plan, 8)
  const rows = load<i32>(plan, 12)
  const lists = <usize>load<i32>(plan, 16)
  const capacity = load<i32>(plan, 20)
  const units = load<i32>(plan, 24)
  const z = <usize>load<i32>(plan, 32)
  const transposed = <usize>load<i32>(plan, 36)
  const padded = load<i32>(plan, 40)
  const last = min(first + size, units)
  transposeBand(<usize>load<i32>(plan, 28), cols, units, first, last, transposed, padded)
  const rowCount = lists + <usize>capacity * <usize>cols * INDEX
  const rowStride = <usize>padded * FLOAT
  for (let b = 0; b < rows; b++) {
    const list = lists + <usize>b * <usize>cols * INDEX
    const count = load<i32>(rowCount + <usize>b * INDEX)
    const xRow = x + <usize>b * <usize>cols * FLOAT
    const zRow = z + <usize>b * <usize>units * FLOAT
    let u = first
    for (; u + 4 * BLOCK <= last; u += 4 * BLOCK) {
      const w = transposed + <usize>u * FLOAT
      // a_i = Σₙ x[b][jₙ] · Wᵀ[jₙ][u + 4i … u + 4i + 3], i < 8
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0
      for (let n = 0; n < count; n++) {
        const j = <usize>load<i32>(list + <usize>n * INDEX)
        const xj = f32x4.splat(load<f32>(xRow + j * FLOAT))
        const at = w + j * rowStride
        a0 = multiplyAdd(xj, v128.load(at), a0)
        a1 = multiplyAdd(xj, v128.load(at, 16), a1)
        a2 = multiplyAdd(xj, v128.load(at, 32), a2)
        a3 = multiplyAdd(xj, v128.load(at, 48), a3)
        a4 = multiplyAdd(xj, v128.load(at, 64), a4)
        a5 = multiplyAdd(xj, v128.load(at, 80), a5)
        a6 = multiplyAdd(xj, v128.load(at, 96), a6)
        a7 = multiplyAdd(xj, v128.load(at, 112), a7)
      }
      const out = zRow + <usize>u * FLOAT
      v128.store(out, a0)
      v128.store(out, a1, 16)
      v128.store(out, a2, 32)
      v128.store(out, a3, 48)
      v128.store(out, a4, 64)
      v128.store(out, a5, 80)
      v128.store(out, a6, 96)
      v128.store(out, a7, 112)
    }
    // The band's last units, a vector at a time (Wᵀ's padding columns are zero).
    for (; u < last; u += 4) {
      let a = f32x4.splat(0)
      for (let n = 0; n < count; n++) {
        const j = <usize>load<i32>(list + <usize>n * INDEX)
        const xj = f32x4.splat(load<f32>(xRow + j * FLOAT))
        a = multiplyAdd(xj, v128.load(transposed + j * rowStride + <usize>u * FLOAT), a)
      }
      storeLanes(zRow + <usize>u * FLOAT, a, last - u)
    }
  }
}

/** The first min(lanes, 4) lanes of `value` at `target`. */
function storeLanes(target: usize, value: v128, lanes: i32): void {
  if (lanes >= 4) {
    v128.store(target, value)
    return
  }
  store<f32>(target, f32x4.extract_lane(value, 0))
  if (lanes > 1) store<f32>(target, f32x4.extract_lane(value, 1), 4)
  if (lanes > 2) store<f32>(target, f32x4.extract_lane(value, 2), 8)
}

/**
 * Wᵀ[j][u] ← W[u][j] for u in [first, last), every j, and 0 in the padding columns
 * [units, padded) when the band ends there: 4 × 4 blocks by shuffles, the edges one by one.
 */
function transposeBand(
  w: usize,
  cols: i32,
  units: i32,
  first: i32,
  last: i32,
  transposed: usize,
  padded: i32
): void {
  const rowBytes = <usize>cols * FLOAT
  const stride = <usize>padded * FLOAT
  let u = first
  for (; u + 4 <= last; u += 4) {
    const from = w + <usize>u * rowBytes
    const to = transposed + <usize>u * FLOAT
    let j = 0
    for (; j + 4 <= cols; j += 4) {
      const at = from + <usize>j * FLOAT
      const r0 = v128.load(at)
      const r1 = v128.load(at + rowBytes)
      const r2 = v128.load(at + 2 * rowBytes)
      const r3 = v128.load(at + 3 * rowBytes)
      // Pairs of rows interleaved, then pairs of pairs: column c of the block in lanes 0 … 3.
      const t0 = v128.shuffle<f32>(r0, r1, 0, 4, 1, 5)
      const t1 = v128.shuffle<f32>(r0, r1, 2, 6, 3, 7)
      const t2 = v128.shuffle<f32>(r2, r3, 0, 4, 1, 5)
      const t3 = v128.shuffle<f32>(r2, r3, 2, 6, 3, 7)
      const out = to + <usize>j * stride
      v128.store(out, v128.shuffle<f32>(t0, t2, 0, 1, 4, 5))
      v128.store(out + stride, v128.shuffle<f32>(t0, t2, 2, 3, 6, 7))
      v128.store(out + 2 * stride, v128.shuffle<f32>(t1, t3, 0, 1, 4, 5))
      v128.store(out + 3 * stride, v128.shuffle<f32>(t1, t3, 2, 3, 6, 7))
    }
    for (; j < cols; j++) {
      for (let r = 0; r < 4; r++) {
        store<f32>(to + <usize>j * stride + <usize>r * FLOAT, load<f32>(from + <usize>r * rowBytes + <usize>j * FLOAT))
      }
    }
  }
  for (; u < last; u++) {
    for (let j = 0; j < cols; j++) {
      store<f32>(transposed + <usize>j * stride + <usize>u * FLOAT, load<f32>(w + <usize>u * rowBytes + <usize>j * FLOAT))
    }
  }
  if (last < units) return
  for (let j = 0; j < cols; j++) {
    for (let p = units; p < padded; p++) store<f32>(transposed + <usize>j * stride + <usize>p * FLOAT, 0)
  }
}

/**
 * G[u][j] for inputs j in [first, first + size), every unit u: for each input, its column list
 * gives the rows b where x[b][j] ≠ 0, and x[b][j] · δ[b][u … u + 31] is summed in 8 vectors;
 * the sums, scaled, go down column j of G.
 */
function gradientBand(plan: usize, first: i32, size: i32): void {
  const x = <usize>load<i32>(plan, 4)
  const cols = load<i32>(plan, 8)
  const lists = <usize>load<i32>(plan, 16)
  const capacity = load<i32>(plan, 20)
  const units = load<i32>(plan, 24)
  const delta = <usize>load<i32>(plan, 28)
  const g = <usize>load<i32>(plan, 32)
  const scale = load<f32>(plan, 48)
  const columnList = lists + <usize>capacity * (<usize>cols + 1) * INDEX
  const columnCount = columnList + <usize>cols * <usize>capacity * INDEX
  const deltaRow = <usize>units * FLOAT
  const gRow = <usize>cols * FLOAT
  const last = min(first + size, cols)
  for (let j = first; j < last; j++) {
    const list = columnList + <usize>j * <usize>capacity * INDEX
    const count = load<i32>(columnCount + <usize>j * INDEX)
    const xColumn = x + <usize>j * FLOAT
    const gColumn = g + <usize>j * FLOAT
    let u = 0
    for (; u + 4 * BLOCK <= units; u += 4 * BLOCK) {
      const d = delta + <usize>u * FLOAT
      // a_i = Σₙ x[bₙ][j] · δ[bₙ][u + 4i … u + 4i + 3], i < 8
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0, a6 = a0, a7 = a0
      for (let n = 0; n < count; n++) {
        const b = <usize>load<i32>(list + <usize>n * INDEX)
        const xb = f32x4.splat(load<f32>(xColumn + b * gRow))
        const at = d + b * deltaRow
        a0 = multiplyAdd(xb, v128.load(at), a0)
        a1 = multiplyAdd(xb, v128.load(at, 16), a1)
        a2 = multiplyAdd(xb, v128.load(at, 32), a2)
        a3 = multiplyAdd(xb, v128.load(at, 48), a3)
        a4 = multiplyAdd(xb, v128.load(at, 64), a4)
        a5 = multiplyAdd(xb, v128.load(at, 80), a5)
        a6 = multiplyAdd(xb, v128.load(at, 96), a6)
        a7 = multiplyAdd(xb, v128.load(at, 112), a7)
      }
      const out = gColumn + <usize>u * gRow
      storeDown(out, gRow, a0, scale)
      storeDown(out + 4 * gRow, gRow, a1, scale)
      storeDown(out + 8 * gRow, gRow, a2, scale)
      storeDown(out + 12 * gRow, gRow, a3, scale)
      storeDown(out + 16 * gRow, gRow, a4, scale)
      storeDown(out + 20 * gRow, gRow, a5, scale)
      storeDown(out + 24 * gRow, gRow, a6, scale)
      storeDown(out + 28 * gRow, gRow, a7, scale)
    }
    for (; u + 4 <= units; u += 4) {
      let a = f32x4.splat(0)
      for (let n = 0; n < count; n++) {
        const b = <usize>load<i32>(list + <usize>n * INDEX)
        const xb = f32x4.splat(load<f32>(xColumn + b * gRow))
        a = multiplyAdd(xb, v128.load(delta + b * deltaRow + <usize>u * FLOAT), a)
      }
      storeDown(gColumn + <usize>u * gRow, gRow, a, scale)
    }
    // The last units % 4 one at a time (δ's rows are not padded).
    for (; u < units; u++) {
      let a: f32 = 0
      for (let n = 0; n < count; n++) {
        const b = <usize>load<i32>(list + <usize>n * INDEX)
        a += load<f32>(xColumn + b * gRow) * load<f32>(delta + b * deltaRow + <usize>u * FLOAT)
      }
      store<f32>(gColumn + <usize>u * gRow, scale * a)
    }
  }
}

/** scale · the four lanes of `sums` into four consecutive rows of one column, `stride` apart. */
// @ts-ignore: decorator
@inline
function storeDown(target: usize, stride: usize, sums: v128, scale: f32): void {
  const scaled = f32x4.mul(sums, f32x4.splat(scale))
  store<f32>(target, f32x4.extract_lane(scaled, 0))
  store<f32>(target + stride, f32x4.extract_lane(scaled, 1))
  store<f32>(target + 2 * stride, f32x4.extract_lane(scaled, 2))
  store<f32>(target + 3 * stride, f32x4.extract_lane(scaled, 3))
}
