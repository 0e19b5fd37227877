/**
 * The gradient half of a one-pass wide-layer step (wide-layer.ts): for a block of rows whose
 * δ = a − y is known, G += δᵀ Xb and g += Σ δ into the chunk's partial gradient.
 */
import { FLOAT, multiplyAdd } from './simd'
import { accumulateByteRows } from './wide-bytes'
import { ACCUMULATORS, BLOCK_ROWS, byteRow, SEGMENT, segmentRows } from './wide-rows'

/** G[unit] += Σᵢ δᵢ[unit] Xb[i] and g[unit] += Σᵢ δᵢ[unit] for the block's rows. */
export function accumulateBlock(plan: usize, block: i32, count: i32, partial: usize, scratch: usize): void {
  const cols = load<i32>(plan, 8)
  const units = load<i32>(plan, 28)
  const delta = <usize>load<i32>(plan, 60) + <usize>(block * units) * FLOAT
  if (units == 1 && load<i32>(plan, 0) == 1) {
    // Rows past the block's end repeat its first row with δ = 0.
    const deltas = scratch + ACCUMULATORS
    for (let i = 0; i < BLOCK_ROWS; i++) {
      const value = i < count ? load<f32>(delta + <usize>i * FLOAT) : 0
      v128.store(deltas + <usize>i * 16, f32x4.splat(value))
    }
    accumulateByteRows(partial, byteRow(plan, block, 0), byteRow(plan, block, min(1, count - 1)),
      byteRow(plan, block, min(2, count - 1)), byteRow(plan, block, min(3, count - 1)), deltas, cols)
    addDeltas(partial + <usize>cols * FLOAT, delta, count, units)
    return
  }
  for (let k0 = 0; k0 < cols; k0 += SEGMENT) {
    const width = min(SEGMENT, cols - k0)
    const vectorWidth = width & ~3
    const rows = segmentRows(plan, block, count, k0, width, scratch + ACCUMULATORS)
    // Rows past the block's end repeat its first row with δ = 0, so the loop is always 4 wide.
    const x0 = load<usize>(rows)
    const x1 = count > 1 ? load<usize>(rows, sizeof<usize>()) : x0
    const x2 = count > 2 ? load<usize>(rows, 2 * sizeof<usize>()) : x0
    const x3 = count > 3 ? load<usize>(rows, 3 * sizeof<usize>()) : x0
    for (let unit = 0; unit < units; unit++) {
      const d0 = f32x4.splat(load<f32>(delta + <usize>unit * FLOAT))
      const d1 = f32x4.splat(count > 1 ? load<f32>(delta + <usize>(units + unit) * FLOAT) : 0)
      const d2 = f32x4.splat(count > 2 ? load<f32>(delta + <usize>(2 * units + unit) * FLOAT) : 0)
      const d3 = f32x4.splat(count > 3 ? load<f32>(delta + <usize>(3 * units + unit) * FLOAT) : 0)
      const g = partial + <usize>(unit * cols + k0) * FLOAT
      for (let k = 0; k < vectorWidth; k += 4) {
        const at = <usize>k * FLOAT
        let sum = v128.load(g + at)
        sum = multiplyAdd(d0, v128.load(x0 + at), sum)
        sum = multiplyAdd(d1, v128.load(x1 + at), sum)
        sum = multiplyAdd(d2, v128.load(x2 + at), sum)
        sum = multiplyAdd(d3, v128.load(x3 + at), sum)
        v128.store(g + at, sum)
      }
      for (let k = vectorWidth; k < width; k++) {
        const at = <usize>k * FLOAT
        let sum = load<f32>(g + at)
        sum += f32x4.extract_lane(d0, 0) * load<f32>(x0 + at)
        sum += f32x4.extract_lane(d1, 0) * load<f32>(x1 + at)
        sum += f32x4.extract_lane(d2, 0) * load<f32>(x2 + at)
        sum += f32x4.extract_lane(d3, 0) * load<f32>(x3 + at)
        store<f32>(g + at, sum)
      }
    }
  }
  addDeltas(partial + <usize>(units * cols) * FLOAT, delta, count, units)
}

/** g[unit] += Σᵢ δᵢ[unit] over the block's rows (the bias gradient's partial). */
function addDeltas(biasPartial: usize, delta: usize, count: i32, units: i32): void {
  for (let unit = 0; unit < units; unit++) {
    let sum = load<f32>(biasPartial + <usize>unit * FLOAT)
    for (let i = 0; i < count; i++) sum += load<f32>(delta + <usize>(i * units + unit) * FLOAT)
    store<f32>(biasPartial + <usize>unit * FLOAT, sum)
  }
}
