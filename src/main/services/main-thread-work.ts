import { UserError } from '../../shared/errors'
import { limitOf, overLimit } from '../../shared/limits'

/** What one layer costs in a forward pass beyond its multiply-adds (calls, activations, loops). */
const LAYER_OVERHEAD = 100

/** The sizes a cost is counted from: a model file or a network spec. */
export interface LayerSizes {
  inputSize: number
  layers: readonly { units: number }[]
}

/** Multiply-adds of one row's forward pass, counting a fixed cost per layer. */
export function forwardCost(model: LayerSizes): number {
  let inputs = model.inputSize
  let cost = 0
  for (const { units } of model.layers) {
    cost += units * inputs + LAYER_OVERHEAD
    inputs = units
  }
  return cost
}

/** True when `multiplyAdds` fits the budget of one call on main's thread. */
export function fitsMainThread(multiplyAdds: number): boolean {
  return multiplyAdds <= limitOf('mainThreadWork')
}

/**
 * Refuses a call whose work would hold main's thread for long (the window or browser mode would
 * freeze, deaf even to SIGTERM: 20,000 one-unit layers once did for minutes). `what` says what
 * the work is, `advice` how to ask for less.
 */
export function checkMainThreadWork(what: string, multiplyAdds: number, advice: string): void {
  if (fitsMainThread(multiplyAdds)) return
  throw new UserError(
    `${what} would take about ${multiplyAdds.toExponential(1)} multiply-adds, ${overLimit('mainThreadWork', advice)}`
  )
}
