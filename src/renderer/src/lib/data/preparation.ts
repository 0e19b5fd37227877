import type { DatasetSummary } from '@shared/model/dataset'
import type { NormalizeName } from '@shared/model/preprocessing'

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
export function splitCounts(
  dataset: Pick<DatasetSummary, 'rows' | 'classCounts' | 'officialTest'>,
  fractions: readonly number[]
): SplitCounts {
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

/** What a run will do to the inputs: the setting, resolved for this dataset as main resolves `auto`. */
export interface NormalizationPlan {
  kind: Exclude<NormalizeName, 'auto'>
  /** True when the setting is `auto` and picked this. */
  auto: boolean
  /** Image pixels (already in [0, 1]). */
  pixels: boolean
}

/** Resolves the normalization setting for a dataset (`auto`: none for images, standardize for tables). */
export function normalizationPlan(
  dataset: Pick<DatasetSummary, 'kind'>,
  setting: NormalizeName
): NormalizationPlan {
  const pixels = dataset.kind === 'images' || dataset.kind === 'idx'
  if (setting !== 'auto') return { kind: setting, auto: false, pixels }
  return { kind: pixels ? 'none' : 'standardize', auto: true, pixels }
}

/** The smallest and largest raw value over all features. */
export function rawRange(statistics: DatasetSummary['statistics']): { min: number; max: number } {
  return {
    min: statistics.min.reduce((a, b) => Math.min(a, b), Infinity),
    max: statistics.max.reduce((a, b) => Math.max(a, b), -Infinity)
  }
}

/** Ratio of widest to narrowest feature span above which unnormalized inputs train badly. */
const SPAN_RATIO_WARNING = 20
/** Raw magnitudes above this saturate sigmoid and tanh units. */
const MAGNITUDE_WARNING = 10

/**
 * True when raw features are on very different scales or large: training them without
 * normalization is slow or unstable (constant features aside).
 */
export function scalesDiffer(statistics: DatasetSummary['statistics']): boolean {
  const spans = statistics.max
    .map((max, index) => max - statistics.min[index])
    .filter((span) => span > 0)
  if (spans.length === 0) return false
  const { min, max } = rawRange(statistics)
  const widest = spans.reduce((a, b) => Math.max(a, b))
  const narrowest = spans.reduce((a, b) => Math.min(a, b))
  return (
    widest / narrowest > SPAN_RATIO_WARNING ||
    Math.max(Math.abs(min), Math.abs(max)) > MAGNITUDE_WARNING
  )
}
