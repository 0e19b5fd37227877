/**
 * General matrix product C ← alpha · op(A) · op(B) + beta · C for row-major f32 matrices, where
 * op(X) is X or Xᵀ, and C is m × n, op(A) m × k, op(B) k × n. Pointers are byte offsets in the
 * shared memory; `lda`, `ldb`, `ldc` are floats per stored row, so a caller can hand a block of a
 * bigger matrix to each thread.
 *
 * The blocked path follows the Goto/BLIS loop nest: for each block of nc columns and kc steps,
 * op(B) is packed into 12-column panels (kc × 12 floats, about L1-sized); for each block of mc
 * rows, every panel is swept over the rows 3 at a time by the register-blocked micro-kernel.
 */
import { gemmTile, TILE_COLS, TILE_ROWS } from './gemm-tile'
import { packB, packTransposedA } from './gemm-pack'
import { gemmAxpy, gemmDot, scaleBlock } from './gemm-thin'
import { FLOAT } from './simd'

/** Steps of the inner dimension per packed block (a 12-column panel is 12 KB: L1). */
const BLOCK_STEPS: i32 = 256
/** Columns of op(B) per packed block (240 KB of panels: L2). A multiple of 12. */
const BLOCK_COLUMNS: i32 = 240
/** Rows of C per block (a packed block of Aᵀ is 96 KB: L2). A multiple of 3. */
const BLOCK_ROWS: i32 = 96

/** The ways a product can be computed; threads that split one product must all use the same. */
export const PATH_BLOCKED: i32 = 0
export const PATH_DOT: i32 = 1
export const PATH_AXPY: i32 = 2

/**
 * Bytes of scratch one thread needs for `gemm`: the packed block of op(B), the packed block of
 * op(A) = Aᵀ, and one edge tile.
 */
export function gemmScratchBytes(): usize {
  const packedB = BLOCK_STEPS * BLOCK_COLUMNS
  const packedA = BLOCK_ROWS * BLOCK_STEPS
  return <usize>(packedB + packedA + TILE_ROWS * TILE_COLS) * FLOAT
}

/**
 * Products of at most this many multiply-adds skip packing too: for a Playground-sized network
 * (2-8-8-1 on 10 rows) packing panels and copying edge tiles costs more than the arithmetic.
 */
const SMALL_PRODUCT: i32 = 1024

/**
 * The path for a product of this shape: thin products (a couple of rows with a row-major op(B),
 * or a few columns of a dot-product form) and small ones skip packing; everything else is
 * blocked.
 */
export function gemmPath(transposeA: bool, transposeB: bool, m: i32, n: i32, k: i32): i32 {
  const small = m * n * k <= SMALL_PRODUCT
  if (!transposeB && (m <= 2 || small)) return PATH_AXPY
  if (!transposeA && transposeB && (n <= 4 || m <= 2 || small)) return PATH_DOT
  return PATH_BLOCKED
}

/** C ← alpha · op(A) · op(B) + beta · C along `path` (see gemmPath); `scratch` per thread. */
export function gemm(
  path: i32,
  transposeA: bool,
  transposeB: bool,
  m: i32,
  n: i32,
  k: i32,
  alpha: f32,
  a: usize,
  lda: i32,
  b: usize,
  ldb: i32,
  beta: f32,
  c: usize,
  ldc: i32,
  scratch: usize
): void {
  if (m <= 0 || n <= 0) return
  if (k <= 0) scaleBlock(c, m, n, ldc, beta)
  else if (path == PATH_DOT) gemmDot(m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
  else if (path == PATH_AXPY) gemmAxpy(transposeA, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
  else gemmBlocked(transposeA, transposeB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, scratch)
}

function gemmBlocked(
  transposeA: bool,
  transposeB: bool,
  m: i32,
  n: i32,
  k: i32,
  alpha: f32,
  a: usize,
  lda: i32,
  b: usize,
  ldb: i32,
  beta: f32,
  c: usize,
  ldc: i32,
  scratch: usize
): void {
  const packedB = scratch
  const packedA = packedB + <usize>(BLOCK_STEPS * BLOCK_COLUMNS) * FLOAT
  const edge = packedA + <usize>(BLOCK_ROWS * BLOCK_STEPS) * FLOAT
  const aRowBytes = <usize>lda * FLOAT
  const cRowBytes = <usize>ldc * FLOAT
  // Equal blocks of steps (784 = 4 × 196, not 3 × 256 + 16): a short last block would pay the
  // tile's load and store of C for few multiply-adds.
  const stepBlocks = (k + BLOCK_STEPS - 1) / BLOCK_STEPS
  const blockSteps = (k + stepBlocks - 1) / stepBlocks
  for (let jc = 0; jc < n; jc += BLOCK_COLUMNS) {
    const nc = min(BLOCK_COLUMNS, n - jc)
    for (let pc = 0; pc < k; pc += blockSteps) {
      const kc = min(blockSteps, k - pc)
      packB(transposeB, b, ldb, pc, jc, kc, nc, packedB)
      // Later steps add to what the first block of steps wrote.
      const blockBeta: f32 = pc == 0 ? beta : 1
      for (let ic = 0; ic < m; ic += BLOCK_ROWS) {
        const mc = min(BLOCK_ROWS, m - ic)
        const cBlock = c + (<usize>ic * <usize>ldc + <usize>jc) * FLOAT
        if (transposeA) {
          // Packed strips: row r of strip s at s · 3kc + r, stepping 3 floats per p.
          packTransposedA(a, lda, ic, pc, mc, kc, packedA)
          const stripBytes = <usize>kc * FLOAT
          const step = <usize>TILE_ROWS * FLOAT
          sweepBlock(mc, nc, kc, packedA, stripBytes, FLOAT, step, packedB, cBlock, cRowBytes,
            alpha, blockBeta, edge)
        } else {
          // A read in place: row i at i · lda, stepping 1 float per p.
          const aBlock = a + (<usize>ic * <usize>lda + <usize>pc) * FLOAT
          sweepBlock(mc, nc, kc, aBlock, aRowBytes, aRowBytes, FLOAT, packedB, cBlock, cRowBytes,
            alpha, blockBeta, edge)
        }
      }
    }
  }
}

/**
 * Every 3 × 12 tile of an mc × nc block of C: each packed panel of op(B) (L1-resident) meets
 * every strip of 3 rows of op(A). Row r of the strip starting at block row i is at
 * aBlock + i · aRowBytes + r · aNextRow and advances `aStep` bytes per p.
 */
function sweepBlock(
  mc: i32,
  nc: i32,
  kc: i32,
  aBlock: usize,
  aRowBytes: usize,
  aNextRow: usize,
  aStep: usize,
  packedB: usize,
  cBlock: usize,
  cRowBytes: usize,
  alpha: f32,
  beta: f32,
  edge: usize
): void {
  for (let jr = 0; jr < nc; jr += TILE_COLS) {
    const cols = min(TILE_COLS, nc - jr)
    const panel = packedB + <usize>(jr * kc) * FLOAT
    for (let ir = 0; ir < mc; ir += TILE_ROWS) {
      const rows = min(TILE_ROWS, mc - ir)
      // Rows beyond the edge re-read row 0 (their results are never stored).
      const a0 = aBlock + <usize>ir * aRowBytes
      const a1 = rows > 1 ? a0 + aNextRow : a0
      const a2 = rows > 2 ? a0 + 2 * aNextRow : a0
      const cTile = cBlock + <usize>ir * cRowBytes + <usize>jr * FLOAT
      gemmTile(kc, a0, a1, a2, aStep, panel, cTile, cRowBytes, alpha, beta, rows, cols, edge)
    }
  }
}
