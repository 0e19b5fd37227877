import type { Preprocessing } from '../../shared/model/preprocessing'

/** The concrete normalizations (`auto` is resolved by the caller from the data kind). */
export type NormalizationKind = 'standardize' | 'minmax' | 'scale' | 'none'

/**
 * Fits a preprocessing on the given rows only (the training rows, so validation and test data
 * never leak into it). Returns undefined for `none`.
 *   standardize: mean and population std per feature (a constant feature gets std 1)
 *   minmax: min and max per feature
 *   scale: one factor 1 / max|x| over all features
 */
export function fitPreprocessing(
  kind: NormalizationKind,
  features: Float32Array,
  cols: number,
  rows: Int32Array
): Preprocessing | undefined {
  if (kind === 'none') return undefined
  if (kind === 'scale') {
    let largest = 0
    for (const row of rows) {
      for (let j = 0; j < cols; j++) largest = Math.max(largest, Math.abs(features[row * cols + j]))
    }
    return { kind: 'scale', factor: largest === 0 ? 1 : 1 / largest }
  }
  const first = new Float64Array(cols)
  const second = new Float64Array(cols)
  const min = new Float64Array(cols).fill(Infinity)
  const max = new Float64Array(cols).fill(-Infinity)
  for (const row of rows) {
    for (let j = 0; j < cols; j++) {
      const value = features[row * cols + j]
      first[j] += value
      second[j] += value * value
      min[j] = Math.min(min[j], value)
      max[j] = Math.max(max[j], value)
    }
  }
  if (kind === 'minmax') return { kind: 'minmax', min: Array.from(min), max: Array.from(max) }
  const count = Math.max(rows.length, 1)
  const mean = Array.from(first, (sum) => sum / count)
  // σ = √(E[x²] − E[x]²); a constant column keeps σ = 1 so it maps to 0 instead of NaN
  const std = Array.from(second, (sum, j) => {
    const deviation = Math.sqrt(Math.max(0, sum / count - mean[j] * mean[j]))
    return deviation > 1e-12 ? deviation : 1
  })
  return { kind: 'standardize', mean, std }
}
