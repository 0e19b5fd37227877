import { describe, expect, it } from 'vitest'
import {
  batchCost,
  createJsKernels,
  createNetwork,
  createWorkspace,
  forward,
  Rng,
  type Network
} from '../../src/main/engine'
import type { ActivationName, LossName, Precision } from '../../src/shared/model/network'
import { backpropGradients } from './support/backprop'
import { matrixOf, specOf } from './support/networks'

/**
 * Numerical stability of the losses at huge logits. A one-input layer with weights w and input
 * x = 1 makes the logits z = w exactly, so each cost can be compared with its closed form:
 *   softmax cross-entropy   L = logsumexp(z) − z_y
 *   sigmoid binary CE       L = softplus(z) − y z = max(z, 0) − y z + log(1 + e^(−|z|))
 * The naive forms (log of a probability that rounded to 0 or 1) give Infinity, NaN or 0 here.
 */

/** A network whose one layer turns the input 1 into exactly the given logits. */
function logitNetwork(
  logits: number[],
  activation: ActivationName,
  loss: LossName,
  precision: Precision
): Network {
  const spec = specOf(1, [{ units: logits.length, activation }], loss)
  const network = createNetwork(spec, createJsKernels(precision), 'zeros', new Rng(1))
  logits.forEach((logit, j) => (network.layers[0].weights.data[j] = logit))
  return network
}

/** J and a(L) for the single sample x = 1 with target row `target`. */
function costAndOutputs(network: Network, target: number[]): { cost: number; outputs: number[] } {
  const workspace = createWorkspace(network, 1)
  const outputs = forward(network, matrixOf(network.kernels, [[1]]), workspace)
  const cost = batchCost(network, workspace, matrixOf(network.kernels, [target]), { l1: 0, l2: 0 })
  return { cost, outputs: Array.from(outputs.data) }
}

for (const precision of ['f64', 'f32'] as Precision[]) {
  describe(`huge logits stay finite and exact (${precision})`, () => {
    it('softmax cross-entropy at z = [1000, 0, −1000] equals logsumexp(z) − z_y', () => {
      // logsumexp(z) = 1000 + log(1 + e^−1000 + e^−2000) = 1000 in floating point.
      const network = logitNetwork([1000, 0, -1000], 'softmax', 'cross-entropy', precision)
      expect(costAndOutputs(network, [1, 0, 0]).cost).toBe(0)
      expect(costAndOutputs(network, [0, 1, 0]).cost).toBe(1000)
      expect(costAndOutputs(network, [0, 0, 1]).cost).toBe(2000)
    })

    it('softmax cross-entropy gradients at huge logits are a − y = [1, −1, 0]', () => {
      const network = logitNetwork([1000, 0, -1000], 'softmax', 'cross-entropy', precision)
      const [layer] = backpropGradients(network, [[1]], [[0, 1, 0]], 0)
      expect(Array.from(layer.weights)).toEqual([1, -1, 0])
      expect(Array.from(layer.biases)).toEqual([1, -1, 0])
    })

    it('sigmoid binary cross-entropy at z = ±1000 equals softplus(z) − y z', () => {
      const network = logitNetwork([1000, -1000], 'sigmoid', 'binary-cross-entropy', precision)
      // y = [0, 1]: softplus(1000) + softplus(−1000) − (−1000) = 1000 + 0 + 1000
      expect(costAndOutputs(network, [0, 1]).cost).toBe(2000)
      // y = [1, 0]: softplus(1000) − 1000 + softplus(−1000) = 0 + 0
      expect(costAndOutputs(network, [1, 0]).cost).toBe(0)
      const [layer] = backpropGradients(network, [[1]], [[0, 1]], 0)
      expect(Array.from(layer.weights)).toEqual([1, -1])
    })

    it('softmax of huge equal logits is uniform', () => {
      const high = logitNetwork([1000, 1000, 1000], 'softmax', 'cross-entropy', precision)
      const low = logitNetwork([-1000, -1000], 'softmax', 'cross-entropy', precision)
      const third = precision === 'f64' ? 1 / 3 : Math.fround(1 / 3)
      expect(costAndOutputs(high, [1, 0, 0]).outputs).toEqual([third, third, third])
      expect(costAndOutputs(low, [1, 0]).outputs).toEqual([0.5, 0.5])
      expect(costAndOutputs(high, [1, 0, 0]).cost).toBeCloseTo(Math.log(3), 6)
    })
  })
}

describe('a tiny sigmoid binary cross-entropy keeps its digits (f64)', () => {
  it('at z = 40, y = 1, L = log(1 + e^−40) ≈ e^−40, where −log σ(40) would round to 0', () => {
    const network = logitNetwork([40], 'sigmoid', 'binary-cross-entropy', 'f64')
    expect(costAndOutputs(network, [1]).cost / Math.exp(-40)).toBeCloseTo(1, 12)
  })
})
