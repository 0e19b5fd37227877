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

it.each([
  ['+∞', Infinity],
  ['−∞', -Infinity],
  ['NaN', NaN]
])('propagates a weight %s at an input that is 0 in every row', (_, bad) => {
  const [rows, cols, units] = [6, 37, 5]
  const rng = new Rng(4)
  const bytes = kernels.bytes(rows * cols)
  // Column 0 is zero in every row; the rest non-zero with chance 1/4.
  for (let i = 0; i < rows * cols; i++) {
    bytes[i] = i % cols !== 0 && rng.uniform(0, 1) < 0.25 ? 1 + rng.integer(255) : 0
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
  weights.data[2 * cols] = bad
  const x = kernels.matrix(rows, cols)
  const order = kernels.rowIndices(rows)
  order.forEach((_, i) => (order[i] = i))
  const sparse = kernels.gatherSparseBytes!({ rows, cols, bytes, scale, offset }, order, rows, x)
  expect(sparse).not.toBeNull()

  const skipping = Array.from(forward(network, x, createWorkspace(network, rows), sparse).data)
  const dense = Array.from(forward(network, x, createWorkspace(network, rows), null).data)
  // Unit 2 is NaN in every row (0 · ±∞ or NaN), the others finite: both ways alike.
  for (let b = 0; b < rows; b++) expect(dense[b * units + 2]).toBeNaN()
  expect(skipping.map(String)).toEqual(dense.map(String))
})
