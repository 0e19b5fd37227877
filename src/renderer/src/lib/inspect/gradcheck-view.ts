import type { GradientCheckInspection, LayerGradientCheckView } from '@shared/model/inspect'
import type { Precision } from '@shared/model/network'

/** A layer passes when its largest relative error is under this: Float64 1e-6, Float32 1e-3. */
export const CHECK_THRESHOLDS: Record<Precision, number> = { f64: 1e-6, f32: 1e-3 }

/** Whether a layer's backprop gradients agree with the central differences. */
export type CheckVerdict = 'pass' | 'fail'

/** Green under the precision's threshold, red otherwise (a NaN or infinite error fails). */
export function checkVerdict(maxRelativeError: number, precision: Precision): CheckVerdict {
  return maxRelativeError < CHECK_THRESHOLDS[precision] ? 'pass' : 'fail'
}

/** One row of the gradient check's table. */
export interface CheckRow {
  layer: number
  maxRelativeError: number
  verdict: CheckVerdict
  worst: LayerGradientCheckView['worst']
  /** Parameters compared, and of how many. */
  checked: number
  total: number
}

/** The table of a gradient check: a row per layer, coloured by the precision backprop ran in. */
export function checkRows(result: GradientCheckInspection): CheckRow[] {
  return result.layers.map((layer) => ({
    layer: layer.layer,
    maxRelativeError: layer.maxRelativeError,
    verdict: checkVerdict(layer.maxRelativeError, result.precision),
    worst: layer.worst,
    checked: layer.checkedWeights + layer.checkedBiases,
    total: layer.totalWeights + layer.totalBiases
  }))
}
