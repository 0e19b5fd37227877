/**
 * The inner sum of both sparse first-layer products (sparse-layer.ts): a strip of output as a
 * weighted sum of the rows a list names,
 *   out[c] = Σₙ sₙ · M[iₙ][c]      for c < width, over list entries n < count (iₙ = list[n])
 * where sₙ is the f32 `values` bytes after entry n (a value list beside the list) and row M[i]
 * starts at matrix + i · rowStride. Forward: i = j over a row's non-zero inputs, sₙ = x[b][iₙ],
 * M = Wᵀ. Gradient: i = b over an input's non-zero rows, sₙ = x[iₙ][j], M = δ. The terms are
 * added in list order.
 */
import { FLOAT, multiplyAdd } from './simd'

const INDEX: usize = 4

/**
 * out[0 … width − 1] ← the sums above: 24 columns at a time in 6 accumulators (with the 6 loaded
 * vectors and the broadcast, 13 of the 15 vector registers V8 gives WebAssembly: 8 accumulators
 * spill), then 16, 8 and 4 at a time, then the last width % 4 one by one. The loops step a pointer
 * through the list: at ~5 cycles an entry the sums are bound by instructions issued, not by the
 * multiply-adds' latency (unfused, 3-cycle adds were slower), so each one left out counts.
 * Measured slower too (MNIST forward, Zen 1): two entries a step into the same accumulators
 * (1.35×), and two rows' lists a step in 2 × 4 accumulators (1.2× bands of 16 a row at a time).
 */
export function sumListed(
  list: usize,
  count: i32,
  values: usize,
  matrix: usize,
  rowStride: usize,
  out: usize,
  width: i32
): void {
  const end = list + <usize>count * INDEX
  let c = 0
  for (; c + 24 <= width; c += 24) sumColumns(list, end, values, matrix, rowStride, out, c, 6)
  if (c + 16 <= width) {
    sumColumns(list, end, values, matrix, rowStride, out, c, 4)
    c += 16
  }
  if (c + 8 <= width) {
    sumColumns(list, end, values, matrix, rowStride, out, c, 2)
    c += 8
  }
  if (c + 4 <= width) {
    sumColumns(list, end, values, matrix, rowStride, out, c, 1)
    c += 4
  }
  // The last columns one by one, with the same operation per lane as the vectors (fused in the
  // relaxed build, where a lane's multiply-add rounds once).
  for (; c < width; c++) {
    const m = matrix + <usize>c * FLOAT
    let a = f32x4.splat(0)
    for (let entry = list; entry < end; entry += INDEX) {
      const i = <usize>load<i32>(entry)
      const s = v128.load32_splat(entry + values)
      a = multiplyAdd(s, f32x4.splat(load<f32>(m + i * rowStride)), a)
    }
    store<f32>(out + <usize>c * FLOAT, f32x4.extract_lane(a, 0))
  }
}

/**
 * out[c … c + 4 · vectors − 1] ← the sums, in `vectors` accumulators (1 to 6). Inlined with a
 * constant `vectors`, so the tests below fold away and the accumulators not used are never
 * touched: one loop for every pass, as tight as a loop written for its width.
 */
// @ts-ignore: decorator
@inline
function sumColumns(
  list: usize,
  end: usize,
  values: usize,
  matrix: usize,
  rowStride: usize,
  out: usize,
  c: i32,
  vectors: i32
): void {
  const m = matrix + <usize>c * FLOAT
  let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0
  for (let entry = list; entry < end; entry += INDEX) {
    const i = <usize>load<i32>(entry)
    const s = v128.load32_splat(entry + values)
    const row = m + i * rowStride
    a0 = multiplyAdd(s, v128.load(row), a0)
    if (vectors > 1) a1 = multiplyAdd(s, v128.load(row, 16), a1)
    if (vectors > 2) a2 = multiplyAdd(s, v128.load(row, 32), a2)
    if (vectors > 3) a3 = multiplyAdd(s, v128.load(row, 48), a3)
    if (vectors > 4) a4 = multiplyAdd(s, v128.load(row, 64), a4)
    if (vectors > 5) a5 = multiplyAdd(s, v128.load(row, 80), a5)
  }
  const at = out + <usize>c * FLOAT
  v128.store(at, a0)
  if (vectors > 1) v128.store(at, a1, 16)
  if (vectors > 2) v128.store(at, a2, 32)
  if (vectors > 3) v128.store(at, a3, 48)
  if (vectors > 4) v128.store(at, a4, 64)
  if (vectors > 5) v128.store(at, a5, 80)
}
