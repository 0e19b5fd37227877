/** Classification counts (engine/metrics.ts, countCorrect and classOfRow, is the reference). */
import { FLOAT } from './simd'

/** Rows of the rows × cols outputs whose class is the class of the same row of the targets. */
export function countCorrect(outputs: usize, targets: usize, rows: i32, cols: i32): i32 {
  let correct = 0
  for (let i = 0; i < rows; i++) {
    if (classOfRow(outputs, i, cols) == classOfRow(targets, i, cols)) correct++
  }
  return correct
}

/** The largest unit of a row (the first of equals), or for one unit 1 when it is ≥ 0.5. */
function classOfRow(values: usize, row: i32, cols: i32): i32 {
  const start = values + <usize>(row * cols) * FLOAT
  if (cols == 1) return load<f32>(start) >= 0.5 ? 1 : 0
  // NaN never compares greater, as in the reference. Selects, not branches: which unit is
  // largest is as unpredictable as the data.
  let best = 0
  let largest = load<f32>(start)
  for (let k = 1; k < cols; k++) {
    const value = load<f32>(start + <usize>k * FLOAT)
    const greater = value > largest
    best = select<i32>(k, best, greater)
    largest = select<f32>(value, largest, greater)
  }
  return best
}
