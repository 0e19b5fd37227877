import { describe, expect, it } from 'vitest'
import { createJsKernels, createNetwork, Rng, traceStep } from '../../src/main/engine'
import { specOf } from './support/networks'

/**
 * Logistic regression (no hidden layer, one sigmoid output, binary cross-entropy) from zero
 * weights: ŷ = σ(0) = 0.5 for every sample, so the first step follows from
 *   ∂J/∂w = (1/m) Σᵢ xᵢ (ŷᵢ − yᵢ),   ∂J/∂b = (1/m) Σᵢ (ŷᵢ − yᵢ),   J = −(1/m) Σᵢ log 0.5 = ln 2,
 * worked out by hand below for a batch of four.
 */
describe('logistic regression, first gradient-descent step from zero weights', () => {
  // Rows x → y, and ŷ − y = 0.5 − y at zero weights:
  //   [1, 2, 0] → 1 (−0.5)   [0, −1, 3] → 0 (+0.5)   [2, 1, 1] → 1 (−0.5)   [−1, 0, 4] → 1 (−0.5)
  const inputs = [
    [1, 2, 0],
    [0, -1, 3],
    [2, 1, 1],
    [-1, 0, 4]
  ]
  const targets = [[1], [0], [1], [1]]
  const learningRate = 0.1

  // ∂J/∂w₁ = (1·−0.5 + 0·0.5 + 2·−0.5 + −1·−0.5) / 4 = (−0.5 − 1 + 0.5) / 4 = −0.25
  // ∂J/∂w₂ = (2·−0.5 + −1·0.5 + 1·−0.5 + 0·−0.5) / 4 = (−1 − 0.5 − 0.5) / 4 = −0.5
  // ∂J/∂w₃ = (0·−0.5 + 3·0.5 + 1·−0.5 + 4·−0.5) / 4 = (1.5 − 0.5 − 2) / 4 = −0.25
  // ∂J/∂b  = (−0.5 + 0.5 − 0.5 − 0.5) / 4 = −0.25
  const weightGradients = [-0.25, -0.5, -0.25]
  const biasGradient = -0.25

  function zeroNetwork() {
    const spec = specOf(3, [{ units: 1, activation: 'sigmoid' }], 'binary-cross-entropy')
    return createNetwork(spec, createJsKernels('f64'), 'zeros', new Rng(1))
  }

  it('J before the step is ln 2 and every prediction is 0.5', () => {
    const trace = traceStep(zeroNetwork(), inputs, targets, learningRate, { l1: 0, l2: 0 })
    expect(trace.loss).toBeCloseTo(Math.LN2, 15)
    expect(trace.layers[0].a).toEqual([[0.5], [0.5], [0.5], [0.5]])
  })

  it('gradients equal the hand-computed (1/m) Σ x(ŷ − y) and (1/m) Σ (ŷ − y)', () => {
    const [layer] = traceStep(zeroNetwork(), inputs, targets, learningRate, { l1: 0, l2: 0 }).layers
    expect(layer.weightGradients[0]).toEqual(weightGradients)
    expect(layer.biasGradients).toEqual([biasGradient])
  })

  it('the step gives w = −η ∂J/∂w and b = −η ∂J/∂b', () => {
    const [layer] = traceStep(zeroNetwork(), inputs, targets, learningRate, { l1: 0, l2: 0 }).layers
    layer.updatedWeights[0].forEach((weight, k) =>
      expect(weight).toBeCloseTo(-learningRate * weightGradients[k], 15)
    )
    expect(layer.updatedBiases[0]).toBeCloseTo(-learningRate * biasGradient, 15)
  })
})
