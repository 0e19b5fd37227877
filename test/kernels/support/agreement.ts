import { expect } from 'vitest'
import { Rng } from '../../../src/main/engine/rng'
import type { Kernels } from '../../../src/main/engine/tensor/kernels'
import type { FloatArray, Matrix } from '../../../src/main/engine/tensor/matrix'

/** The agreement the issue asks of the backends: 1e-5 relative. */
export const RELATIVE_TOLERANCE = 1e-5

/** A matrix of `kernels` filled with uniform values in [−scale, scale). */
export function randomMatrix(
  kernels: Kernels,
  rows: number,
  cols: number,
  rng: Rng,
  scale = 1
): Matrix {
  const matrix = kernels.matrix(rows, cols)
  for (let i = 0; i < matrix.data.length; i++) matrix.data[i] = rng.uniform(-scale, scale)
  return matrix
}

/** The same values in another backend's memory (and precision). */
export function copyTo(kernels: Kernels, source: Matrix): Matrix {
  const matrix = kernels.matrix(source.rows, source.cols)
  matrix.data.set(source.data)
  return matrix
}

/** A vector of another backend holding `values`. */
export function vectorOf(kernels: Kernels, values: ArrayLike<number>): FloatArray {
  const vector = kernels.vector(values.length)
  vector.set(Array.from(values))
  return vector
}

/**
 * Asserts |actual − expected| ≤ 1e-5 · scale element by element, where `scale[i]` is the size of
 * the terms that made element i (for a sum, the sum of absolute terms), so cancellation is judged
 * against what was summed rather than against a small result.
 */
export function expectAgreement(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  scale: (index: number) => number,
  what: string
): void {
  expect(actual.length, `${what}: length`).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) {
    const bound = RELATIVE_TOLERANCE * Math.max(scale(i), 1e-30)
    if (!(Math.abs(actual[i] - expected[i]) <= bound)) {
      expect.fail(`${what}[${i}]: got ${actual[i]}, expected ${expected[i]} (bound ${bound})`)
    }
  }
}

/** Relative agreement of elementwise results: scale = |expected|. */
export function expectRelative(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  what: string
): void {
  expectAgreement(actual, expected, (i) => Math.abs(expected[i]), what)
}

/** A seeded generator per test, so every failure reproduces. */
export function seeded(seed: number): Rng {
  return new Rng(seed)
}
