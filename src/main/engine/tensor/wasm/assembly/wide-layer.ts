/**
 * One pass over the data per step for a single dense layer much wider than it is tall (logistic
 * regression on photos: 30,000 inputs, one unit), whose loss gives δ = a − y. Two-pass
 * backprop streams X twice, z = X Wᵀ and then ∂J/∂W = δᵀ X / m; here, per block of 4 rows,
 *   z = Xb Wᵀ + b,   a = f(z),   δ = a − y,   G += δᵀ Xb,   g += Σ δ
 * while the block is in cache (its bytes read from memory once, its columns widened into an
 * L1-sized segment twice). Rows are cut into chunks of whole blocks, as even as blocks allow
 * (chunk c starts at block ⌊c · blocks / chunks⌋), that threads claim like gemm chunks: two
 * threads then finish together (chunks of 11 blocks and a last one of 5 left one thread 176 of
 * 326 rows while the other had 150). Each chunk sums into its own partial gradient, and
 * `wideFinish` adds the partials in chunk order, so the result does not depend on which thread
 * computed what.
 *
 * Pixel bytes b stand for x = b · s + o per column (the value b / 255 and the preprocessing), and
 * the conversion is folded into the weights rather than done per element:
 *   z = Σₖ bₖ (sₖ Wₖ) + Σₖ oₖ Wₖ + b          ∂J/∂Wₖ = (1/m) (sₖ Σᵢ δᵢ bᵢₖ + oₖ Σᵢ δᵢ)
 * so each byte is only widened to f32 before its multiply-add; `wideBegin` folds the weights.
 *
 * Plan (i32/f32 slots, byte offsets; engine/tensor/wasm/wide-step.ts writes it):
 *   0 input kind (0 f32 rows, 1 bytes)  4 inputs  8 columns  12 byte scale  16 byte offset
 *   20 row indices  24 rows  28 units  32 W  36 b  40 activation  44 alpha (f32)  48 targets
 *   52 z  56 a  60 δ  64 partials  68 partial bytes  72 blocks (of BLOCK_ROWS rows)  76 chunks
 *   80 ∂J/∂W  84 ∂J/∂b  88 1/m (f32)  92 folded weights s ⊙ W (units × columns)  96 Σₖ oₖ Wₖ
 *   100 chunks taken from the last (1) or the first (0)
 */
import { addBiasAndActivate } from './activation-passes'
import { dotByteRows } from './wide-bytes'
import { FLOAT, horizontalSum, multiplyAdd } from './simd'
import { accumulateBlock } from './wide-gradient'
import {
  ACCUMULATORS,
  BLOCK_ROWS,
  byteRow,
  SEGMENT,
  segmentRows,
  WIDE_MAXIMUM_UNITS
} from './wide-rows'


/**
 * Before the chunks of a step on pixel bytes: the folded weights sₖ Wₖ and, per unit, the
 * offsets' contribution Σₖ oₖ Wₖ. (For float rows the plan points at W itself and zeros.)
 */
export function wideBegin(plan: usize): void {
  if (load<i32>(plan, 0) != 1) return
  const cols = load<i32>(plan, 8)
  const units = load<i32>(plan, 28)
  const scale = <usize>load<i32>(plan, 12)
  const offset = <usize>load<i32>(plan, 16)
  for (let unit = 0; unit < units; unit++) {
    const w = <usize>load<i32>(plan, 32) + <usize>(unit * cols) * FLOAT
    const folded = <usize>load<i32>(plan, 92) + <usize>(unit * cols) * FLOAT
    let offsets = f32x4.splat(0)
    let k = 0
    for (; k + 4 <= cols; k += 4) {
      const at = <usize>k * FLOAT
      const weights = v128.load(w + at)
      v128.store(folded + at, f32x4.mul(v128.load(scale + at), weights))
      offsets = multiplyAdd(v128.load(offset + at), weights, offsets)
    }
    let sum = horizontalSum(offsets)
    for (; k < cols; k++) {
      const at = <usize>k * FLOAT
      store<f32>(folded + at, load<f32>(scale + at) * load<f32>(w + at))
      sum += load<f32>(offset + at) * load<f32>(w + at)
    }
    store<f32>(<usize>load<i32>(plan, 96) + <usize>unit * FLOAT, sum)
  }
}

/**
 * Computes the `claimed`-th chunk the threads take into its partial gradient, with `scratch`
 * bytes: chunk `claimed`, or on every other step (plan slot 100) the chunks from the last one
 * back. The rows of the last chunks a step read are then still in the shared cache when the
 * next step starts on them (9.8 MB of photos against 8 MB of L3 on the EPYC measured, where a
 * scan in the same direction every step found none of its rows there). Each chunk's partial is
 * the same whichever order they are taken in.
 */
export function wideChunk(plan: usize, claimed: i32, scratch: usize): void {
  const cols = load<i32>(plan, 8)
  const units = load<i32>(plan, 28)
  const blocks = load<i32>(plan, 72)
  const chunks = load<i32>(plan, 76)
  const index = load<i32>(plan, 100) != 0 ? chunks - 1 - claimed : claimed
  const first = BLOCK_ROWS * ((index * blocks) / chunks)
  const rows = min(BLOCK_ROWS * (((index + 1) * blocks) / chunks), load<i32>(plan, 24)) - first
  const partial = <usize>load<i32>(plan, 64) + <usize>index * <usize>load<i32>(plan, 68)
  memory.fill(partial, 0, <usize>(units * (cols + 1)) * FLOAT)
  for (let block = first; block < first + rows; block += BLOCK_ROWS) {
    const count = min(BLOCK_ROWS, first + rows - block)
    forwardBlock(plan, block, count, scratch)
    accumulateBlock(plan, block, count, partial, scratch)
  }
}

/**
 * ∂J/∂b = (1/m) Σ_c g_c and ∂J/∂W = (1/m) Σ_c G_c over the chunks in order (the partials hold
 * G_c, units × columns, then g_c, units); for pixel bytes G sums δ b, so
 * ∂J/∂Wₖ = (1/m) (sₖ Σ_c G_c + oₖ Σ_c g_c).
 */
export function wideFinish(plan: usize): void {
  const cols = load<i32>(plan, 8)
  const units = load<i32>(plan, 28)
  const chunks = load<i32>(plan, 76)
  const partials = <usize>load<i32>(plan, 64)
  const stride = <usize>load<i32>(plan, 68)
  const inverse = load<f32>(plan, 88)
  const biasPartials = partials + <usize>(units * cols) * FLOAT
  const biasGradients = <usize>load<i32>(plan, 84)
  const bytes = load<i32>(plan, 0) == 1
  for (let unit = 0; unit < units; unit++) {
    let deltas = load<f32>(biasPartials + <usize>unit * FLOAT)
    for (let c = 1; c < chunks; c++) {
      deltas += load<f32>(biasPartials + <usize>c * stride + <usize>unit * FLOAT)
    }
    store<f32>(biasGradients + <usize>unit * FLOAT, deltas * inverse)
    const at = <usize>(unit * cols) * FLOAT
    const target = <usize>load<i32>(plan, 80) + at
    // Floats: ∂J/∂W = (1/m) G (scale 1, offset 0 per column).
    const scale = bytes ? <usize>load<i32>(plan, 12) : 0
    const offset = bytes ? <usize>load<i32>(plan, 16) : 0
    sumChunks(partials + at, stride, chunks, cols, scale, offset, deltas, inverse, target)
  }
}

/**
 * target[k] = inverse · (scale[k] · Σ_c partial_c[k] + offset[k] · deltas) for k < count, the
 * chunks added in order; without per-column arrays (0) target[k] = inverse · Σ_c partial_c[k].
 */
function sumChunks(
  partials: usize,
  stride: usize,
  chunks: i32,
  count: i32,
  scale: usize,
  offset: usize,
  deltas: f32,
  inverse: f32,
  target: usize
): void {
  const inverses = f32x4.splat(inverse)
  const deltaSums = f32x4.splat(deltas)
  let k = 0
  for (; k + 4 <= count; k += 4) {
    const at = <usize>k * FLOAT
    let sum = v128.load(partials + at)
    for (let c = 1; c < chunks; c++) sum = f32x4.add(sum, v128.load(partials + <usize>c * stride + at))
    if (scale != 0) {
      sum = f32x4.add(f32x4.mul(v128.load(scale + at), sum), f32x4.mul(v128.load(offset + at), deltaSums))
    }
    v128.store(target + at, f32x4.mul(sum, inverses))
  }
  for (; k < count; k++) {
    const at = <usize>k * FLOAT
    let sum = load<f32>(partials + at)
    for (let c = 1; c < chunks; c++) sum += load<f32>(partials + <usize>c * stride + at)
    if (scale != 0) sum = load<f32>(scale + at) * sum + load<f32>(offset + at) * deltas
    store<f32>(target + at, sum * inverse)
  }
}

/**
 * Rows block … block + count − 1: z = Xb Wᵀ + b over the columns a segment at a time (one f32x4
 * accumulator per row and unit), then a = f(z) and δ = a − y.
 */
function forwardBlock(plan: usize, block: i32, count: i32, scratch: usize): void {
  const cols = load<i32>(plan, 8)
  const units = load<i32>(plan, 28)
  const weights = <usize>load<i32>(plan, 92)
  const accumulators = scratch
  if (units == 1 && load<i32>(plan, 0) == 1) {
    // One unit on bytes: each byte widened in registers right before its multiply-add.
    const slotBytes = <usize>WIDE_MAXIMUM_UNITS * 16
    dotByteRows(weights, byteRow(plan, block, 0), byteRow(plan, block, min(1, count - 1)),
      byteRow(plan, block, min(2, count - 1)), byteRow(plan, block, min(3, count - 1)), cols,
      accumulators, slotBytes)
    finishForward(plan, block, count, accumulators)
    return
  }
  memory.fill(accumulators, 0, ACCUMULATORS)
  for (let k0 = 0; k0 < cols; k0 += SEGMENT) {
    const width = min(SEGMENT, cols - k0)
    const vectorWidth = width & ~3
    const rows = segmentRows(plan, block, count, k0, width, scratch + ACCUMULATORS)
    for (let unit = 0; unit < units; unit++) {
      const w = weights + <usize>(unit * cols + k0) * FLOAT
      for (let i = 0; i < count; i++) {
        const x = load<usize>(rows + <usize>i * sizeof<usize>())
        const slot = accumulators + <usize>(i * WIDE_MAXIMUM_UNITS + unit) * 16
        let sum = v128.load(slot)
        for (let k = 0; k < vectorWidth; k += 4) {
          const at = <usize>k * FLOAT
          sum = multiplyAdd(v128.load(x + at), v128.load(w + at), sum)
        }
        // The segment's last columns (cols not a multiple of 4) go into lane 0.
        for (let k = vectorWidth; k < width; k++) {
          const at = <usize>k * FLOAT
          const product = load<f32>(x + at) * load<f32>(w + at)
          sum = f32x4.replace_lane(sum, 0, f32x4.extract_lane(sum, 0) + product)
        }
        v128.store(slot, sum)
      }
    }
  }
  finishForward(plan, block, count, accumulators)
}

/** z = (the accumulators' sums + Σₖ oₖ Wₖ) + b, then a = f(z) and δ = a − y for the block. */
function finishForward(plan: usize, block: i32, count: i32, accumulators: usize): void {
  const units = load<i32>(plan, 28)
  const biases = <usize>load<i32>(plan, 36)
  const offsets = <usize>load<i32>(plan, 96)
  const z = <usize>load<i32>(plan, 52) + <usize>(block * units) * FLOAT
  const a = <usize>load<i32>(plan, 56) + <usize>(block * units) * FLOAT
  for (let i = 0; i < count; i++) {
    for (let unit = 0; unit < units; unit++) {
      const slot = accumulators + <usize>(i * WIDE_MAXIMUM_UNITS + unit) * 16
      const at = <usize>(i * units + unit) * FLOAT
      const offset = load<f32>(offsets + <usize>unit * FLOAT)
      store<f32>(z + at, horizontalSum(v128.load(slot)) + offset)
    }
  }
  addBiasAndActivate(load<i32>(plan, 40), load<f32>(plan, 44), z, biases, a, count, units)
  const targets = <usize>load<i32>(plan, 48) + <usize>(block * units) * FLOAT
  const delta = <usize>load<i32>(plan, 60) + <usize>(block * units) * FLOAT
  for (let j = 0; j < count * units; j++) {
    const at = <usize>j * FLOAT
    store<f32>(delta + at, load<f32>(a + at) - load<f32>(targets + at))
  }
}
