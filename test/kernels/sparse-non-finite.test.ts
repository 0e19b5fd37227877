import { afterAll, beforeAll, expect, it } from 'vitest'
import { byteConversion } from '../../src/main/engine/data-rows'
import { backward, createNetwork, createWorkspace, forward } from '../../src/main/engine/network'
import { Rng } from '../../src/main/engine/rng'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Kernels, SparseBatch } from '../../src/main/engine/tensor/kernels'
import type { Matrix } from '../../src/main/engine/tensor/matrix'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import { copyTo, expectAgreement } from './support/agreement'
import { pixelRows } from './support/pixel-rows'

/**
 * Issue 17: a first layer that skips zero inputs must still see a weight ±∞ or NaN the way the
 * dense product does. Dense, z[b][u] = Σⱼ x[b][j] · W[u][j] takes 0 · ±∞ = NaN from a zero input;
 * skipping that term would leave z finite. The sparse forward declines such weights, and the
 * network then takes the dense product: the same NaN, ±∞ and finite values either way.
 */
let kernels: LoadedKernels
beforeAll(async () => {
  kernels = await loadKernels('f32', { threads: 1, sparseDensityLimit: 1 })
})
afterAll(() => kernels.dispose())

// Unit 2 of 5, and units of 130 in three of its six bands (band-tables.ts: 17, 24, 24 in each
// half): inside a 4 × 4 block of W, and at the last input (37 = 4 · 9 + 1) of the last unit of a
// 17-unit band, which the transpose copies one by one.
it.each([
  ['+∞', 5, 2, 0, Infinity],
  ['−∞', 5, 2, 0, -Infinity],
  ['NaN', 5, 2, 0, NaN],
  ['+∞', 130, 70, 17, Infinity],
  ['NaN', 130, 81, 36, NaN],
  ['−∞', 130, 16, 36, -Infinity]
])(
  'propagates a weight %s (%i units, unit %i, input %i) that meets only zeros',
  (_, units, unit, input, bad) => {
    const [rows, cols] = [6, 37]
    const rng = new Rng(4)
    const bytes = kernels.bytes(rows * cols)
    // Column `input` is zero in every row; the rest non-zero with chance 1/4.
    for (let i = 0; i < rows * cols; i++) {
      bytes[i] = i % cols !== input && rng.uniform(0, 1) < 0.25 ? 1 + rng.integer(255) : 0
    }
    const conversion = byteConversion(null, cols)
    const [scale, offset] = [kernels.vector(cols), kernels.vector(cols)]
    scale.set(conversion.scale)
    offset.set(conversion.offset)
    const network = createNetwork(
      {
        inputSize: cols,
        loss: 'half-squared-error',
        layers: [{ units, activation: 'linear', trainable: { weights: true, biases: true } }]
      },
      kernels,
      'he',
      new Rng(5)
    )
    const weights = network.layers[0].weights
    weights.data[unit * cols + input] = bad
    const x = kernels.matrix(rows, cols)
    const order = kernels.rowIndices(rows)
    order.forEach((_, i) => (order[i] = i))
    const sparse = kernels.gatherSparseBytes!({ rows, cols, bytes, scale, offset }, order, rows, x)
    expect(sparse).not.toBeNull()

    const skipping = Array.from(forward(network, x, createWorkspace(network, rows), sparse).data)
    const dense = Array.from(forward(network, x, createWorkspace(network, rows), null).data)
    // That unit is NaN in every row (0 · ±∞ or NaN), the others finite: both ways alike.
    for (let b = 0; b < rows; b++) expect(dense[b * units + unit]).toBeNaN()
    expect(skipping.map(String)).toEqual(dense.map(String))
  }
)

/**
 * The same for a δ ±∞ or NaN (a diverging step): dense, ∂J/∂W[u][j] = (1/m) Σ_b δ[b][u] · x[b][j]
 * takes 0 · ±∞ = NaN from each zero input of a row whose δ[b][u] is not finite, as the reference
 * kernels and NumPy's and PyTorch's BLAS products do. Skipping those terms left them out; where
 * that row's inputs are all zero (a black image) the whole row of ∂J/∂W stayed finite, and a step
 * the dense path sees diverge did not. The sparse gradient declines such δ: the network takes the
 * dense product.
 */
it.each([
  ['+∞', 5, 2, 1, false, Infinity],
  ['NaN', 5, 0, 7, false, NaN],
  ['−∞', 5, 4, 3, true, -Infinity],
  ['+∞', 130, 70, 0, true, Infinity],
  ['NaN', 130, 129, 5, true, NaN],
  ['−∞', 130, 17, 6, false, -Infinity]
])(
  'propagates a δ %s (%i units, unit %i, row %i; its inputs all zero: %s) through zero inputs',
  (_, units, unit, row, blackRow, bad) => {
    const [rows, cols] = [8, 37]
    const rng = new Rng(6)
    const { source, order } = pixelRows(kernels, rows, cols, (i) =>
      (blackRow && Math.floor(i / cols) === row) || rng.uniform(0, 1) >= 0.25
        ? 0
        : 1 + rng.integer(255)
    )
    const x = kernels.matrix(rows, cols)
    const sparse = kernels.gatherSparseBytes!(source, order, rows, x)
    expect(sparse).not.toBeNull()
    // δ = a − y for a linear output and half the squared error, with zero weights and biases
    // a = 0: δ = −y exactly on every backend, and y = −bad makes δ[row][unit] bad.
    const targets = kernels.matrix(rows, units)
    targets.data.forEach((_, i) => (targets.data[i] = rng.uniform(-1, 1)))
    targets.data[row * units + unit] = -bad
    const skipping = firstLayerGradients(kernels, units, x, targets, sparse)
    const dense = firstLayerGradients(kernels, units, x, targets, null)
    const js = createJsKernels('f32')
    const expected = firstLayerGradients(js, units, copyTo(js, x), copyTo(js, targets), null)
    // The reference: NaN from each zero input of the row.
    for (let j = 0; j < cols; j++) {
      if (x.data[row * cols + j] === 0) expect(expected[unit * cols + j]).toBeNaN()
    }

    // Each element NaN, +∞, −∞ or finite alike, and the finite ones the reference's within 1e-5
    // of the size of their terms, (1/m) Σ_b |y[b][u] · x[b][j]|.
    const kind = (value: number): string => (Number.isFinite(value) ? 'finite' : String(value))
    expect(skipping.map(kind)).toEqual(expected.map(kind))
    expect(dense.map(kind)).toEqual(expected.map(kind))
    const size = (i: number): number => {
      const [u, j] = [Math.floor(i / cols), i % cols]
      let sum = 0
      for (let b = 0; b < rows; b++)
        sum += Math.abs(targets.data[b * units + u] * x.data[b * cols + j])
      return sum / rows
    }
    const finite = (values: number[]): number[] => values.map((v) => (Number.isFinite(v) ? v : 0))
    const finiteAt = (i: number): number => (Number.isFinite(expected[i]) ? size(i) : 0)
    expectAgreement(finite(skipping), finite(expected), finiteAt, 'sparse ∂J/∂W')
  }
)

/**
 * ∂J/∂W of a single linear layer of `units`, its weights zero, after forward and backward on `x`
 * (its products over `sparse`'s lists, or dense).
 */
function firstLayerGradients(
  kernels: Kernels,
  units: number,
  x: Matrix,
  targets: Matrix,
  sparse: SparseBatch | null
): number[] {
  const network = createNetwork(
    {
      inputSize: x.cols,
      loss: 'half-squared-error',
      layers: [{ units, activation: 'linear', trainable: { weights: true, biases: true } }]
    },
    kernels,
    'zeros',
    new Rng(7)
  )
  const workspace = createWorkspace(network, x.rows)
  forward(network, x, workspace, sparse)
  backward(network, x, targets, workspace, { l1: 0, l2: 0 }, sparse)
  return Array.from(network.layers[0].weightGradients.data)
}
