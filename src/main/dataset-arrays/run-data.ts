import { Rng, splitRows, type DataSplit } from '../engine'

/** Seed offset of the split's Rng, so splitting and weight initialization draw different numbers. */
const SPLIT_SEED_OFFSET = 0x5eed

/**
 * A run's split of a dataset's rows: seeded by the run's seed, stratified by class. A dataset
 * with its own test set (`testFrom`: IDX train + t10k) keeps it: the rows before it are split
 * into training and validation by the first two fractions, and the rest are the test part.
 */
export function splitForRun(
  rowCount: number,
  fractions: readonly number[],
  seed: number,
  labels: Int32Array | null,
  testFrom: number | null = null
): DataSplit {
  const rng = new Rng(seed + SPLIT_SEED_OFFSET)
  if (testFrom === null || testFrom <= 0 || testFrom >= rowCount)
    return splitRows(rowCount, fractions, rng, labels)
  const before = splitRows(testFrom, fractions.slice(0, 2), rng, labels?.subarray(0, testFrom))
  return {
    train: before.train,
    validation: before.validation,
    test: Int32Array.from({ length: rowCount - testFrom }, (_, i) => testFrom + i)
  }
}

/**
 * Targets for the output layer: 0/1 for a single sigmoid unit, else one-hot rows of `units`
 * columns; written into `targets` when given (zero-filled, labels × units long).
 */
export function classTargets<T extends Float32Array | Float64Array = Float32Array>(
  labels: Int32Array,
  units: number,
  targets: T = new Float32Array(labels.length * units) as T
): T {
  labels.forEach((label, row) => {
    if (units === 1) targets[row] = label === 1 ? 1 : 0
    else targets[row * units + label] = 1
  })
  return targets
}
