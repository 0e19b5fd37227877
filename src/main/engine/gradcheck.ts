import {
  allowedDifference,
  gradientTolerance,
  RELATIVE_ERROR_FLOOR,
  type GradientTolerance
} from '../../shared/model/gradient-tolerance'
import { activationRecord, type ActivationName } from '../../shared/model/activations/catalogue'
import type { Precision } from '../../shared/model/network'
import type { Regularization } from '../../shared/model/training'
import { batchFromRows } from './batches'
import {
  backward,
  batchCost,
  createWorkspace,
  forward,
  type BatchWorkspace,
  type Network
} from './network'
import { topRows, type FloatArray } from './tensor/matrix'

/** One compared parameter: backprop's gradient, the central difference, and how far apart they may be. */
export interface GradientMismatch {
  kind: 'weight' | 'bias'
  /** Unit index j (0-based); for a weight W[j][k], `column` is k, for a bias it is null. */
  row: number
  column: number | null
  backprop: number
  numeric: number
  /** |backprop − numeric|. */
  absoluteError: number
  /** atol + rtol · max(|backprop|, |numeric|): the pair passes when absoluteError is at most this. */
  tolerance: number
}

/** One layer's result. */
export interface LayerGradientCheck {
  layer: number
  /** The largest relative error |b − n| / max(|b|, |n|) over the parameters judged. */
  maxRelativeError: number
  /** The parameter judged closest to failing: the largest absoluteError / tolerance. */
  worst: GradientMismatch
  /** Every parameter judged is within its tolerance. */
  passed: boolean
  /**
   * Parameters whose ±ε moved some ReLU or leaky-ReLU unit's z across 0: the central difference
   * averages the slopes on both sides of the kink there, so they are counted, not judged.
   */
  kinks: number
}

/** The per-layer comparison, whether every layer passed, and what it was judged by. */
export interface GradientCheck {
  layers: LayerGradientCheck[]
  passed: boolean
  /** J at the parameters checked (with its L1 and L2 terms), which scales the absolute tolerance. */
  loss: number
  tolerance: GradientTolerance
}

/** ∂J/∂W(l) and ∂J/∂b(l) of one layer, flat (W row-major). */
export interface ParameterGradients {
  weights: FloatArray
  biases: FloatArray
}

/** Which of a layer's parameters (flat indices) to compare; all of them when not given. */
export type ParameterSelection = (layer: number) => { weights: number[]; biases: number[] }

/** Relative error |b − n| / max(|b|, |n|, floor) between a backprop and a numeric gradient. */
export function relativeError(backprop: number, numeric: number): number {
  const scale = Math.max(Math.abs(backprop), Math.abs(numeric), RELATIVE_ERROR_FLOOR)
  return Math.abs(backprop - numeric) / scale
}

/** ∂J/∂θ of every layer by one forward and backward pass on the batch (copied out). */
export function backpropGradients(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  regularization: Regularization
): ParameterGradients[] {
  const batch = batchFromRows(network, inputs, targets)
  const workspace = createWorkspace(network, batch.inputs.rows)
  forward(network, batch.inputs, workspace)
  backward(network, batch.inputs, batch.targets, workspace, regularization)
  return network.layers.map((layer) => ({
    weights: layer.weightGradients.data.slice(),
    biases: layer.biasGradients.slice()
  }))
}

/**
 * Compares backprop's ∂J/∂θ with central differences (J(θ + ε) − J(θ − ε)) / 2ε for every weight
 * and bias, on one batch, with the L1 and L2 terms included. The network is left unchanged.
 */
export function gradientCheck(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  epsilon: number,
  regularization: Regularization
): GradientCheck {
  const gradients = backpropGradients(network, inputs, targets, regularization)
  return compareWithCentralDifferences(network, inputs, targets, epsilon, regularization, {
    gradients,
    precision: network.kernels.precision
  })
}

/**
 * Judges given backprop gradients (computed in `precision`, perhaps by another network with the
 * same parameters) against central differences of J taken on `network` (Float64 for a fair
 * judgement), parameter by parameter: |b − n| ≤ atol + rtol · max(|b|, |n|), kinks set aside
 * (a unit crossing its activation's kink, or with L1 a weight within ε of 0, where |W| has one).
 * `select` limits the parameters compared. The network's parameters are left unchanged.
 */
export function compareWithCentralDifferences(
  network: Network,
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[])[],
  epsilon: number,
  regularization: Regularization,
  backprop: { gradients: ParameterGradients[]; precision: Precision; select?: ParameterSelection }
): GradientCheck {
  if (!(epsilon > 0)) throw new RangeError(`epsilon must be positive, got ${epsilon}`)
  const batch = batchFromRows(network, inputs, targets)
  const workspace = createWorkspace(network, batch.inputs.rows)
  const rows = batch.inputs.rows
  const evaluate = () => {
    forward(network, batch.inputs, workspace)
    return batchCost(network, workspace, batch.targets, regularization)
  }
  const loss = evaluate()
  const pattern = kinkPattern(network, workspace, rows)
  const tolerance = gradientTolerance(backprop.precision, loss, epsilon)
  const everything: ParameterSelection = (l) => ({
    weights: indices(network.layers[l].weights.data.length),
    biases: indices(network.layers[l].biases.length)
  })
  const select = backprop.select ?? everything

  const layers = network.layers.map((layer, l): LayerGradientCheck => {
    const result: LayerGradientCheck = {
      layer: l + 1,
      maxRelativeError: 0,
      worst: {
        kind: 'weight',
        row: 0,
        column: 0,
        backprop: 0,
        numeric: 0,
        absoluteError: 0,
        tolerance: tolerance.absolute
      },
      passed: true,
      kinks: 0
    }
    let worstRatio = -1
    const compare = (kind: GradientMismatch['kind'], values: FloatArray, given: FloatArray) => {
      const chosen = kind === 'weight' ? select(l).weights : select(l).biases
      for (const index of chosen) {
        // (J(θ + ε) − J(θ − ε)) / 2ε, noting whether either side moved a unit across a kink.
        const original = values[index]
        values[index] = original + epsilon
        const plus = evaluate()
        let kinked = !samePattern(pattern, network, workspace, rows)
        values[index] = original - epsilon
        const minus = evaluate()
        kinked ||= !samePattern(pattern, network, workspace, rows)
        kinked ||= kind === 'weight' && regularization.l1 > 0 && Math.abs(original) < epsilon
        values[index] = original
        if (kinked) {
          result.kinks++
          continue
        }
        const numeric = (plus - minus) / (2 * epsilon)
        const absoluteError = Math.abs(given[index] - numeric)
        const allowed = allowedDifference(given[index], numeric, tolerance)
        // A NaN difference fails: it is never within the tolerance.
        if (!(absoluteError <= allowed)) result.passed = false
        result.maxRelativeError = Math.max(
          result.maxRelativeError,
          relativeError(given[index], numeric)
        )
        const ratio = Number.isNaN(absoluteError) ? Infinity : absoluteError / allowed
        if (ratio <= worstRatio) continue
        worstRatio = ratio
        result.worst = {
          kind,
          row: kind === 'weight' ? Math.floor(index / layer.inputSize) : index,
          column: kind === 'weight' ? index % layer.inputSize : null,
          backprop: given[index],
          numeric,
          absoluteError,
          tolerance: allowed
        }
      }
    }
    compare('weight', layer.weights.data, backprop.gradients[l].weights)
    compare('bias', layer.biases, backprop.gradients[l].biases)
    return result
  })
  return { layers, passed: layers.every((layer) => layer.passed), loss, tolerance }
}

function indices(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index)
}

/** Rectifiers (ReLU, leaky ReLU) have a kink at z = 0, where their slope jumps. */
function hasKink(activation: ActivationName): boolean {
  return activationRecord(activation).diagnosis === 'rectifier'
}

/** Whether each rectifier unit of each sample is on the positive side (z > 0). */
function kinkPattern(network: Network, workspace: BatchWorkspace, rows: number): Uint8Array[] {
  return network.layers.map((layer, l) => {
    if (!hasKink(layer.activation)) return new Uint8Array(0)
    const z = topRows(workspace.z[l], rows).data
    const sides = new Uint8Array(rows * layer.units)
    for (let i = 0; i < sides.length; i++) sides[i] = z[i] > 0 ? 1 : 0
    return sides
  })
}

/** True when the forward pass in the workspace has every kinked unit on the side of `pattern`. */
function samePattern(
  pattern: Uint8Array[],
  network: Network,
  workspace: BatchWorkspace,
  rows: number
): boolean {
  for (let l = 0; l < network.layers.length; l++) {
    const sides = pattern[l]
    if (sides.length === 0) continue
    const z = topRows(workspace.z[l], rows).data
    for (let i = 0; i < sides.length; i++) if ((z[i] > 0 ? 1 : 0) !== sides[i]) return false
  }
  return true
}
