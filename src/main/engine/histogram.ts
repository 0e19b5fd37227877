import type { ValueRange, WeightHistogram } from '../../shared/model/inspect'

/** The smallest and largest value (both 0 when there are none). */
export function valueRange(values: ArrayLike<number>): ValueRange {
  if (values.length === 0) return { min: 0, max: 0 }
  let min = values[0]
  let max = values[0]
  for (let i = 1; i < values.length; i++) {
    const value = values[i]
    if (value < min) min = value
    else if (value > max) max = value
  }
  return { min, max }
}

/**
 * Counts of `values` in `bins` equal-width bins over [min, max]: value v falls in bin
 * ⌊(v − min) / (max − min) · bins⌋, max itself in the last bin; all in bin 0 when max = min.
 */
export function histogram(values: ArrayLike<number>, bins: number): WeightHistogram {
  const { min, max } = valueRange(values)
  const counts = new Array<number>(bins).fill(0)
  const width = max - min
  for (let i = 0; i < values.length; i++) {
    const bin = width > 0 ? Math.floor(((values[i] - min) / width) * bins) : 0
    counts[Math.min(bin, bins - 1)]++
  }
  return { min, max, counts }
}
