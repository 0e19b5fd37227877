/** Room left on the right of a live run's curves: the axis reaches at least this × the position. */
const HEADROOM = 1.25

/** The smallest of 1, 2, 5, 10, 20, 50, … that is at least `value` (and at least 1). */
export function niceCeiling(value: number): number {
  if (!(value > 1)) return 1
  const decade = 10 ** Math.floor(Math.log10(value))
  for (const step of [1, 2, 5]) {
    if (step * decade >= value) return step * decade
  }
  return 10 * decade
}

/**
 * Where the epoch axis ends. While a run trains, it grows with the run in 1-2-5 steps, a little
 * ahead of `position` (epochs trained so far, fractions included) and never past the planned
 * epochs, so a run planned for 100,000 epochs does not squeeze its first ones into a sliver.
 * Otherwise (an ended or stored run) it is undefined: the chart fits the epochs actually run.
 */
export function epochAxisEnd(
  live: boolean,
  plannedEpochs: number | undefined,
  position: number
): number | undefined {
  if (!live || !plannedEpochs) return undefined
  return Math.min(plannedEpochs, niceCeiling(position * HEADROOM))
}
