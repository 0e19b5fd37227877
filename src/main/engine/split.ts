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
  // Each group is shuffled and cut in three: its first rows train, the next validate, the rest
  // test. Cumulative rounding keeps each part within one row of its exact share.
  const cuts = groups.map((group) => {
    rng.shuffle(group)
    const trainEnd = Math.round(group.length * shares[0])
    const validationEnd = Math.max(trainEnd, Math.round(group.length * (shares[0] + shares[1])))
    return [0, trainEnd, validationEnd, group.length]
  })
  // Each part gathers its pieces of the groups straight into typed arrays (no list of numbers
  // that grows row by row: 70,000 rows' lists were megabytes of short-lived JS heap).
  const [train, validation, test] = [0, 1, 2].map((part) => {
    const size = cuts.reduce((sum, cut) => sum + cut[part + 1] - cut[part], 0)
    const rows = new Int32Array(size)
    let filled = 0
    groups.forEach((group, g) => {
      const piece = group.subarray(cuts[g][part], cuts[g][part + 1])
      rows.set(piece, filled)
      filled += piece.length
    })
    return rows.sort()
  })
  return { train, validation, test }
}

/** The rows of each label, in ascending row order, the groups in ascending label order. */
function groupByLabel(labels: Int32Array): Int32Array[] {
  const counts = new Map<number, number>()
  for (let row = 0; row < labels.length; row++) {
    counts.set(labels[row], (counts.get(labels[row]) ?? 0) + 1)
  }
  const classes = [...counts.keys()].sort((a, b) => a - b)
  const groupOf = new Map(classes.map((label, k) => [label, k]))
  const groups = classes.map((label) => new Int32Array(counts.get(label)!))
  const filled = new Int32Array(classes.length)
  for (let row = 0; row < labels.length; row++) {
    const k = groupOf.get(labels[row])!
    groups[k][filled[k]++] = row
  }
  return groups
}
