import { backpropGradients as engineGradients, type Network } from '../../../src/main/engine'
import type { LayerGradients } from './central-difference'

/**
 * The engine's backprop gradients ∂J/∂θ for one batch (forward, then backward), copied out of the
 * layers as Float64, in the same layout as `centralDifferences`.
 */
export function backpropGradients(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  l2: number,
  l1 = 0
): LayerGradients[] {
  return engineGradients(network, inputs, targets, { l1, l2 }).map((layer) => ({
    weights: Float64Array.from(layer.weights),
    biases: Float64Array.from(layer.biases)
  }))
}
