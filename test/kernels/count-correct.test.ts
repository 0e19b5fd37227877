import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import { seeded } from './support/agreement'

/**
 * The accuracy count on both backends against hand-written cases and a count written here: the
 * class of a row is its largest unit (the first of equals; a NaN never wins), or for one unit 1
 * when it is ≥ 0.5.
 */
let wasm: LoadedKernels
beforeAll(async () => {
  wasm = await loadKernels('f32', { threads: 1 })
})
afterAll(() => wasm.dispose())

function matrixOf(kernels: Kernels, rows: number[][]) {
  const matrix = kernels.matrix(rows.length, rows[0].length)
  rows.forEach((row, i) => matrix.data.set(row, i * row.length))
  return matrix
}

describe.each([
  ['js f64', () => createJsKernels('f64')],
  ['wasm f32', () => wasm]
] as [string, () => Kernels][])('countCorrect (%s)', (_name, kernelsOf) => {
  it('counts the rows whose largest unit is the target class, ties to the first', () => {
    const kernels = kernelsOf()
    //           outputs            target class   predicted
    const outputs = [
      [0.1, 0.7, 0.2], //           1              1   correct
      [0.4, 0.4, 0.2], //           1              0   (tie: the first)
      [0.3, 0.3, 0.4], //           2              2   correct
      [NaN, 0.2, 0.1], //           0              0   correct (NaN never beaten, never wins)
      [0.5, NaN, 0.6], //           2              2   correct
      [0.2, 0.2, 0.2] //            0              0   correct
    ]
    const classes = [1, 1, 2, 0, 2, 0]
    const targets = classes.map((k) => [0, 1, 2].map((j) => (j === k ? 1 : 0)))
    expect(kernels.countCorrect(matrixOf(kernels, outputs), matrixOf(kernels, targets))).toBe(5)
  })

  it('takes one unit as class 1 from 0.5 up', () => {
    const kernels = kernelsOf()
    // predicted 1, 0, 1, 0, 0 (NaN ≥ 0.5 is false)
    const outputs = [[0.5], [0.49], [0.9], [0.1], [NaN]]
    const targets = [[1], [1], [0], [0], [0]]
    expect(kernels.countCorrect(matrixOf(kernels, outputs), matrixOf(kernels, targets))).toBe(3)
  })

  it.each([2, 3, 10, 17])('agrees with a plain count on 257 random rows of %i', (cols) => {
    const kernels = kernelsOf()
    const rng = seeded(cols)
    const outputs = Array.from({ length: 257 }, () =>
      // Coarse values, so that ties happen.
      Array.from({ length: cols }, () => Math.round(rng.uniform(0, 4)))
    )
    const targets = outputs.map(() => {
      const k = Math.floor(rng.uniform(0, cols))
      return Array.from({ length: cols }, (_, j) => (j === k ? 1 : 0))
    })
    const firstLargest = (row: number[]) => row.indexOf(Math.max(...row))
    const expected = outputs.filter((row, i) => firstLargest(row) === targets[i].indexOf(1)).length
    expect(kernels.countCorrect(matrixOf(kernels, outputs), matrixOf(kernels, targets))).toBe(
      expected
    )
  })
})
