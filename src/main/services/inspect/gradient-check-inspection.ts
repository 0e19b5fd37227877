import type { Regularization } from '../../../shared/model/training'
import type { GradientCheckInspection, LayerGradientCheckView } from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Precision } from '../../../shared/model/network'
import {
  createJsKernels,
  gradientCheck,
  gradientCheckThreshold,
  networkFromModelFile,
  parameterCount
} from '../../engine'
import type { ResolvedBatch } from './batch-inputs'
import { compareGradients } from './gradient-comparison'

/**
 * Networks with at most this many parameters have every weight and bias checked (two forward
 * passes each); bigger ones an evenly spread subset of each layer, so a 784-128-64-10 network
 * is checked in about a second instead of minutes.
 */
const FULL_CHECK_PARAMETERS = 2_000
const SAMPLED_LIMITS = { weights: 64, biases: 32 }
const ALL_PARAMETERS = { weights: Infinity, biases: Infinity }

/** The central differences' default step ε (they are always taken in Float64). */
export const DEFAULT_EPSILON = 1e-5

/**
 * Backprop against central differences per layer, passing under the threshold of the precision
 * the backprop gradients were computed in (1e-6 in Float64, 1e-3 in Float32). In Float64 with
 * every parameter checked this is the engine's `gradientCheck` (the CLI's `gradcheck`); Float32
 * backprop is checked against Float64 central differences of the same parameters.
 */
export function gradientCheckInspection(
  model: ModelFile,
  batch: ResolvedBatch,
  settings: {
    precision: Precision
    epsilon: number
    regularization: Regularization
    epoch: number | null
  }
): GradientCheckInspection {
  const { inputs, targets } = batch
  const { precision, epsilon, regularization } = settings
  const numeric = networkFromModelFile(model, createJsKernels('f64'))
  const everyParameter = parameterCount(numeric).total <= FULL_CHECK_PARAMETERS
  const backprop =
    precision === 'f64' ? numeric : networkFromModelFile(model, createJsKernels(precision))
  const checked =
    precision === 'f64' && everyParameter
      ? gradientCheck(numeric, inputs, targets, epsilon, regularization).layers.map((layer, l) => {
          const dense = numeric.layers[l]
          const [weights, biases] = [dense.weights.data.length, dense.biases.length]
          return {
            ...layer,
            checkedWeights: weights,
            totalWeights: weights,
            checkedBiases: biases,
            totalBiases: biases
          }
        })
      : compareGradients(
          backprop,
          numeric,
          inputs,
          targets,
          epsilon,
          regularization,
          everyParameter ? ALL_PARAMETERS : SAMPLED_LIMITS
        )
  const threshold = gradientCheckThreshold(backprop)
  const layers: LayerGradientCheckView[] = checked.map((layer) => ({
    ...layer,
    passed: layer.maxRelativeError < threshold
  }))
  return {
    layers,
    passed: layers.every((layer) => layer.passed),
    threshold,
    precision,
    epsilon,
    epoch: settings.epoch,
    rows: batch.rows
  }
}
