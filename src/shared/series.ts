/** One batch's cost: batches since the run began (1-based), and J of that batch before its update. */
export interface BatchCost {
  step: number
  loss: number
}

/** Batch costs kept per doubling of the step count, past the first 2 × this (all of them kept). */
const BATCH_COSTS_PER_DOUBLING = 512

/**
 * The one rule for which batch costs a run keeps — the worker keeps them, main stores and sends
 * them, the screens draw them, none thins them again: every batch up to step 1,024, then every
 * 2nd up to 2,048, every 4th up to 4,096 and so on (512 per doubling). A run of a million batches
 * keeps about 6,000, the start of the curve (where it moves most) stays dense, and since it
 * depends on the step alone, a resumed or continued run keeps the same steps.
 */
export function keepsBatchCost(step: number): boolean {
  let stride = 1
  for (let limit = 2 * BATCH_COSTS_PER_DOUBLING; step > limit; limit *= 2) stride *= 2
  return step % stride === 0
}
