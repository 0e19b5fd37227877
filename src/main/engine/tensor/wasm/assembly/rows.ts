/** Column sums of a batch (the bias gradients; the bias add is in activation-passes.ts). */
import { FLOAT } from './simd'

/**
 * out[j] ← scale · Σᵢ M[i][j] (e.g. ∂J/∂b = (1/m) Σᵢ δᵢ). Sixteen columns at a time go down
 * all the rows in four running vector sums held in registers, then four columns in one, then
 * the leftover columns singly: every column is summed from row 0 down, whatever its position.
 */
export function columnSums(m: usize, rows: i32, cols: i32, out: usize, scale: f32): void {
  const stride = <usize>cols * FLOAT
  const scales = f32x4.splat(scale)
  let j = 0
  for (; j + 16 <= cols; j += 16) {
    let sums0 = f32x4.splat(0)
    let sums1 = f32x4.splat(0)
    let sums2 = f32x4.splat(0)
    let sums3 = f32x4.splat(0)
    let row = m + <usize>j * FLOAT
    for (let i = 0; i < rows; i++, row += stride) {
      sums0 = f32x4.add(sums0, v128.load(row))
      sums1 = f32x4.add(sums1, v128.load(row, 16))
      sums2 = f32x4.add(sums2, v128.load(row, 32))
      sums3 = f32x4.add(sums3, v128.load(row, 48))
    }
    const at = out + <usize>j * FLOAT
    v128.store(at, f32x4.mul(scales, sums0))
    v128.store(at, f32x4.mul(scales, sums1), 16)
    v128.store(at, f32x4.mul(scales, sums2), 32)
    v128.store(at, f32x4.mul(scales, sums3), 48)
  }
  for (; j + 4 <= cols; j += 4) {
    let sums = f32x4.splat(0)
    let row = m + <usize>j * FLOAT
    for (let i = 0; i < rows; i++, row += stride) sums = f32x4.add(sums, v128.load(row))
    v128.store(out + <usize>j * FLOAT, f32x4.mul(scales, sums))
  }
  for (; j < cols; j++) {
    let sum: f32 = 0
    let row = m + <usize>j * FLOAT
    for (let i = 0; i < rows; i++, row += stride) sum += load<f32>(row)
    store<f32>(out + <usize>j * FLOAT, scale * sum)
  }
}
