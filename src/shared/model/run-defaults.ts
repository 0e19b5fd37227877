import { ACTIVATION_CATALOGUE } from './activations/catalogue'
import type { HiddenActivationName, InitName } from './network'
import type { OptimizerName } from './training'

/**
 * Defaults a run takes when the user leaves them out, shared by main (which fills them in) and
 * the renderer (which shows what the lab will use).
 */

/** Learning rates that work out of the box for each optimizer on standardized data. */
export const DEFAULT_LEARNING_RATES: Record<OptimizerName, number> = {
  sgd: 0.1,
  momentum: 0.05,
  adam: 0.005
}

/**
 * Epochs when none are given: enough passes to see about 150,000 samples, between 10 and 100
 * (100 for iris-sized tables, 10 for Fashion-MNIST).
 */
export function defaultEpochs(trainRows: number): number {
  return Math.min(100, Math.max(10, Math.round(150_000 / Math.max(trainRows, 1))))
}

/**
 * Training rows of a dataset under a split: the first fraction of the rows, the fractions taken
 * relative to their sum (`[0.8, 0.2]` and `[4, 1]` alike give 80 %).
 */
export function trainRowsOf(rows: number, split: readonly number[]): number {
  const total = split.reduce((sum, part) => sum + part, 0)
  return total > 0 ? Math.round((rows * split[0]) / total) : rows
}

/** The activation's own init family: He for rectifiers, Xavier for the others. */
export function defaultInit(activation: HiddenActivationName): InitName {
  return ACTIVATION_CATALOGUE[activation].init
}
