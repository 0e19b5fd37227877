import type { Preprocessing } from '../../shared/model/preprocessing'
import { readStoredRows, type StoredValues } from './data-rows'

/** The concrete normalizations (`auto` is resolved by the caller from the data kind). */
export type NormalizationKind = 'standardize' | 'minmax' | 'scale' | 'none'

/**
 * Fits a preprocessing on the given rows only (the training rows, so validation and test data
 * never leak into it). Returns undefined for `none`. Stored bytes count as their values b / 255.
 *   standardize: mean and population std per feature (a constant feature gets std 1)
 *   minmax: min and max per feature
 *   scale: one factor 1 / max|x| over all features
 */
export function fitPreprocessing(
  kind: NormalizationKind,
  features: StoredValues,
  cols: number,
  rows: Int32Array
): Preprocessing | undefined {
  if (kind === 'none') return undefined
  const values = new Float64Array(cols)
  const eachRow = (visit: (values: Float64Array) => void): void => {
    for (const row of rows) visit(readStoredRows(features, cols, row, 1, values))
  }
  if (kind === 'scale') {
    let largest = 0
    eachRow((row) => {
      for (let j = 0; j < cols; j++) largest = Math.max(largest, Math.abs(row[j]))
    })
    return { kind: 'scale', factor: largest === 0 ? 1 : 1 / largest }
  }
  const sum = new Float64Array(cols)
  const min = new Float64Array(cols).fill(Infinity)
  const max = new Float64Array(cols).fill(-Infinity)
  eachRow((row) => {
    for (let j = 0; j < cols; j++) {
      const value = row[j]
      sum[j] += value
      min[j] = Math.min(min[j], value)
      max[j] = Math.max(max[j], value)
    }
  })
  if (kind === 'minmax') return { kind: 'minmax', min: Array.from(min), max: Array.from(max) }
  const count = Math.max(rows.length, 1)
  const mean = Array.from(sum, (total) => total / count)
  // Two passes: σ² = (1/n) Σ (x − mean)², which stays exact when the mean is large next to the
  // spread (E[x²] − E[x]² would cancel). A constant column keeps σ = 1 so it maps to 0, not NaN.
  const squaredDeviations = new Float64Array(cols)
  eachRow((row) => {
    for (let j = 0; j < cols; j++) {
      const deviation = row[j] - mean[j]
      squaredDeviations[j] += deviation * deviation
    }
  })
  const std = Array.from(squaredDeviations, (total) => {
    const deviation = Math.sqrt(total / count)
    return deviation > 1e-12 ? deviation : 1
  })
  return { kind: 'standardize', mean, std }
}
