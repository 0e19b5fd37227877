import type { Regularization } from '../../../shared/model/training'
import type {
  BrokenBackprop,
  GradientCheckInspection,
  GradientCheckRequest
} from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Precision } from '../../../shared/model/network'
import { userError } from '../../../shared/errors'
import {
  backpropGradients,
  compareWithCentralDifferences,
  createJsKernels,
  networkFromModelFile,
  type ParameterGradients,
  type ParameterSelection
} from '../../engine'
import type { ResolvedBatch } from './batch-inputs'
import { parameterCountOf } from '../../../shared/model/network-design'
import { checkGradientCheckCost } from './gradient-check-cost'
import { spreadIndices } from './inspect-values'

/**
 * Networks with at most this many parameters have every weight and bias checked (two forward
 * passes each); bigger ones an evenly spread subset of each layer, so a 784-128-64-10 network
 * is checked in about a second instead of minutes.
 */
const FULL_CHECK_PARAMETERS = 2_000
const SAMPLED_LIMITS = { weights: 64, biases: 32 }

/**
 * Backprop against central differences per layer, judged by the engine's rule |b − n| ≤ atol +
 * rtol · max(|b|, |n|) for the precision the backprop gradients were computed in. Central
 * differences are always taken in Float64 (in Float32, J's own rounding, about 1e-7 · J / ε,
 * would drown small gradients); with every parameter checked in Float64 this is the CLI's
 * `gradcheck`. `broken` breaks backprop on purpose for this check only (the teaching switch).
 */
export function gradientCheckInspection(
  model: ModelFile,
  batch: ResolvedBatch,
  settings: {
    precision: Precision
    epsilon: number
    regularization: Regularization
    epoch: number | null
    broken?: GradientCheckRequest['broken']
  }
): GradientCheckInspection {
  const { inputs, targets } = batch
  const { precision, epsilon, regularization } = settings
  const everyParameter = parameterCountOf(model) <= FULL_CHECK_PARAMETERS
  checkGradientCheckCost(
    model,
    inputs.length,
    everyParameter ? { weights: Infinity, biases: Infinity } : SAMPLED_LIMITS
  )
  const numeric = networkFromModelFile(model, createJsKernels('f64'))
  const broken = brokenBackprop(settings.broken, numeric.layers.length)
  const backprop =
    precision === 'f64' ? numeric : networkFromModelFile(model, createJsKernels(precision))
  const gradients = backpropGradients(
    backprop,
    inputs,
    targets,
    broken?.kind === 'drop-l2' ? { ...regularization, l2: 0 } : regularization
  )
  if (broken?.kind === 'flip-bias-sign') negate(gradients[broken.layer - 1])
  const select: ParameterSelection | undefined = everyParameter
    ? undefined
    : (l) => ({
        weights: spreadWeights(numeric.layers[l].units, numeric.layers[l].inputSize),
        biases: spreadIndices(numeric.layers[l].biases.length, SAMPLED_LIMITS.biases)
      })
  const check = compareWithCentralDifferences(numeric, inputs, targets, epsilon, regularization, {
    gradients,
    precision,
    select
  })
  return {
    layers: check.layers.map((layer, l) => {
      const dense = numeric.layers[l]
      const [weights, biases] = [dense.weights.data.length, dense.biases.length]
      return {
        ...layer,
        checkedWeights: everyParameter ? weights : Math.min(weights, SAMPLED_LIMITS.weights),
        totalWeights: weights,
        checkedBiases: everyParameter ? biases : Math.min(biases, SAMPLED_LIMITS.biases),
        totalBiases: biases
      }
    }),
    passed: check.passed,
    tolerance: check.tolerance,
    loss: check.loss,
    l1: regularization.l1,
    l2: regularization.l2,
    broken,
    precision,
    epsilon,
    epoch: settings.epoch,
    rows: batch.rows
  }
}

/** The breakage asked for, with its layer checked (or picked at random when not given). */
function brokenBackprop(
  asked: GradientCheckRequest['broken'],
  layers: number
): BrokenBackprop | null {
  if (!asked) return null
  if (asked.kind === 'drop-l2') return { kind: 'drop-l2' }
  const layer = asked.layer ?? 1 + Math.floor(Math.random() * layers)
  if (layer > layers) throw userError('inspect.noLayerToBreak', { layers, layer })
  return { kind: 'flip-bias-sign', layer }
}

/** The golden ratio's fractional part: successive multiples of it spread evenly over [0, 1). */
const GOLDEN_FRACTION = (Math.sqrt(5) - 1) / 2

/**
 * Flat indices of SAMPLED_LIMITS.weights entries of a units × inputs matrix, spread over its rows
 * evenly and over its columns by the golden-ratio sequence: an even spread of the flat indices
 * would land every pick in one column whenever the matrix has a multiple of the limit in
 * entries (in a 784-input layer, pixel 0 of every unit: a border pixel, always 0).
 */
function spreadWeights(units: number, inputs: number): number[] {
  const picks = spreadIndices(units * inputs, SAMPLED_LIMITS.weights)
  if (picks.length === units * inputs) return picks
  return picks.map((_, i) => {
    const row = Math.floor(((i + 0.5) * units) / picks.length)
    const column = Math.floor(((i * GOLDEN_FRACTION) % 1) * inputs)
    return row * inputs + column
  })
}

/** −∂J/∂b(l): the sign error of the "break backprop on purpose" switch. */
function negate(gradients: ParameterGradients): void {
  for (let j = 0; j < gradients.biases.length; j++) gradients.biases[j] = -gradients.biases[j]
}
