import { Rng, splitRows, type DataSplit } from '../../engine'

/** Seed offset of the split's Rng, so splitting and weight initialization draw different numbers. */
const SPLIT_SEED_OFFSET = 0x5eed

/** A run's split of a dataset's rows: seeded by the run's seed, stratified by class. */
export function splitForRun(
  rowCount: number,
  fractions: readonly number[],
  seed: number,
  labels: Int32Array | null
): DataSplit {
  return splitRows(rowCount, fractions, new Rng(seed + SPLIT_SEED_OFFSET), labels)
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
