import type { ModelFile } from '../../../shared/model/model-file'
import { checkMainThreadWork, forwardCost } from '../main-thread-work'

/** How many weights and biases of each layer a check compares. */
export interface CheckLimits {
  weights: number
  biases: number
}

/**
 * Refuses a gradient check that would hold main's thread too long: two forward passes for each
 * checked parameter, each over every row.
 */
export function checkGradientCheckCost(model: ModelFile, rows: number, limits: CheckLimits): void {
  let inputs = model.inputSize
  let checked = 0
  for (const { units } of model.layers) {
    checked += Math.min(units * inputs, limits.weights) + Math.min(units, limits.biases)
    inputs = units
  }
  checkMainThreadWork(
    { kind: 'gradientCheck', parameters: checked, layers: model.layers.length, rows },
    2 * checked * forwardCost(model) * rows
  )
}
