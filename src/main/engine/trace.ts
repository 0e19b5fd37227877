import type { Regularization } from '../../shared/model/training'
import type { StepTrace, TraceLayer } from '../../shared/model/inspect'
import { batchFromRows } from './batches'
import { backward, batchCost, createWorkspace, forward, type Network } from './network'
import { toRowArrays, type FloatArray } from './tensor/matrix'

/**
 * Runs forward, backward and one plain gradient-descent step (θ ← θ − η ∂J/∂θ on trainable
 * parameters) on a batch, recording every intermediate value. The network is updated in place.
 */
export function traceStep(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  learningRate: number,
  regularization: Regularization
): StepTrace {
  const batch = batchFromRows(network, inputs, targets)
  const workspace = createWorkspace(network, batch.inputs.rows)
  forward(network, batch.inputs, workspace)
  const loss = batchCost(network, workspace, batch.targets, regularization)
  backward(network, batch.inputs, batch.targets, workspace, regularization)

  const layers = network.layers.map((layer, l): TraceLayer => {
    const before = { weights: toRowArrays(layer.weights), biases: Array.from(layer.biases) }
    if (layer.trainable.weights) step(layer.weights.data, layer.weightGradients.data, learningRate)
    if (layer.trainable.biases) step(layer.biases, layer.biasGradients, learningRate)
    return {
      layer: l + 1,
      z: toRowArrays(workspace.z[l]),
      a: toRowArrays(workspace.a[l]),
      delta: toRowArrays(workspace.delta[l]),
      weightGradients: toRowArrays(layer.weightGradients),
      biasGradients: Array.from(layer.biasGradients),
      ...before,
      updatedWeights: toRowArrays(layer.weights),
      updatedBiases: Array.from(layer.biases)
    }
  })
  return { loss, layers }
}

/** θ ← θ − η ∂J/∂θ */
function step(values: FloatArray, gradients: FloatArray, learningRate: number): void {
  for (let i = 0; i < values.length; i++) values[i] -= learningRate * gradients[i]
}
