/** What a number setting's field accepts: its range, its arrow step, and whether it is whole. */
export interface NumberRange {
  min: number
  max: number
  step?: number
  integer?: boolean
}

/**
 * The fixed range of each number field of the Training screen's settings, one record per setting
 * (the race's rates use the learning rate's). Fields whose range follows another setting (the
 * lowest rate of a cosine schedule, the warm-up) compute theirs beside it.
 */
export const SETTING_RANGES = {
  learningRate: { min: 1e-9, max: 1000 },
  momentum: { min: 0, max: 0.999, step: 0.01 },
  batchSize: { min: 1, max: 1_000_000, integer: true },
  epochs: { min: 1, max: 1_000_000, integer: true },
  l1: { min: 0, max: 10 },
  l2: { min: 0, max: 10 },
  seed: { min: 0, max: 2 ** 32 - 1, integer: true },
  /** The step schedule's epochs between decays. */
  stepEpochs: { min: 1, max: 1_000_000, integer: true },
  /** A decay factor γ. */
  gamma: { min: 1e-6, max: 1, step: 0.01 },
  /** Early stopping's epochs without improvement. */
  patience: { min: 1, max: 1_000_000, integer: true },
  /** The validation or test share of the split, in percent. */
  splitPercent: { min: 0, max: 90, integer: true }
} as const satisfies Record<string, NumberRange>
