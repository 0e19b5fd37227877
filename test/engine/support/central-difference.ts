import {
  batchCost,
  createWorkspace,
  forward,
  type FloatArray,
  type Network
} from '../../../src/main/engine'
import { matrixOf } from './networks'

/** ∂J/∂W(l) and ∂J/∂b(l) of one layer, flattened row-major like the layer's own arrays. */
export interface LayerGradients {
  weights: Float64Array
  biases: Float64Array
}

/**
 * The test's own truth for ∂J/∂θ: for every weight and bias, the central difference
 *   ∂J/∂θᵢ ≈ (J(θ + ε eᵢ) − J(θ − ε eᵢ)) / 2ε,
 * with J = (1/m) Σᵢ Lᵢ + (λ/2) Σ‖W‖² evaluated by the engine's forward pass and cost only (no
 * backward pass, no gradient code), plus λ₁ Σ|W| summed here (not by the engine) when `l1` is given. The error is O(ε²) from truncation plus O(u J / ε) from
 * round-off, about 1e-10 in Float64 with ε = 1e-6. The network is left unchanged.
 */
export function centralDifferences(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  l2: number,
  epsilon = 1e-6,
  l1 = 0
): LayerGradients[] {
  const inputMatrix = matrixOf(network.kernels, inputs)
  const targetMatrix = matrixOf(network.kernels, targets)
  const workspace = createWorkspace(network, inputMatrix.rows)
  const cost = (): number => {
    forward(network, inputMatrix, workspace)
    let absolutes = 0
    for (const layer of network.layers)
      for (const weight of layer.weights.data) absolutes += Math.abs(weight)
    return batchCost(network, workspace, targetMatrix, { l1: 0, l2 }) + l1 * absolutes
  }
  const differentiate = (values: FloatArray): Float64Array => {
    const gradients = new Float64Array(values.length)
    for (let i = 0; i < values.length; i++) {
      const original = values[i]
      values[i] = original + epsilon
      const plus = cost()
      values[i] = original - epsilon
      const minus = cost()
      values[i] = original
      gradients[i] = (plus - minus) / (2 * epsilon)
    }
    return gradients
  }
  return network.layers.map((layer) => ({
    weights: differentiate(layer.weights.data),
    biases: differentiate(layer.biases)
  }))
}
