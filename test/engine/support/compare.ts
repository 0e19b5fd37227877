import { expect } from 'vitest'

/** How close two numbers must be: |a − e| ≤ relative · max(|a|, |e|, floor). */
export interface Tolerance {
  relative: number
  /** Below this magnitude the bound stops shrinking, so round-off near 0 is not judged relatively. */
  floor: number
}

/** True when `actual` is within `tolerance` of `expected`. */
export function isClose(actual: number, expected: number, tolerance: Tolerance): boolean {
  const scale = Math.max(Math.abs(actual), Math.abs(expected), tolerance.floor)
  return Math.abs(actual - expected) <= tolerance.relative * scale
}

/**
 * Asserts element-wise closeness of two equally long lists. On failure the message names `what`
 * and the first index that disagrees, with both values.
 */
export function expectAllClose(
  actual: ArrayLike<number>,
  expected: ArrayLike<number>,
  tolerance: Tolerance,
  what: string
): void {
  expect(actual.length, `${what}: length`).toBe(expected.length)
  for (let i = 0; i < expected.length; i++) {
    if (!isClose(actual[i], expected[i], tolerance)) {
      expect.fail(
        `${what}[${i}]: got ${actual[i]}, expected ${expected[i]} (${JSON.stringify(tolerance)})`
      )
    }
  }
}

/** The number `actual` rounded to as many significant digits as the printed `expected` has. */
export function toPrintedDigits(actual: number, expected: string): string {
  const digits = expected.replace(/^[-0.]+/, '').replace('.', '').length
  return actual.toPrecision(digits)
}
