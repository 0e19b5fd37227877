/**
 * GEMM for thin shapes, where packing would cost more than it saves: one side has only a few
 * rows or columns (a single output unit, a batch of one, logistic regression over long inputs).
 * These stream the long operand once and stay memory-bound rather than padding a 3 × 12 tile.
 */
import { FLOAT, horizontalSum, multiplyAdd } from './simd'

/** C ← beta · C over an m × n block (C ← 0 when beta = 0, even where C held NaN). */
export function scaleBlock(c: usize, m: i32, n: i32, ldc: i32, beta: f32): void {
  if (beta == 1) return
  for (let i = 0; i < m; i++) {
    const row = c + <usize>i * <usize>ldc * FLOAT
    for (let j = 0; j < n; j++) {
      const target = row + <usize>j * FLOAT
      store<f32>(target, beta == 0 ? 0 : beta * load<f32>(target))
    }
  }
}

/**
 * C ← alpha · A · Bᵀ + beta · C as dot products of rows: C[i][j] = alpha Σₚ A[i][p] B[j][p].
 * Both rows are contiguous, so each dot product is a SIMD sum over p. Four rows of A share each
 * load of B's row (logistic regression streams a 30,000-wide A against one row of weights).
 */
export function gemmDot(
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
  ldc: i32
): void {
  const aRowBytes = <usize>lda * FLOAT
  const cRowBytes = <usize>ldc * FLOAT
  for (let j = 0; j < n; j++) {
    const bRow = b + <usize>j * <usize>ldb * FLOAT
    let i = 0
    for (; i + 4 <= m; i += 4) {
      const aRow = a + <usize>i * aRowBytes
      dot4(aRow, aRowBytes, bRow, k, c + <usize>i * cRowBytes + <usize>j * FLOAT, cRowBytes, alpha, beta)
    }
    for (; i < m; i++) {
      const target = c + <usize>i * cRowBytes + <usize>j * FLOAT
      storeScaled(target, alpha * dot(a + <usize>i * aRowBytes, bRow, k), beta)
    }
  }
}

/** C[r] ← alpha · (rows r = 0 … 3 of A, `aRowBytes` apart) · y + beta · C[r], C `cRowBytes` apart. */
function dot4(
  x: usize,
  aRowBytes: usize,
  y: usize,
  k: i32,
  c: usize,
  cRowBytes: usize,
  alpha: f32,
  beta: f32
): void {
  const x1 = x + aRowBytes
  const x2 = x1 + aRowBytes
  const x3 = x2 + aRowBytes
  let sum0 = f32x4.splat(0)
  let sum1 = f32x4.splat(0)
  let sum2 = f32x4.splat(0)
  let sum3 = f32x4.splat(0)
  let p = 0
  for (; p + 4 <= k; p += 4) {
    const offset = <usize>p * FLOAT
    const yValues = v128.load(y + offset)
    sum0 = multiplyAdd(v128.load(x + offset), yValues, sum0)
    sum1 = multiplyAdd(v128.load(x1 + offset), yValues, sum1)
    sum2 = multiplyAdd(v128.load(x2 + offset), yValues, sum2)
    sum3 = multiplyAdd(v128.load(x3 + offset), yValues, sum3)
  }
  let total0 = horizontalSum(sum0)
  let total1 = horizontalSum(sum1)
  let total2 = horizontalSum(sum2)
  let total3 = horizontalSum(sum3)
  for (; p < k; p++) {
    const offset = <usize>p * FLOAT
    const yValue = load<f32>(y + offset)
    total0 += load<f32>(x + offset) * yValue
    total1 += load<f32>(x1 + offset) * yValue
    total2 += load<f32>(x2 + offset) * yValue
    total3 += load<f32>(x3 + offset) * yValue
  }
  storeScaled(c, alpha * total0, beta)
  storeScaled(c + cRowBytes, alpha * total1, beta)
  storeScaled(c + 2 * cRowBytes, alpha * total2, beta)
  storeScaled(c + 3 * cRowBytes, alpha * total3, beta)
}

/** Σₚ x[p] y[p] over k floats, with the same operations as one lane of dot4. */
function dot(x: usize, y: usize, k: i32): f32 {
  let sums = f32x4.splat(0)
  let p = 0
  for (; p + 4 <= k; p += 4) {
    const offset = <usize>p * FLOAT
    sums = multiplyAdd(v128.load(x + offset), v128.load(y + offset), sums)
  }
  let sum = horizontalSum(sums)
  for (; p < k; p++) sum += load<f32>(x + <usize>p * FLOAT) * load<f32>(y + <usize>p * FLOAT)
  return sum
}

/** C ← product + beta · C (C ← product when beta = 0, even where C held NaN). */
// @ts-ignore: decorator
@inline
function storeScaled(target: usize, product: f32, beta: f32): void {
  store<f32>(target, beta == 0 ? product : product + beta * load<f32>(target))
}

/**
 * C ← alpha · op(A) · B + beta · C as scaled row sums: C[i] += Σₚ (alpha op(A)[i][p]) B[p],
 * four rows of B per pass over C[i] (B row-major; op(A)[i][p] is A[p][i] when `transposeA`).
 */
export function gemmAxpy(
  transposeA: bool,
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
  ldc: i32
): void {
  const bRowBytes = <usize>ldb * FLOAT
  const aRowStep: usize = transposeA ? FLOAT : <usize>lda * FLOAT
  const aStep: usize = transposeA ? <usize>lda * FLOAT : FLOAT
  scaleBlock(c, m, n, ldc, beta)
  for (let i = 0; i < m; i++) {
    const cRow = c + <usize>i * <usize>ldc * FLOAT
    let aValue = a + <usize>i * aRowStep
    let bRow = b
    let p = 0
    for (; p + 4 <= k; p += 4) {
      const s0 = alpha * load<f32>(aValue)
      const s1 = alpha * load<f32>(aValue + aStep)
      const s2 = alpha * load<f32>(aValue + 2 * aStep)
      const s3 = alpha * load<f32>(aValue + 3 * aStep)
      addScaledRows4(cRow, bRow, bRowBytes, s0, s1, s2, s3, n)
      aValue += 4 * aStep
      bRow += 4 * bRowBytes
    }
    for (; p < k; p++) {
      addScaledRow(cRow, bRow, alpha * load<f32>(aValue), n)
      aValue += aStep
      bRow += bRowBytes
    }
  }
}

/** c[j] += s0 b0[j] + s1 b1[j] + s2 b2[j] + s3 b3[j] for four rows b0 … b3 `step` bytes apart. */
function addScaledRows4(
  c: usize,
  b0: usize,
  step: usize,
  s0: f32,
  s1: f32,
  s2: f32,
  s3: f32,
  n: i32
): void {
  const b1 = b0 + step
  const b2 = b1 + step
  const b3 = b2 + step
  const v0 = f32x4.splat(s0)
  const v1 = f32x4.splat(s1)
  const v2 = f32x4.splat(s2)
  const v3 = f32x4.splat(s3)
  let j = 0
  for (; j + 4 <= n; j += 4) {
    const offset = <usize>j * FLOAT
    let sum = v128.load(c + offset)
    sum = multiplyAdd(v0, v128.load(b0 + offset), sum)
    sum = multiplyAdd(v1, v128.load(b1 + offset), sum)
    sum = multiplyAdd(v2, v128.load(b2 + offset), sum)
    sum = multiplyAdd(v3, v128.load(b3 + offset), sum)
    v128.store(c + offset, sum)
  }
  for (; j < n; j++) {
    const offset = <usize>j * FLOAT
    let sum = load<f32>(c + offset)
    sum += s0 * load<f32>(b0 + offset)
    sum += s1 * load<f32>(b1 + offset)
    sum += s2 * load<f32>(b2 + offset)
    sum += s3 * load<f32>(b3 + offset)
    store<f32>(c + offset, sum)
  }
}

/** c[j] += s b[j] over n floats. */
function addScaledRow(c: usize, b: usize, s: f32, n: i32): void {
  const scale = f32x4.splat(s)
  let j = 0
  for (; j + 4 <= n; j += 4) {
    const offset = <usize>j * FLOAT
    v128.store(c + offset, multiplyAdd(scale, v128.load(b + offset), v128.load(c + offset)))
  }
  for (; j < n; j++) {
    const offset = <usize>j * FLOAT
    store<f32>(c + offset, load<f32>(c + offset) + s * load<f32>(b + offset))
  }
}
