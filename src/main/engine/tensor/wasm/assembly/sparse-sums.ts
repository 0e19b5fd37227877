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
  for (; c + 24 <= width; c += 24) {
    const m = matrix + <usize>c * FLOAT
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, a4 = a0, a5 = a0
    for (let entry = list; entry < end; entry += INDEX) {
      const i = <usize>load<i32>(entry)
      const s = v128.load32_splat(entry + values)
      const row = m + i * rowStride
      a0 = multiplyAdd(s, v128.load(row), a0)
      a1 = multiplyAdd(s, v128.load(row, 16), a1)
      a2 = multiplyAdd(s, v128.load(row, 32), a2)
      a3 = multiplyAdd(s, v128.load(row, 48), a3)
      a4 = multiplyAdd(s, v128.load(row, 64), a4)
      a5 = multiplyAdd(s, v128.load(row, 80), a5)
    }
    const at = out + <usize>c * FLOAT
    v128.store(at, a0)
    v128.store(at, a1, 16)
    v128.store(at, a2, 32)
    v128.store(at, a3, 48)
    v128.store(at, a4, 64)
    v128.store(at, a5, 80)
  }
  for (; c + 16 <= width; c += 16) {
    const m = matrix + <usize>c * FLOAT
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0
    for (let entry = list; entry < end; entry += INDEX) {
      const i = <usize>load<i32>(entry)
      const s = v128.load32_splat(entry + values)
      const row = m + i * rowStride
      a0 = multiplyAdd(s, v128.load(row), a0)
      a1 = multiplyAdd(s, v128.load(row, 16), a1)
      a2 = multiplyAdd(s, v128.load(row, 32), a2)
      a3 = multiplyAdd(s, v128.load(row, 48), a3)
    }
    const at = out + <usize>c * FLOAT
    v128.store(at, a0)
    v128.store(at, a1, 16)
    v128.store(at, a2, 32)
    v128.store(at, a3, 48)
  }
  for (; c + 8 <= width; c += 8) {
    const m = matrix + <usize>c * FLOAT
    let a0 = f32x4.splat(0), a1 = a0
    for (let entry = list; entry < end; entry += INDEX) {
      const i = <usize>load<i32>(entry)
      const s = v128.load32_splat(entry + values)
      const row = m + i * rowStride
      a0 = multiplyAdd(s, v128.load(row), a0)
      a1 = multiplyAdd(s, v128.load(row, 16), a1)
    }
    v128.store(out + <usize>c * FLOAT, a0)
    v128.store(out + <usize>c * FLOAT, a1, 16)
  }
  for (; c + 4 <= width; c += 4) {
    const m = matrix + <usize>c * FLOAT
    let a = f32x4.splat(0)
    for (let entry = list; entry < end; entry += INDEX) {
      const i = <usize>load<i32>(entry)
      a = multiplyAdd(v128.load32_splat(entry + values), v128.load(m + i * rowStride), a)
    }
    v128.store(out + <usize>c * FLOAT, a)
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
