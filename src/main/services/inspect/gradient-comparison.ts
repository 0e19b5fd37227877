import type { Regularization } from '../../../shared/model/training'
import type { LayerGradientCheckView } from '../../../shared/model/inspect'
import {
  backward,
  batchCost,
  batchFromRows,
  centralDifference,
  createWorkspace,
  forward,
  relativeError,
  type FloatArray,
  type Network
} from '../../engine'
import { spreadIndices } from './inspect-values'

/** How many of a layer's parameters are compared at most. */
export interface CheckLimits {
  weights: number
  biases: number
}

/**
 * The engine's gradient check, generalized for what `gradientCheck` cannot do: backprop's ∂J/∂θ
 * from `backpropNetwork` (Float32 or Float64) against central differences
 * (J(θ + ε) − J(θ − ε)) / 2ε on `numericNetwork`, a Float64 network with the same parameters
 * (in Float32, J's own rounding, about 1e-7 · J / ε, would drown small gradients), on an evenly
 * spread subset of each layer's parameters (`limits`), each pair compared by the engine's
 * relative error. Both networks' parameters are left unchanged.
 */
export function compareGradients(
  backpropNetwork: Network,
  numericNetwork: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  epsilon: number,
  regularization: Regularization,
  limits: CheckLimits
): Omit<LayerGradientCheckView, 'passed'>[] {
  const gradients = backpropGradients(backpropNetwork, inputs, targets, regularization)
  const network = numericNetwork
  const batch = batchFromRows(network, inputs, targets)
  const workspace = createWorkspace(network, batch.inputs.rows)
  const cost = (): number => {
    forward(network, batch.inputs, workspace)
    return batchCost(network, workspace, batch.targets, regularization)
  }

  return network.layers.map((layer, l) => {
    const weightIndices = spreadIndices(layer.weights.data.length, limits.weights)
    const biasIndices = spreadIndices(layer.biases.length, limits.biases)
    const result: Omit<LayerGradientCheckView, 'passed'> = {
      layer: l + 1,
      maxRelativeError: -1,
      worst: { kind: 'weight', row: 0, column: 0, backprop: 0, numeric: 0 },
      checkedWeights: weightIndices.length,
      totalWeights: layer.weights.data.length,
      checkedBiases: biasIndices.length,
      totalBiases: layer.biases.length
    }
    const compare = (
      kind: 'weight' | 'bias',
      values: FloatArray,
      backprop: FloatArray,
      indices: number[]
    ) => {
      for (const index of indices) {
        const numeric = centralDifference(values, index, epsilon, cost)
        const error = relativeError(backprop[index], numeric)
        if (error <= result.maxRelativeError) continue
        result.maxRelativeError = error
        result.worst = {
          kind,
          row: kind === 'weight' ? Math.floor(index / layer.inputSize) : index,
          column: kind === 'weight' ? index % layer.inputSize : null,
          backprop: backprop[index],
          numeric
        }
      }
    }
    compare('weight', layer.weights.data, gradients[l].weights, weightIndices)
    compare('bias', layer.biases, gradients[l].biases, biasIndices)
    return result
  })
}

/** ∂J/∂W(l) and ∂J/∂b(l) of every layer by the network's forward and backward pass (copied out). */
function backpropGradients(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  regularization: Regularization
): { weights: FloatArray; biases: FloatArray }[] {
  const batch = batchFromRows(network, inputs, targets)
  const workspace = createWorkspace(network, batch.inputs.rows)
  forward(network, batch.inputs, workspace)
  backward(network, batch.inputs, batch.targets, workspace, regularization)
  return network.layers.map((layer) => ({
    weights: layer.weightGradients.data.slice(),
    biases: layer.biasGradients.slice()
  }))
}
