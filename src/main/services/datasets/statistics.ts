import type { DatasetAudit, FeatureStatistics } from '../../../shared/model/dataset'

/** Per-feature mean, standard deviation (population), min and max over all rows. */
export function featureStatistics(
  features: Float32Array,
  rows: number,
  cols: number
): FeatureStatistics {
  const mean = new Float64Array(cols)
  const min = new Float64Array(cols).fill(Infinity)
  const max = new Float64Array(cols).fill(-Infinity)
  for (let i = 0; i < rows; i++) {
    const offset = i * cols
    for (let j = 0; j < cols; j++) {
      const value = features[offset + j]
      mean[j] += value
      if (value < min[j]) min[j] = value
      if (value > max[j]) max[j] = value
    }
  }
  for (let j = 0; j < cols; j++) mean[j] /= rows
  // Second pass: Var = (1/n) Σ (x − mean)², exact even when the mean dwarfs the spread.
  const std = new Float64Array(cols)
  for (let i = 0; i < rows; i++) {
    const offset = i * cols
    for (let j = 0; j < cols; j++) {
      const deviation = features[offset + j] - mean[j]
      std[j] += deviation * deviation
    }
  }
  for (let j = 0; j < cols; j++) std[j] = Math.sqrt(std[j] / rows)
  return {
    mean: Array.from(mean),
    std: Array.from(std),
    min: Array.from(min),
    max: Array.from(max)
  }
}

/** Rows per class, in label order. */
export function classCounts(labels: Int32Array, classCount: number): number[] {
  const counts = new Array<number>(classCount).fill(0)
  for (const label of labels) counts[label]++
  return counts
}

/**
 * Duplicate rows (same features and label as an earlier row) and constant feature columns.
 * Rows are bucketed by an FNV-1a hash of their bytes, and compared exactly within a bucket.
 */
export function auditDataset(
  features: Float32Array,
  rows: number,
  cols: number,
  labels: Int32Array | null,
  featureNames: readonly string[],
  statistics: FeatureStatistics
): DatasetAudit {
  const words = new Uint32Array(features.buffer, features.byteOffset, rows * cols)
  const buckets = new Map<number, number[]>()
  let duplicateRows = 0
  for (let i = 0; i < rows; i++) {
    let hash = 0x811c9dc5 ^ (labels ? labels[i] : 0)
    for (let j = i * cols; j < (i + 1) * cols; j++) hash = Math.imul(hash ^ words[j], 0x01000193)
    const bucket = buckets.get(hash)
    if (!bucket) {
      buckets.set(hash, [i])
      continue
    }
    if (bucket.some((other) => sameRow(words, labels, other, i, cols))) duplicateRows++
    else bucket.push(i)
  }
  const constantFeatures = featureNames.filter((_, j) => statistics.min[j] === statistics.max[j])
  return { duplicateRows, constantFeatures }
}

function sameRow(
  words: Uint32Array,
  labels: Int32Array | null,
  a: number,
  b: number,
  cols: number
): boolean {
  if (labels && labels[a] !== labels[b]) return false
  for (let j = 0; j < cols; j++) if (words[a * cols + j] !== words[b * cols + j]) return false
  return true
}
