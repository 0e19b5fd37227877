import { describe, expect, it } from 'vitest'
import { batchCost, createWorkspace, forward, Rng, traceStep } from '../../src/main/engine'
import { backpropGradients } from './support/backprop'
import { centralDifferences } from './support/central-difference'
import { expectAllClose } from './support/compare'
import { matrixOf, oneHotRows, randomNetwork, randomRows, specOf } from './support/networks'

/**
 * L1 regularization: J adds λ₁ Σₗ Σ|W(l)| (weights only), whose subgradient is λ₁ sign(W) with
 * sign(0) = 0. Checked against the test's own central differences (the test sums λ₁ Σ|W| itself)
 * and against the penalty and step worked out by hand.
 */
const spec = specOf(
  3,
  [
    { units: 4, activation: 'tanh' },
    { units: 3, activation: 'softmax' }
  ],
  'cross-entropy'
)

describe('L1 regularization', () => {
  it('backprop with λ₁ (and λ) equals central differences of J + λ₁ Σ|W| (Float64)', () => {
    const rng = new Rng(31)
    const inputs = randomRows(rng, 5, 3)
    const targets = oneHotRows(rng, 5, 3)
    for (const [l1, l2] of [
      [0.05, 0],
      [0.02, 0.01]
    ]) {
      const network = randomNetwork(spec, 'f64', 11)
      const numeric = centralDifferences(network, inputs, targets, l2, 1e-6, l1)
      const ours = backpropGradients(network, inputs, targets, l2, l1)
      ours.forEach((layer, l) => {
        const tolerance = { relative: 1e-6, floor: 1e-3 }
        expectAllClose(layer.weights, numeric[l].weights, tolerance, `λ₁=${l1} W(${l + 1})`)
        expectAllClose(layer.biases, numeric[l].biases, tolerance, `λ₁=${l1} b(${l + 1})`)
      })
    }
  })

  it('adds exactly λ₁ sign(W) to ∂J/∂W, 0 where W = 0, and nothing to ∂J/∂b', () => {
    const rng = new Rng(5)
    const inputs = randomRows(rng, 4, 3)
    const targets = oneHotRows(rng, 4, 3)
    const network = randomNetwork(spec, 'f64', 3)
    network.layers[0].weights.data[2] = 0
    const plain = backpropGradients(network, inputs, targets, 0)
    const l1 = 0.25
    const penalized = backpropGradients(network, inputs, targets, 0, l1)
    network.layers.forEach((layer, l) => {
      layer.weights.data.forEach((weight, i) => {
        expect(penalized[l].weights[i] - plain[l].weights[i]).toBeCloseTo(
          l1 * Math.sign(weight),
          14
        )
      })
      expect(Array.from(penalized[l].biases)).toEqual(Array.from(plain[l].biases))
    })
    expect(penalized[0].weights[2]).toBe(plain[0].weights[2])
  })

  it('J is the data term plus λ₁ Σ|W| + (λ/2) Σ W², and a step moves W by −η λ₁ sign(W) more', () => {
    const network = randomNetwork(spec, 'f64', 8)
    const inputs = [[0.3, -0.2, 0.9]]
    const targets = [[0, 1, 0]]
    const workspace = createWorkspace(network, 1)
    forward(network, matrixOf(network.kernels, inputs), workspace)
    const targetMatrix = matrixOf(network.kernels, targets)
    const weights = network.layers.flatMap((layer) => Array.from(layer.weights.data))
    const absolutes = weights.reduce((sum, w) => sum + Math.abs(w), 0)
    const squares = weights.reduce((sum, w) => sum + w * w, 0)
    const data = batchCost(network, workspace, targetMatrix, { l1: 0, l2: 0 })
    expect(batchCost(network, workspace, targetMatrix, { l1: 0.1, l2: 0.2 })).toBeCloseTo(
      data + 0.1 * absolutes + 0.1 * squares,
      14
    )
    const plain = traceStep(randomNetwork(spec, 'f64', 8), inputs, targets, 0.5, {
      l1: 0,
      l2: 0
    })
    const penalized = traceStep(network, inputs, targets, 0.5, { l1: 0.1, l2: 0 })
    penalized.layers.forEach((layer, l) =>
      layer.updatedWeights.forEach((row, j) =>
        row.forEach((weight, k) => {
          const before = layer.weights[j][k]
          const expected = plain.layers[l].updatedWeights[j][k] - 0.5 * 0.1 * Math.sign(before)
          expect(weight).toBeCloseTo(expected, 14)
        })
      )
    )
  })
})
