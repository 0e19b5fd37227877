import type { GradientCheckInspection, LayerGradientCheckView } from '@shared/model/inspect'

/** Whether a layer's backprop gradients agree with the central differences, as main judged. */
export type CheckVerdict = 'pass' | 'fail'

/** One row of the gradient check's table. */
export interface CheckRow {
  layer: number
  verdict: CheckVerdict
  maxRelativeError: number
  /** The parameter closest to failing, with its absolute values and tolerance. */
  worst: LayerGradientCheckView['worst']
  kinks: number
  /** Parameters compared, and of how many. */
  checked: number
  total: number
}

/**
 * The table of a gradient check: a row per layer, green or red by main's verdict (each
 * parameter within atol + rtol · max(|b|, |n|)), never recomputed here from the relative error.
 */
export function checkRows(result: GradientCheckInspection): CheckRow[] {
  return result.layers.map((layer) => ({
    layer: layer.layer,
    verdict: layer.passed ? 'pass' : 'fail',
    maxRelativeError: layer.maxRelativeError,
    worst: layer.worst,
    kinks: layer.kinks,
    checked: layer.checkedWeights + layer.checkedBiases,
    total: layer.totalWeights + layer.totalBiases
  }))
}

/** Kinks over all layers: parameters whose ±ε moved a ReLU unit across 0. */
export function kinkCount(result: GradientCheckInspection): number {
  return result.layers.reduce((sum, layer) => sum + layer.kinks, 0)
}
