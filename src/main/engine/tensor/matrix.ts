/**
 * The engine's one data type: a dense row-major matrix. Batches are batch-major (one sample per
 * row); a layer's weights are [units × inputs] (row j holds the weights into unit j).
 */

/** The element arrays the engine computes in: Float32 by default, Float64 when selected. */
export type FloatArray = Float32Array | Float64Array

/** A rows × cols matrix stored row-major in `data` (element (i, j) at i·cols + j). */
export interface Matrix {
  rows: number
  cols: number
  data: FloatArray
}

/** A view of the first `rows` rows of `matrix`, sharing its memory (used for a short last batch). */
export function topRows(matrix: Matrix, rows: number): Matrix {
  if (rows === matrix.rows) return matrix
  return { rows, cols: matrix.cols, data: matrix.data.subarray(0, rows * matrix.cols) }
}

/** Nested arrays (one per row) of a matrix's values, for JSON and display. */
export function toRowArrays(matrix: Matrix): number[][] {
  const result: number[][] = []
  for (let i = 0; i < matrix.rows; i++) {
    result.push(Array.from(matrix.data.subarray(i * matrix.cols, (i + 1) * matrix.cols)))
  }
  return result
}

/** Copies nested row arrays into `matrix` (shapes must already agree). */
export function fillFromRows(matrix: Matrix, rows: readonly (readonly number[])[]): void {
  for (let i = 0; i < matrix.rows; i++) {
    const row = rows[i]
    for (let j = 0; j < matrix.cols; j++) matrix.data[i * matrix.cols + j] = row[j]
  }
}

/** True when every element is a finite number (no NaN, no ±Infinity). */
export function allFinite(values: FloatArray): boolean {
  for (let i = 0; i < values.length; i++) {
    const value = values[i]
    if (value - value !== 0) return false
  }
  return true
}
