import type { Rng } from './rng'

/** Row indices of the training, validation and test parts of a dataset. */
export interface DataSplit {
  train: Int32Array
  validation: Int32Array
  test: Int32Array
}

/**
 * Splits rows 0…n−1 by `fractions` (train, validation[, test]; they are scaled to sum to 1) after
 * a seeded shuffle. With `labels`, each class is split on its own (stratified), so every part
 * keeps the class balance of the whole. Each part is returned in ascending row order.
 */
export function splitRows(
  rowCount: number,
  fractions: readonly number[],
  rng: Rng,
  labels: Int32Array | null = null
): DataSplit {
  const total = fractions.reduce((sum, fraction) => sum + fraction, 0)
  const shares = [0, 1, 2].map((part) => (fractions[part] ?? 0) / total)
  const groups = labels
    ? groupByLabel(labels)
    : [Int32Array.from({ length: rowCount }, (_, i) => i)]
  const parts: number[][] = [[], [], []]
  for (const group of groups) {
    rng.shuffle(group)
    // Cumulative rounding keeps each part within one row of its exact share.
    const trainEnd = Math.round(group.length * shares[0])
    const validationEnd = Math.max(trainEnd, Math.round(group.length * (shares[0] + shares[1])))
    group.forEach((row, position) => {
      parts[position < trainEnd ? 0 : position < validationEnd ? 1 : 2].push(row)
    })
  }
  const [train, validation, test] = parts.map((part) => Int32Array.from(part.sort((a, b) => a - b)))
  return { train, validation, test }
}

function groupByLabel(labels: Int32Array): Int32Array[] {
  const groups = new Map<number, number[]>()
  labels.forEach((label, row) => {
    const group = groups.get(label)
    if (group) group.push(row)
    else groups.set(label, [row])
  })
  return [...groups.keys()]
    .sort((a, b) => a - b)
    .map((label) => Int32Array.from(groups.get(label)!))
}
