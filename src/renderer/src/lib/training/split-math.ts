/** A split as whole percentages of the rows. */
export interface SplitPercents {
  train: number
  validation: number
  test: number
}

/** A split (fractions in any scale, `[1]` = all for training) as percentages summing to 100. */
export function splitPercents(split: readonly number[]): SplitPercents {
  const total = split.reduce((sum, part) => sum + part, 0)
  if (total <= 0) return { train: 100, validation: 0, test: 0 }
  const validation = Math.round(((split[1] ?? 0) / total) * 100)
  const test = Math.round(((split[2] ?? 0) / total) * 100)
  return { train: 100 - validation - test, validation, test }
}

/**
 * The split for a validation and a test percentage (training gets the rest): `[train, validation]`,
 * `[train, validation, test]` with a test part, `[1]` when everything trains.
 */
export function splitFromPercents(validation: number, test: number): number[] {
  const train = 100 - validation - test
  if (validation === 0 && test === 0) return [1]
  return test > 0 ? [train / 100, validation / 100, test / 100] : [train / 100, validation / 100]
}
