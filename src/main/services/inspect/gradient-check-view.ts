import type { GradientCheckInspection, LayerGradientCheckView } from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Precision } from '../../../shared/model/network'
import { createJsKernels, gradientCheck, gradientCheckThreshold, networkFromModelFile, parameterCount } from '../../engine'
import type { ResolvedBatch } from './batch-inputs'
import { sampledGradientCheck } from './sampled-gradient-check'

/**
 * Networks with at most this many parameters get the engine's full check (every weight and bias,
 * two forward passes each); bigger ones a spread subset of each layer, so a 784-128-64-10
 * network is checked in about a second instead of minutes.
 */
const FULL_CHECK_PARAMETERS = 2_000
const SAMPLED_LIMITS = { weights: 64, biases: 32 }

/**
 * The central differences' default step ε: in Float32, J carries about 7 digits, so ε = 1e-5
 * would leave only the rounding of J in (J(θ + ε) − J(θ − ε)); 1e-2 keeps that error near 1e-5 · J / ε.
 */
export const DEFAULT_EPSILON: Record<Precision, number> = { f64: 1e-5, f32: 1e-2 }

/** Backprop against central differences per layer, with the pass threshold of the precision used. */
export function gradientCheckInspection(
  model: ModelFile,
  batch: ResolvedBatch,
  settings: { precision: Precision; epsilon: number; l2: number; epoch: number | null }
): GradientCheckInspection {
  const network = networkFromModelFile(model, createJsKernels(settings.precision))
  const threshold = gradientCheckThreshold(network)
  const { inputs, targets } = batch
  const checked =
    parameterCount(network).total <= FULL_CHECK_PARAMETERS
      ? gradientCheck(network, inputs, targets, settings.epsilon, settings.l2).layers.map((layer, l) => {
          const dense = network.layers[l]
          const [weights, biases] = [dense.weights.data.length, dense.biases.length]
          return { ...layer, checkedWeights: weights, totalWeights: weights, checkedBiases: biases, totalBiases: biases }
        })
      : sampledGradientCheck(network, inputs, targets, settings.epsilon, settings.l2, SAMPLED_LIMITS)
  const layers: LayerGradientCheckView[] = checked.map((layer) => ({ ...layer, passed: layer.maxRelativeError < threshold }))
  return {
    layers,
    passed: layers.every((layer) => layer.passed),
    threshold,
    precision: settings.precision,
    epsilon: settings.epsilon,
    epoch: settings.epoch,
    rows: batch.rows
  }
}
