/**
 * The GEMM micro-kernel: one 3 × 12 tile of C from a strip of op(A) (3 rows) and a packed panel
 * of op(B) (12 columns), the whole tile held in nine v128 registers:
 *   acc[r][c] = Σₚ op(A)[r][p] · op(B)[p][c]      (p = 0 … kc − 1)
 *   C[r][c] ← alpha · acc[r][c] + beta · C[r][c]
 * Each step p broadcasts three values of A and multiplies them into three vectors of B: nine
 * multiply-adds for six loads. 3 × 12 keeps 9 accumulators + 3 B vectors + 1 broadcast within the
 * 15 vector registers V8 gives WebAssembly on x64 (wider tiles spill and run at half speed).
 */
import { FLOAT, multiplyAdd } from './simd'

/** Rows of C per tile. */
export const TILE_ROWS: i32 = 3
/** Columns of C per tile (three f32x4 vectors). */
export const TILE_COLS: i32 = 12

/**
 * One tile. A's rows r = 0, 1, 2 start at a0, a1, a2 and advance `aStep` bytes per p; B's panel
 * holds 12 floats per p. `rows` ≤ 3 and `cols` ≤ 12 of the tile are real; an edge tile goes
 * through `edge` (36 floats of scratch). With beta = 0, C's old contents are never read.
 */
export function gemmTile(
  kc: i32,
  a0: usize,
  a1: usize,
  a2: usize,
  aStep: usize,
  b: usize,
  c: usize,
  cRowBytes: usize,
  alpha: f32,
  beta: f32,
  rows: i32,
  cols: i32,
  edge: usize
): void {
  let c00 = f32x4.splat(0)
  let c01 = f32x4.splat(0)
  let c02 = f32x4.splat(0)
  let c10 = f32x4.splat(0)
  let c11 = f32x4.splat(0)
  let c12 = f32x4.splat(0)
  let c20 = f32x4.splat(0)
  let c21 = f32x4.splat(0)
  let c22 = f32x4.splat(0)
  for (let p = 0; p < kc; p++) {
    const b0 = v128.load(b)
    const b1 = v128.load(b, 16)
    const b2 = v128.load(b, 32)
    const x0 = v128.load32_splat(a0)
    c00 = multiplyAdd(x0, b0, c00)
    c01 = multiplyAdd(x0, b1, c01)
    c02 = multiplyAdd(x0, b2, c02)
    const x1 = v128.load32_splat(a1)
    c10 = multiplyAdd(x1, b0, c10)
    c11 = multiplyAdd(x1, b1, c11)
    c12 = multiplyAdd(x1, b2, c12)
    const x2 = v128.load32_splat(a2)
    c20 = multiplyAdd(x2, b0, c20)
    c21 = multiplyAdd(x2, b1, c21)
    c22 = multiplyAdd(x2, b2, c22)
    a0 += aStep
    a1 += aStep
    a2 += aStep
    b += 48
  }
  if (rows == TILE_ROWS && cols == TILE_COLS) {
    storeRow(c, c00, c01, c02, alpha, beta)
    storeRow(c + cRowBytes, c10, c11, c12, alpha, beta)
    storeRow(c + 2 * cRowBytes, c20, c21, c22, alpha, beta)
    return
  }
  // Edge tile: run the same vector update on a copy of C's real part in `edge`, then copy back,
  // so every element is computed alike whichever tile it falls in.
  const edgeRowBytes = <usize>TILE_COLS * FLOAT
  if (beta != 0) copyBlock(c, cRowBytes, edge, edgeRowBytes, rows, cols)
  storeRow(edge, c00, c01, c02, alpha, beta)
  storeRow(edge + edgeRowBytes, c10, c11, c12, alpha, beta)
  storeRow(edge + 2 * edgeRowBytes, c20, c21, c22, alpha, beta)
  copyBlock(edge, edgeRowBytes, c, cRowBytes, rows, cols)
}

/** Copies a rows × cols block of floats between row strides. */
function copyBlock(
  source: usize,
  sourceRowBytes: usize,
  target: usize,
  targetRowBytes: usize,
  rows: i32,
  cols: i32
): void {
  for (let r = 0; r < rows; r++) {
    const offsetTarget = target + <usize>r * targetRowBytes
    memory.copy(offsetTarget, source + <usize>r * sourceRowBytes, <usize>cols * FLOAT)
  }
}

/** C[0 … 11] ← alpha · (v0, v1, v2) + beta · C[0 … 11]. */
// @ts-ignore: decorator
@inline
function storeRow(c: usize, v0: v128, v1: v128, v2: v128, alpha: f32, beta: f32): void {
  const alphas = f32x4.splat(alpha)
  if (beta == 0) {
    v128.store(c, f32x4.mul(v0, alphas))
    v128.store(c, f32x4.mul(v1, alphas), 16)
    v128.store(c, f32x4.mul(v2, alphas), 32)
    return
  }
  const betas = f32x4.splat(beta)
  v128.store(c, multiplyAdd(v128.load(c), betas, f32x4.mul(v0, alphas)))
  v128.store(c, multiplyAdd(v128.load(c, 16), betas, f32x4.mul(v1, alphas)), 16)
  v128.store(c, multiplyAdd(v128.load(c, 32), betas, f32x4.mul(v2, alphas)), 32)
}
