import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LOSSES } from '../../src/main/engine/losses'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import { DEFAULT_ACTIVATION_SETTINGS } from '../../src/shared/model/activations/activation-record'
import { seeded } from './support/agreement'

/**
 * Softmax and its cross-entropy on both backends against the plain formulas written here in
 * Float64 on the same logits: softmax(z)ₖ = e^(zₖ − max z) / Σⱼ e^(zⱼ − max z) and
 * L = Σₖ yₖ (logsumexp(z) − zₖ) with logsumexp(z) = max z + log Σⱼ e^(zⱼ − max z). Rows of
 * every width from 1 to 13 and a wide one (the WASM kernel's one-lane leftovers and overlapping
 * last vector), random, huge (±1000), equal and huge equal logits, one-hot and soft targets.
 */
const WIDTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 33]

/** The test rows of one width: each a logit row and a target row. */
function rowsOfWidth(cols: number): { z: number[]; y: number[] }[] {
  const rng = seeded(cols)
  const random = () => Array.from({ length: cols }, () => rng.uniform(-8, 8))
  const huge = () => Array.from({ length: cols }, (_, k) => (k % 3 === 0 ? 1000 : -1000) + k)
  const logits = [random(), random(), huge(), new Array(cols).fill(3), new Array(cols).fill(1000)]
  logits.push(new Array(cols).fill(-1000))
  return logits.flatMap((z, row) => {
    const oneHot = Array.from({ length: cols }, (_, k) => (k === (row * 7) % cols ? 1 : 0))
    const soft = Array.from({ length: cols }, (_, k) => (k + 1) / ((cols * (cols + 1)) / 2))
    return [
      { z, y: oneHot },
      { z, y: soft }
    ]
  })
}

function softmaxRow(z: readonly number[]): number[] {
  const max = Math.max(...z)
  const exps = z.map((value) => Math.exp(value - max))
  const sum = exps.reduce((total, value) => total + value, 0)
  return exps.map((value) => value / sum)
}

function crossEntropy(z: readonly number[], y: readonly number[]): number {
  const max = Math.max(...z)
  const logSumExp = max + Math.log(z.reduce((sum, value) => sum + Math.exp(value - max), 0))
  return y.reduce((total, target, k) => total + target * (logSumExp - z[k]), 0)
}

let wasm: LoadedKernels
beforeAll(async () => {
  wasm = await loadKernels('f32', { threads: 1 })
})
afterAll(() => wasm.dispose())

const BACKENDS: [string, () => Kernels, number][] = [
  ['js f64', () => createJsKernels('f64'), 1e-13],
  ['wasm f32', () => wasm, 1e-6]
]

describe.each(BACKENDS)('softmax and cross-entropy (%s)', (_name, kernelsOf, tolerance) => {
  it.each(WIDTHS)('rows of %i against the plain formulas', (cols) => {
    const kernels = kernelsOf()
    const rows = rowsOfWidth(cols)
    const z = kernels.matrix(rows.length, cols)
    const y = kernels.matrix(rows.length, cols)
    rows.forEach((row, i) => {
      z.data.set(row.z, i * cols)
      y.data.set(row.y, i * cols)
    })
    // The logits as the backend holds them (rounded to Float32 on WASM) are the formulas' input.
    const logits = rows.map((_, i) => Array.from(z.data.subarray(i * cols, (i + 1) * cols)))
    const a = kernels.matrix(rows.length, cols)
    kernels.addBiasAndActivate('softmax', DEFAULT_ACTIVATION_SETTINGS, z, kernels.vector(cols), a)
    logits.forEach((row, i) => {
      const expected = softmaxRow(row)
      const actual = Array.from(a.data.subarray(i * cols, (i + 1) * cols))
      actual.forEach((value, k) => {
        expect(Math.abs(value - expected[k]), `row ${i} a[${k}]`).toBeLessThanOrEqual(
          tolerance * Math.max(expected[k], 1e-30)
        )
      })
    })
    const loss = LOSSES['cross-entropy'].sum(z, a, y, 'softmax')
    const terms = logits.map((row, i) => crossEntropy(row, rows[i].y))
    const expected = terms.reduce((total, term) => total + term, 0)
    // Each row's loss is off by at most the tolerance times its size (and 1: a's rounding).
    const bound = tolerance * terms.reduce((total, term) => total + Math.abs(term) + 1, 0)
    expect(Math.abs(loss - expected)).toBeLessThanOrEqual(bound)
  })

  it('keeps the digits of a loss near 0', () => {
    const kernels = kernelsOf()
    // L = log(1 + e^−d) ≈ e^−d: 4e-18 in f64 (d = 40), 6e-6 in f32 (d = 12).
    const gap = kernels.precision === 'f64' ? 40 : 12
    const z = kernels.matrix(1, 2)
    z.data.set([gap, 0])
    const y = kernels.matrix(1, 2)
    y.data.set([1, 0])
    const a = kernels.matrix(1, 2)
    kernels.addBiasAndActivate('softmax', DEFAULT_ACTIVATION_SETTINGS, z, kernels.vector(2), a)
    const loss = LOSSES['cross-entropy'].sum(z, a, y, 'softmax')
    expect(Math.abs(loss / Math.log1p(Math.exp(-gap)) - 1)).toBeLessThanOrEqual(tolerance)
  })

  it('is NaN when a logit is NaN or +∞, wherever it is', () => {
    const kernels = kernelsOf()
    for (const bad of [NaN, Infinity]) {
      for (let position = 0; position < 5; position++) {
        const z = kernels.matrix(1, 5)
        z.data.set([1, 2, 3, 4, 5])
        z.data[position] = bad
        const y = kernels.matrix(1, 5)
        y.data[2] = 1
        const a = kernels.matrix(1, 5)
        kernels.addBiasAndActivate('softmax', DEFAULT_ACTIVATION_SETTINGS, z, kernels.vector(5), a)
        const loss = LOSSES['cross-entropy'].sum(z, a, y, 'softmax')
        expect(loss, `${bad} at ${position}`).toBeNaN()
      }
    }
  })
})
