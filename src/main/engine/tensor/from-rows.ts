import type { Kernels } from './kernels'
import { fillFromRows, type Matrix } from './matrix'

/**
 * A matrix in the kernels' memory from nested rows, checking that every row has `width` finite
 * numbers. `what` names the rows in error messages ("input", "target").
 */
export function matrixFromRows(
  kernels: Kernels,
  rows: readonly (readonly number[])[],
  width: number,
  what: string
): Matrix {
  if (rows.length === 0) throw new Error(`no ${what} rows were given`)
  rows.forEach((row, index) => {
    if (row.length !== width) {
      throw new Error(`${what} row ${index + 1}: expected ${width} values, got ${row.length}`)
    }
    row.forEach((value, column) => {
      if (!Number.isFinite(value)) {
        throw new Error(`${what} row ${index + 1}, value ${column + 1}: not a finite number`)
      }
    })
  })
  const matrix = kernels.matrix(rows.length, width)
  fillFromRows(matrix, rows)
  return matrix
}
