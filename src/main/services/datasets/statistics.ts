import type { DatasetAudit, FeatureStatistics } from '../../../shared/model/dataset'
import { readStoredRows, type StoredValues } from '../../engine/data-rows'

/** Rows read at a time as numbers (bytes as b / 255). */
const BLOCK_ROWS = 256

/** Calls `visit` with every block of rows as Float64 numbers (block rows × cols). */
function eachBlock(
  features: StoredValues,
  rows: number,
  cols: number,
  visit: (values: Float64Array, count: number) => void
): void {
  const block = new Float64Array(Math.min(rows, BLOCK_ROWS) * cols)
  for (let first = 0; first < rows; first += BLOCK_ROWS) {
    const count = Math.min(BLOCK_ROWS, rows - first)
    visit(readStoredRows(features, cols, first, count, block), count)
  }
}

/** Per-feature mean, standard deviation (population), min and max over all rows. */
export function featureStatistics(
  features: StoredValues,
  rows: number,
  cols: number
): FeatureStatistics {
  const mean = new Float64Array(cols)
  const min = new Float64Array(cols).fill(Infinity)
  const max = new Float64Array(cols).fill(-Infinity)
  eachBlock(features, rows, cols, (values, count) => {
    for (let i = 0; i < count; i++) {
      const offset = i * cols
      for (let j = 0; j < cols; j++) {
        const value = values[offset + j]
        mean[j] += value
        if (value < min[j]) min[j] = value
        if (value > max[j]) max[j] = value
      }
    }
  })
  for (let j = 0; j < cols; j++) mean[j] /= rows
  // Second pass: Var = (1/n) Σ (x − mean)², exact even when the mean dwarfs the spread.
  const std = new Float64Array(cols)
  eachBlock(features, rows, cols, (values, count) => {
    for (let i = 0; i < count; i++) {
      const offset = i * cols
      for (let j = 0; j < cols; j++) {
        const deviation = values[offset + j] - mean[j]
        std[j] += deviation * deviation
      }
    }
  })
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
 * Rows are bucketed by an FNV-1a hash of their stored bits (32-bit words where a row is a whole
 * number of them), and compared exactly within a bucket.
 */
export function auditDataset(
  features: StoredValues,
  rows: number,
  cols: number,
  labels: Int32Array | null,
  featureNames: readonly string[],
  statistics: FeatureStatistics
): DatasetAudit {
  const rowBytes = cols * features.BYTES_PER_ELEMENT
  const { buffer, byteOffset } = features
  const words =
    rowBytes % 4 === 0 && byteOffset % 4 === 0
      ? new Uint32Array(buffer, byteOffset, (rows * rowBytes) / 4)
      : new Uint8Array(buffer, byteOffset, rows * rowBytes)
  const width = rowBytes / words.BYTES_PER_ELEMENT
  const buckets = new Map<number, number[]>()
  let duplicateRows = 0
  for (let i = 0; i < rows; i++) {
    let hash = 0x811c9dc5 ^ (labels ? labels[i] : 0)
    for (let j = i * width; j < (i + 1) * width; j++) hash = Math.imul(hash ^ words[j], 0x01000193)
    const bucket = buckets.get(hash)
    if (!bucket) {
      buckets.set(hash, [i])
      continue
    }
    if (bucket.some((other) => sameRow(words, labels, other, i, width))) duplicateRows++
    else bucket.push(i)
  }
  const constantFeatures = featureNames.filter((_, j) => statistics.min[j] === statistics.max[j])
  return { duplicateRows, constantFeatures }
}

function sameRow(
  words: Uint32Array | Uint8Array,
  labels: Int32Array | null,
  a: number,
  b: number,
  cols: number
): boolean {
  if (labels && labels[a] !== labels[b]) return false
  for (let j = 0; j < cols; j++) if (words[a * cols + j] !== words[b * cols + j]) return false
  return true
}
