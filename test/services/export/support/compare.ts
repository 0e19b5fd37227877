import { expect } from 'vitest'

/** The exports' promise: every output within 1e-5 · max(1, |lab's output|) of `predict`. */
export const OUTPUT_TOLERANCE = 1e-5

/**
 * Asserts that `actual` (flat, row-major, or rows) matches `expected` rows of the lab's
 * `predict`. On failure the message names the sample and output with both values.
 */
export function expectOutputsClose(
  actual: ArrayLike<number> | number[][],
  expected: number[][],
  what: string
): void {
  const flat =
    Array.isArray(actual) && Array.isArray(actual[0])
      ? (actual as number[][]).flat()
      : Array.from(actual as ArrayLike<number>)
  const width = expected[0].length
  expect(flat.length, `${what}: number of outputs`).toBe(expected.length * width)
  flat.forEach((value, index) => {
    const target = expected[Math.floor(index / width)][index % width]
    if (!(Math.abs(value - target) <= OUTPUT_TOLERANCE * Math.max(1, Math.abs(target)))) {
      expect.fail(
        `${what}: sample ${Math.floor(index / width) + 1}, output ${(index % width) + 1}: got ${value}, predict gives ${target}`
      )
    }
  })
}
