import { userError } from '../../shared/errors'
import { formatLimit, limitOf } from '../../shared/limits'
import type { MainThreadWork } from '../../shared/message-tables/inspect-refusals'

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
 * freeze, deaf even to SIGTERM: 20,000 one-unit layers once did for minutes). The refusal says
 * what the work is and how to ask for less (message-tables/inspect-refusals.ts).
 */
export function checkMainThreadWork(work: MainThreadWork, multiplyAdds: number): void {
  if (fitsMainThread(multiplyAdds)) return
  throw userError('mainThread.tooMuch', {
    work,
    multiplyAdds: multiplyAdds.toExponential(1),
    bound: formatLimit('mainThreadWork')
  })
}
