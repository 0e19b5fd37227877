import type { DatasetSummary } from '@shared/model/dataset'
import type { NormalizeName } from '@shared/model/preprocessing'

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
