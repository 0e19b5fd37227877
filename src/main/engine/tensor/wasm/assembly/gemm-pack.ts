/**
 * Packing for the blocked GEMM: a kc × nc block of op(B) is copied into panels of 12 columns,
 * each panel kc rows of 12 contiguous floats (zero beyond the matrix edge), so the micro-kernel
 * reads B as one stream whatever B's layout. A transposed op(A) is packed into strips of 3 rows,
 * [p][r] interleaved, so its three values for a step p are adjacent.
 */
import { TILE_COLS, TILE_ROWS } from './gemm-tile'
import { FLOAT } from './simd'

/**
 * Packs op(B)[p0 … p0 + kc − 1][j0 … j0 + nc − 1] into `dest`. B is row-major with `ldb` floats
 * per row; op(B) = B, or Bᵀ when `transposed` (then op(B)[p][j] = B[j][p]).
 */
export function packB(
  transposed: bool,
  b: usize,
  ldb: i32,
  p0: i32,
  j0: i32,
  kc: i32,
  nc: i32,
  dest: usize
): void {
  for (let jr = 0; jr < nc; jr += TILE_COLS) {
    const cols = min(TILE_COLS, nc - jr)
    const panel = dest + <usize>(jr * kc) * FLOAT
    if (transposed) packTransposedPanel(b, ldb, p0, j0 + jr, kc, cols, panel)
    else packPanel(b, ldb, p0, j0 + jr, kc, cols, panel)
  }
}

/** Panel from a row-major op(B) = B: each step p copies 12 adjacent floats of row p0 + p. */
function packPanel(b: usize, ldb: i32, p0: i32, j0: i32, kc: i32, cols: i32, panel: usize): void {
  const rowBytes = <usize>ldb * FLOAT
  let source = b + (<usize>p0 * <usize>ldb + <usize>j0) * FLOAT
  let target = panel
  if (cols == TILE_COLS) {
    for (let p = 0; p < kc; p++) {
      v128.store(target, v128.load(source))
      v128.store(target, v128.load(source, 16), 16)
      v128.store(target, v128.load(source, 32), 32)
      source += rowBytes
      target += 48
    }
    return
  }
  for (let p = 0; p < kc; p++) {
    for (let j = 0; j < TILE_COLS; j++) {
      store<f32>(target + <usize>j * FLOAT, j < cols ? load<f32>(source + <usize>j * FLOAT) : 0)
    }
    source += rowBytes
    target += 48
  }
}

/**
 * Panel from op(B) = Bᵀ: column j of the panel is row j0 + j of B. Four rows at a time are read
 * four floats at a time and transposed in registers (4 × 4 shuffles), then stored as four steps.
 */
function packTransposedPanel(
  b: usize,
  ldb: i32,
  p0: i32,
  j0: i32,
  kc: i32,
  cols: i32,
  panel: usize
): void {
  const rowBytes = <usize>ldb * FLOAT
  const first = b + (<usize>j0 * <usize>ldb + <usize>p0) * FLOAT
  const fullGroups = cols >> 2
  const kcVector = kc & ~3
  for (let group = 0; group < fullGroups; group++) {
    const row0 = first + <usize>(group * 4) * rowBytes
    const row1 = row0 + rowBytes
    const row2 = row1 + rowBytes
    const row3 = row2 + rowBytes
    const column = panel + <usize>(group * 4) * FLOAT
    for (let p = 0; p < kcVector; p += 4) {
      const offset = <usize>p * FLOAT
      const r0 = v128.load(row0 + offset)
      const r1 = v128.load(row1 + offset)
      const r2 = v128.load(row2 + offset)
      const r3 = v128.load(row3 + offset)
      const low01 = i32x4.shuffle(r0, r1, 0, 4, 1, 5)
      const high01 = i32x4.shuffle(r0, r1, 2, 6, 3, 7)
      const low23 = i32x4.shuffle(r2, r3, 0, 4, 1, 5)
      const high23 = i32x4.shuffle(r2, r3, 2, 6, 3, 7)
      const target = column + <usize>p * 48
      v128.store(target, i32x4.shuffle(low01, low23, 0, 1, 4, 5))
      v128.store(target, i32x4.shuffle(low01, low23, 2, 3, 6, 7), 48)
      v128.store(target, i32x4.shuffle(high01, high23, 0, 1, 4, 5), 96)
      v128.store(target, i32x4.shuffle(high01, high23, 2, 3, 6, 7), 144)
    }
    for (let p = kcVector; p < kc; p++) {
      const offset = <usize>p * FLOAT
      const target = column + <usize>p * 48
      store<f32>(target, load<f32>(row0 + offset))
      store<f32>(target, load<f32>(row1 + offset), 4)
      store<f32>(target, load<f32>(row2 + offset), 8)
      store<f32>(target, load<f32>(row3 + offset), 12)
    }
  }
  // Leftover columns one row at a time, and zeros beyond the matrix edge.
  for (let j = fullGroups * 4; j < TILE_COLS; j++) {
    const row = first + <usize>j * rowBytes
    let target = panel + <usize>j * FLOAT
    for (let p = 0; p < kc; p++) {
      store<f32>(target, j < cols ? load<f32>(row + <usize>p * FLOAT) : 0)
      target += 48
    }
  }
}

/**
 * Packs op(A)[i0 … i0 + mc − 1][p0 … p0 + kc − 1] for op(A) = Aᵀ (A row-major with `lda`
 * floats per row, op(A)[i][p] = A[p][i]) into strips of 3 rows: strip s, step p, row r at
 * ((s · kc + p) · 3 + r). Rows beyond the edge repeat the strip's first row (never stored).
 */
export function packTransposedA(
  a: usize,
  lda: i32,
  i0: i32,
  p0: i32,
  mc: i32,
  kc: i32,
  dest: usize
): void {
  const rowBytes = <usize>lda * FLOAT
  for (let ir = 0; ir < mc; ir += TILE_ROWS) {
    const rows = min(TILE_ROWS, mc - ir)
    const o1: usize = rows > 1 ? FLOAT : 0
    const o2: usize = rows > 2 ? 2 * FLOAT : 0
    let source = a + (<usize>p0 * <usize>lda + <usize>(i0 + ir)) * FLOAT
    let target = dest + <usize>(ir * kc) * FLOAT
    for (let p = 0; p < kc; p++) {
      store<f32>(target, load<f32>(source))
      store<f32>(target, load<f32>(source + o1), 4)
      store<f32>(target, load<f32>(source + o2), 8)
      source += rowBytes
      target += 12
    }
  }
}
