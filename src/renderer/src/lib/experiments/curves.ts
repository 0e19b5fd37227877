import type { EpochMetrics } from '@shared/model/training'

/** The per-epoch curves a comparison overlays. */
export const CURVE_NAMES = ['trainLoss', 'valLoss', 'trainAccuracy', 'valAccuracy'] as const
export type CurveName = (typeof CURVE_NAMES)[number]

/**
 * Several runs' values of one curve on a shared epoch axis: `epochs` is every epoch any run
 * reached, ascending; `values[run][i]` is that run's value at `epochs[i]`, or null where the run
 * has none (it stopped earlier, or the value is missing or not finite).
 */
export interface AlignedCurve {
  epochs: number[]
  values: (number | null)[][]
}

/** A run's value of a curve at one epoch, or null. */
export function curveValue(epoch: EpochMetrics, curve: CurveName): number | null {
  const value = epoch[curve]
  return value !== null && Number.isFinite(value) ? value : null
}

/** Lines up several runs' values of a curve by epoch number. */
export function alignByEpoch(
  runs: readonly (readonly EpochMetrics[])[],
  curve: CurveName
): AlignedCurve {
  const epochs = [...new Set(runs.flatMap((metrics) => metrics.map((epoch) => epoch.epoch)))].sort(
    (a, b) => a - b
  )
  const values = runs.map((metrics) => {
    const byEpoch = new Map(metrics.map((epoch) => [epoch.epoch, curveValue(epoch, curve)]))
    return epochs.map((epoch) => byEpoch.get(epoch) ?? null)
  })
  return { epochs, values }
}

/** True when some run has a value of the curve (regression runs have no accuracy, `[1]` splits no validation). */
export function hasCurve(runs: readonly (readonly EpochMetrics[])[], curve: CurveName): boolean {
  return runs.some((metrics) => metrics.some((epoch) => curveValue(epoch, curve) !== null))
}

/** One run's line of an aligned curve: its points, where it has values. */
export function curvePoints(aligned: AlignedCurve, run: number): { x: number; y: number }[] {
  return aligned.epochs.flatMap((epoch, index) => {
    const value = aligned.values[run][index]
    return value === null ? [] : [{ x: epoch, y: value }]
  })
}
