import { backward, createWorkspace, forward, type Network } from '../../../src/main/engine'
import type { LayerGradients } from './central-difference'
import { matrixOf } from './networks'

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
  const inputMatrix = matrixOf(network.kernels, inputs)
  const targetMatrix = matrixOf(network.kernels, targets)
  const workspace = createWorkspace(network, inputMatrix.rows)
  forward(network, inputMatrix, workspace)
  backward(network, inputMatrix, targetMatrix, workspace, { l1, l2 })
  return network.layers.map((layer) => ({
    weights: Float64Array.from(layer.weightGradients.data),
    biases: Float64Array.from(layer.biasGradients)
  }))
}
