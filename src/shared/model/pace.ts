/**
 * How fast a run trains, as the Training screen's speed control sets it: a number of batches a
 * second (slow motion: each batch trained, then its weights shown, then a rest), or full speed.
 */
export type Pace = number | null

/** The speed control's stops, slowest first; null is full speed. */
export const PACES: readonly Pace[] = [1, 2, 5, 10, 30, null]

/** The fastest paced speed (batches a second); above it a run may as well go at full speed. */
export const MAX_PACE = 100

/**
 * Epochs of a run trained "until I stop" (on 2-D data): the most a run may plan, far more than
 * anyone watches, so the run goes on until Stop (or early stopping) ends it.
 */
export const UNTIL_STOPPED_EPOCHS = 1_000_000

/** True for a run planned to train until it is stopped. */
export function untilStopped(plannedEpochs: number | null | undefined): boolean {
  return plannedEpochs === UNTIL_STOPPED_EPOCHS
}
