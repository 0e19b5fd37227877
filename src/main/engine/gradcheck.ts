import type { Regularization } from '../../shared/model/training'
import { batchFromRows } from './batches'
import { backward, batchCost, createWorkspace, forward, type Network } from './network'
import type { FloatArray } from './tensor/matrix'

/** Gradients smaller than this count as this large when dividing, so round-off near 0 is not "relative". */
const RELATIVE_ERROR_FLOOR = 1e-7

/** The worst-agreeing parameter of a layer. */
export interface GradientMismatch {
  kind: 'weight' | 'bias'
  /** Unit index j (0-based); for a weight W[j][k], `column` is k, for a bias it is null. */
  row: number
  column: number | null
  backprop: number
  numeric: number
}

/** One layer's result: the largest relative error over its weights and biases. */
export interface LayerGradientCheck {
  layer: number
  maxRelativeError: number
  worst: GradientMismatch
}

/** The per-layer comparison and whether every layer is under the threshold. */
export interface GradientCheck {
  layers: LayerGradientCheck[]
  passed: boolean
}

/** Relative error |b − n| / max(|b|, |n|, floor) between a backprop and a numeric gradient. */
export function relativeError(backprop: number, numeric: number): number {
  const scale = Math.max(Math.abs(backprop), Math.abs(numeric), RELATIVE_ERROR_FLOOR)
  return Math.abs(backprop - numeric) / scale
}

/** The pass threshold for a precision: 1e-6 in Float64, 1e-3 in Float32. */
export function gradientCheckThreshold(network: Network): number {
  return network.kernels.precision === 'f64' ? 1e-6 : 1e-3
}

/**
 * Compares backprop's ∂J/∂θ with central differences (J(θ + ε) − J(θ − ε)) / 2ε for every weight
 * and bias, on one batch, with the L1 and L2 terms included. At W = 0 exactly the L1 term's
 * subgradient 0 is also what central differences see: λ₁(|ε| − |−ε|)/2ε = 0. The network is left unchanged.
 */
export function gradientCheck(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  epsilon: number,
  regularization: Regularization
): GradientCheck {
  if (!(epsilon > 0)) throw new RangeError(`epsilon must be positive, got ${epsilon}`)
  const batch = batchFromRows(network, inputs, targets)
  const workspace = createWorkspace(network, batch.inputs.rows)
  const cost = (): number => {
    forward(network, batch.inputs, workspace)
    return batchCost(network, workspace, batch.targets, regularization)
  }
  forward(network, batch.inputs, workspace)
  backward(network, batch.inputs, batch.targets, workspace, regularization)

  const layers = network.layers.map((layer, l): LayerGradientCheck => {
    const weightGradients = layer.weightGradients.data.slice()
    const biasGradients = layer.biasGradients.slice()
    const result: LayerGradientCheck = { layer: l + 1, maxRelativeError: -1, worst: null! }
    const compare = (kind: GradientMismatch['kind'], values: FloatArray, backprop: FloatArray) => {
      for (let index = 0; index < values.length; index++) {
        const numeric = centralDifference(values, index, epsilon, cost)
        const error = relativeError(backprop[index], numeric)
        if (error <= result.maxRelativeError) continue
        const cols = layer.inputSize
        result.maxRelativeError = error
        result.worst = {
          kind,
          row: kind === 'weight' ? Math.floor(index / cols) : index,
          column: kind === 'weight' ? index % cols : null,
          backprop: backprop[index],
          numeric
        }
      }
    }
    compare('weight', layer.weights.data, weightGradients)
    compare('bias', layer.biases, biasGradients)
    return result
  })
  const threshold = gradientCheckThreshold(network)
  return { layers, passed: layers.every((layer) => layer.maxRelativeError < threshold) }
}

/** (J(θᵢ + ε) − J(θᵢ − ε)) / 2ε, restoring θᵢ afterwards. */
export function centralDifference(
  values: FloatArray,
  index: number,
  epsilon: number,
  cost: () => number
): number {
  const original = values[index]
  values[index] = original + epsilon
  const plus = cost()
  values[index] = original - epsilon
  const minus = cost()
  values[index] = original
  return (plus - minus) / (2 * epsilon)
}
