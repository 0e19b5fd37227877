import type { DatasetSummary } from './dataset'

/** What a split is computed from: the rows, by class when classified, and a test set of their own. */
export type SplitSource = Pick<DatasetSummary, 'rows'> &
  Partial<Pick<DatasetSummary, 'classCounts' | 'officialTest'>>

/** Rows in each part of a split. */
export interface SplitCounts {
  train: number
  validation: number
  test: number
}

/**
 * Rows per part exactly as a run splits them (the engine's `splitRows`): fractions scaled to sum
 * to 1, each class split on its own (all rows at once for regression), with cumulative rounding.
 * A dataset with its own test set keeps it as the test part; the rows before it are split into
 * training and validation by the first two fractions (as main's splitForRun does).
 */
export function splitCounts(dataset: SplitSource, fractions: readonly number[]): SplitCounts {
  const official = dataset.officialTest
  const parts = official ? fractions.slice(0, 2) : fractions
  const total = parts.reduce((sum, fraction) => sum + fraction, 0)
  const [trainShare, validationShare] = [0, 1].map((part) =>
    total > 0 ? (parts[part] ?? 0) / total : 0
  )
  // Rows of each group before the official test rows (all of them when there are none).
  const testRows = (k: number): number =>
    !official ? 0 : dataset.classCounts ? (official.classCounts?.[k] ?? 0) : official.rows
  const groups = (dataset.classCounts ?? [dataset.rows]).map((size, k) => size - testRows(k))
  const counts: SplitCounts = { train: 0, validation: 0, test: official?.rows ?? 0 }
  for (const size of groups) {
    const trainEnd = Math.round(size * trainShare)
    const validationEnd = Math.max(trainEnd, Math.round(size * (trainShare + validationShare)))
    counts.train += trainEnd
    counts.validation += validationEnd - trainEnd
    counts.test += size - validationEnd
  }
  return counts
}
