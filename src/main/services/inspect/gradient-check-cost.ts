import { UserError } from '../../../shared/errors'
import { limitOf, overLimit } from '../../../shared/limits'
import type { ModelFile } from '../../../shared/model/model-file'
import type { CheckLimits } from './gradient-comparison'

/** What one layer costs in a forward pass beyond its multiply-adds (calls, activations, loops). */
const LAYER_OVERHEAD = 100

/**
 * Refuses a gradient check that would hold main's thread too long: two forward passes for each
 * checked parameter, each costing the network's multiply-adds (plus a fixed cost per layer) for
 * every row. 20,000 one-unit layers once froze the server for minutes, deaf even to SIGTERM.
 */
export function checkGradientCheckCost(model: ModelFile, rows: number, limits: CheckLimits): void {
  let inputs = model.inputSize
  let checked = 0
  let passCost = 0
  for (const { units } of model.layers) {
    checked += Math.min(units * inputs, limits.weights) + Math.min(units, limits.biases)
    passCost += units * inputs + LAYER_OVERHEAD
    inputs = units
  }
  const cost = 2 * checked * passCost * rows
  if (cost > limitOf('gradientCheckCost'))
    throw new UserError(
      `this gradient check would take about ${cost.toExponential(1)} multiply-adds (${checked} parameters, ${model.layers.length} layers, ${rows} rows), ${overLimit('gradientCheckCost', "check fewer rows, or use the command line's gradcheck")}`
    )
}
