import { basename } from 'node:path'
import { UserError } from '../../../../shared/errors'
import type { CsvTable, OutputColumns } from '../csv/table-to-dataset'
import { cellText } from './records-table'

/** A parsed array: where it came from (for messages), its shape and its values (C or Fortran order). */
export interface NamedArray {
  where: string
  shape: number[]
  data: ArrayLike<number | bigint | string | boolean>
  fortranOrder: boolean
}

/**
 * Arrays bigger than this are refused: each value becomes a table cell on its way in, which
 * costs tens of bytes per value.
 */
const MAX_ARRAY_VALUES = 20_000_000

/**
 * Features [rows × features] and labels ([rows], [rows × 1], one-hot [rows × classes], or
 * [rows × k] regression targets) as one table: columns x1 … xN, then `label` or target1 … targetK.
 * Rows are named by place (`X.npy#16`, 0-based).
 */
export function arraysToTable(
  path: string,
  features: NamedArray,
  labels: NamedArray
): { table: CsvTable; outputs?: OutputColumns } {
  if (features.shape.length !== 2) {
    const shape = features.shape.join('×') || 'a single value'
    throw new UserError(
      features.shape.length > 2
        ? `${features.where}: a ${features.shape.length}-D array (shape ${shape}); features must be a 2-D array [rows × features]: reshape it first, e.g. x.reshape(len(x), -1)`
        : `${features.where}: a ${features.shape.length}-D array (shape ${shape}); features must be a 2-D array [rows × features]`
    )
  }
  const [rows, columns] = features.shape
  if (rows === 0) throw new UserError(`${features.where}: the array has no rows`)
  if (rows * columns > MAX_ARRAY_VALUES)
    throw new UserError(
      `${features.where}: ${rows * columns} values is more than the ${MAX_ARRAY_VALUES} an array import reads; import a part, or save it as images or IDX`
    )
  if (labels.shape.length > 2 || labels.shape.length === 0)
    throw new UserError(
      `${labels.where}: a ${labels.shape.length}-D labels array (shape ${labels.shape.join('×')}); labels must be [rows] or [rows × outputs]`
    )
  if (labels.shape[0] !== rows)
    throw new UserError(
      `${labels.where}: ${labels.shape[0]} labels for the ${rows} rows of ${features.where}`
    )
  const outputs = labels.shape.length === 1 ? 1 : labels.shape[1]
  const at = (array: NamedArray, row: number, column: number, width: number): unknown =>
    array.data[array.fortranOrder ? column * array.shape[0] + row : row * width + column]
  const oneHot = outputs > 1 && isOneHot(labels, rows, outputs)
  const outputNames =
    outputs === 1 || oneHot
      ? ['label']
      : Array.from({ length: outputs }, (_, k) => `target${k + 1}`)
  const names = [...Array.from({ length: columns }, (_, j) => `x${j + 1}`), ...outputNames]
  const table: string[][] = []
  for (let row = 0; row < rows; row++) {
    const cells = new Array<string>(names.length)
    for (let column = 0; column < columns; column++)
      cells[column] = cellText(at(features, row, column, columns)) ?? ''
    if (oneHot) {
      let hot = 0
      for (let k = 1; k < outputs; k++)
        if (Number(at(labels, row, k, outputs)) > Number(at(labels, row, hot, outputs))) hot = k
      cells[columns] = String(hot)
    } else {
      for (let k = 0; k < outputs; k++)
        cells[columns + k] = cellText(at(labels, row, k, outputs)) ?? ''
    }
    table.push(cells)
  }
  const name = basename(path)
  return {
    table: {
      file: path,
      names,
      rows: table,
      lines: [],
      places: table.map((_, row) => `${name}#${row}`),
      decimalComma: false
    },
    ...(outputNames.length > 1 ? { outputs: { targets: outputNames } } : {})
  }
}

/** True when every row of a [rows × k] array is one 1 and the rest 0 (one-hot classes). */
function isOneHot(labels: NamedArray, rows: number, width: number): boolean {
  for (let row = 0; row < rows; row++) {
    let ones = 0
    for (let k = 0; k < width; k++) {
      const index = labels.fortranOrder ? k * rows + row : row * width + k
      const value = Number(labels.data[index])
      if (value === 1) ones++
      else if (value !== 0) return false
    }
    if (ones !== 1) return false
  }
  return true
}
