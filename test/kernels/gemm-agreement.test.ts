import { afterAll, beforeAll, describe, it } from 'vitest'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Matrix } from '../../src/main/engine/tensor/matrix'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import { copyTo, expectAgreement, randomMatrix, seeded } from './support/agreement'

/**
 * The WASM gemm (both builds: relaxed-SIMD fused multiply-add and plain SIMD128) against the
 * TypeScript reference in Float64 on the same Float32 inputs, for every transpose pair, alpha and
 * beta, and shapes that reach every path: 1 × 1, odd sizes, edge tiles, tall and skinny, thin
 * (dot and row-sum paths) and blocks larger than the cache blocks (k > 256, n > 240, m > 96).
 */
const SHAPES: [m: number, n: number, k: number][] = [
  [1, 1, 1],
  [1, 7, 3],
  [5, 1, 9],
  [3, 12, 8],
  [7, 13, 5],
  [37, 29, 101],
  [300, 2, 50],
  [2, 300, 17],
  [97, 5, 3],
  [1, 1, 600],
  [64, 10, 64],
  [100, 250, 300]
]
const SCALARS: [alpha: number, beta: number][] = [
  [1, 0],
  [0.5, 0.25],
  [-1.5, 1],
  [1 / 64, 0]
]

const reference = createJsKernels('f64')

describe.each(['relaxed', 'simd'] as const)('wasm gemm (%s build) against Float64', (variant) => {
  let wasm: LoadedKernels
  beforeAll(async () => {
    wasm = await loadKernels('f32', { threads: 1, variant })
  })
  afterAll(() => wasm.dispose())

  it.each(SHAPES)('%i × %i × %i, every transpose pair, alpha and beta', (m, n, k) => {
    const rng = seeded(m * 1000 + n * 10 + k)
    for (const transposeA of [false, true]) {
      for (const transposeB of [false, true]) {
        for (const [alpha, beta] of SCALARS) {
          const a = transposeA ? randomMatrix(wasm, k, m, rng) : randomMatrix(wasm, m, k, rng)
          const b = transposeB ? randomMatrix(wasm, n, k, rng) : randomMatrix(wasm, k, n, rng)
          const c = randomMatrix(wasm, m, n, rng)
          // With beta = 0, C's old contents must not matter, not even NaN.
          if (beta === 0) c.data.fill(NaN)
          const expected = copyTo(reference, c)
          if (beta === 0) expected.data.fill(0)
          const scales = termSizes(a, transposeA, b, transposeB, expected, alpha, beta)
          reference.gemm(
            copyTo(reference, a),
            transposeA,
            copyTo(reference, b),
            transposeB,
            expected,
            alpha,
            beta
          )
          wasm.gemm(a, transposeA, b, transposeB, c, alpha, beta)
          const what = `${transposeA ? 'Aᵀ' : 'A'}${transposeB ? 'Bᵀ' : 'B'} α=${alpha} β=${beta}`
          expectAgreement(c.data, expected.data, (i) => scales[i], what)
        }
      }
    }
  })
})

/** |alpha| Σₚ |op(A)[i][p]| |op(B)[p][j]| + |beta| |C[i][j]|: the size of what C[i][j] sums. */
function termSizes(
  a: Matrix,
  transposeA: boolean,
  b: Matrix,
  transposeB: boolean,
  c: Matrix,
  alpha: number,
  beta: number
): Float64Array {
  const absolute = (x: Matrix): Matrix => {
    const copy = copyTo(reference, x)
    for (let i = 0; i < copy.data.length; i++) copy.data[i] = Math.abs(copy.data[i])
    return copy
  }
  const sizes = absolute(c)
  reference.gemm(
    absolute(a),
    transposeA,
    absolute(b),
    transposeB,
    sizes,
    Math.abs(alpha),
    Math.abs(beta)
  )
  return sizes.data as Float64Array
}
