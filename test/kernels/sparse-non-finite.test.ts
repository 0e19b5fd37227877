import { afterAll, beforeAll, expect, it } from 'vitest'
import { byteConversion } from '../../src/main/engine/data-rows'
import { createNetwork, createWorkspace, forward } from '../../src/main/engine/network'
import { Rng } from '../../src/main/engine/rng'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'

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
