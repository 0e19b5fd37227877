/** Column sums of a batch (the bias gradients; the bias add is in activation-passes.ts). */
import { FLOAT } from './simd'

/**
 * out[j] ← scale · Σᵢ M[i][j] (e.g. ∂J/∂b = (1/m) Σᵢ δᵢ): rows are added four columns at a time.
 */
export function columnSums(m: usize, rows: i32, cols: i32, out: usize, scale: f32): void {
  memory.fill(out, 0, <usize>cols * FLOAT)
  for (let i = 0; i < rows; i++) {
    const row = m + <usize>i * <usize>cols * FLOAT
    let j = 0
    for (; j + 4 <= cols; j += 4) {
      const offset = <usize>j * FLOAT
      v128.store(out + offset, f32x4.add(v128.load(out + offset), v128.load(row + offset)))
    }
    for (; j < cols; j++) {
      const offset = <usize>j * FLOAT
      store<f32>(out + offset, load<f32>(out + offset) + load<f32>(row + offset))
    }
  }
  for (let j = 0; j < cols; j++) {
    const offset = <usize>j * FLOAT
    store<f32>(out + offset, scale * load<f32>(out + offset))
  }
}
