import { describe, expect, it } from 'vitest'
import { createJsKernels, createNetwork, evaluate, Rng, type Network } from '../../src/main/engine'
import { matrixOf, specOf } from './support/networks'

/**
 * evaluate() on hand-made cases: an identity network with linear outputs passes its inputs
 * through, so each input row is the output row and the predicted class is its largest entry.
 */
function identityNetwork(size: number): Network {
  const spec = specOf(size, [{ units: size, activation: 'linear' }], 'half-squared-error')
  const network = createNetwork(spec, createJsKernels('f64'), 'zeros', new Rng(1))
  for (let j = 0; j < size; j++) network.layers[0].weights.data[j * size + j] = 1
  return network
}

describe('evaluate', () => {
  //  outputs             actual  predicted   ½‖a − y‖²
  const outputs = [
    [0.9, 0.1, 0.0], //   0       0           (0.01 + 0.01 + 0) / 2    = 0.01
    [0.2, 0.7, 0.1], //   0       1           (0.64 + 0.49 + 0.01) / 2 = 0.57
    [0.1, 0.2, 0.7], //   2       2           (0.01 + 0.04 + 0.09) / 2 = 0.07
    [0.6, 0.3, 0.1], //   1       0           (0.36 + 0.49 + 0.01) / 2 = 0.43
    [0.1, 0.8, 0.1], //   1       1           (0.01 + 0.04 + 0.01) / 2 = 0.03
    [0.3, 0.3, 0.4], //   2       2           (0.09 + 0.09 + 0.36) / 2 = 0.27
    [0.5, 0.1, 0.4] //    2       0           (0.25 + 0.01 + 0.36) / 2 = 0.31
  ]
  const actualClasses = [0, 0, 2, 1, 1, 2, 2]
  const targets = actualClasses.map((k) => [0, 1, 2].map((j) => (j === k ? 1 : 0)))

  for (const batchSize of [256, 3]) {
    it(`confusion[actual][predicted], accuracy and loss by hand (evaluation batches of ${batchSize})`, () => {
      const network = identityNetwork(3)
      const data = {
        inputs: matrixOf(network.kernels, outputs),
        targets: matrixOf(network.kernels, targets),
        classification: true
      }
      const evaluation = evaluate(network, data, { l1: 0, l2: 0 }, batchSize)
      expect(evaluation.confusion).toEqual([
        [1, 1, 0],
        [1, 1, 0],
        [1, 0, 2]
      ])
      expect(evaluation.accuracy).toBeCloseTo(4 / 7, 15)
      // (0.01 + 0.57 + 0.07 + 0.43 + 0.03 + 0.27 + 0.31) / 7 = 1.69 / 7
      expect(evaluation.loss).toBeCloseTo(1.69 / 7, 14)
    })
  }

  it('a single output unit is two classes split at 0.5', () => {
    const network = identityNetwork(1)
    const data = {
      inputs: matrixOf(network.kernels, [[0.2], [0.5], [0.7], [0.4]]),
      targets: matrixOf(network.kernels, [[0], [1], [0], [1]]),
      classification: true
    }
    // predicted 0, 1, 1, 0 for actual 0, 1, 0, 1
    expect(evaluate(network, data, { l1: 0, l2: 0 }).confusion).toEqual([
      [1, 1],
      [1, 1]
    ])
  })

  it('regression has no accuracy or confusion matrix, and the loss includes the L2 term', () => {
    const network = identityNetwork(2)
    const data = {
      inputs: matrixOf(network.kernels, [[1, 2]]),
      targets: matrixOf(network.kernels, [[0, 0]]),
      classification: false
    }
    // ½(1² + 2²) + (λ/2)‖I‖² = 2.5 + 0.1 · 2 / 2
    expect(evaluate(network, data, { l1: 0, l2: 0.1 })).toEqual({
      loss: 2.6,
      accuracy: null,
      confusion: null
    })
  })
})
