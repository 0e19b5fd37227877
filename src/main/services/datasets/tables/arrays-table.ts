import { basename } from 'node:path'
import { userError } from '../../../../shared/errors'
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
    throw userError('array.notTwoD', {
      file: features.where,
      dims: features.shape.length,
      shape: features.shape
    })
  }
  const [rows, columns] = features.shape
  if (rows === 0) throw userError('array.noRows', { file: features.where })
  if (rows * columns > MAX_ARRAY_VALUES)
    throw userError('array.tooLarge', {
      file: features.where,
      values: rows * columns,
      limit: MAX_ARRAY_VALUES
    })
  if (labels.shape.length > 2 || labels.shape.length === 0)
    throw userError('array.labelsShape', {
      file: labels.where,
      dims: labels.shape.length,
      shape: labels.shape
    })
  if (labels.shape[0] !== rows)
    throw userError('array.labelCount', {
      file: labels.where,
      labels: labels.shape[0],
      rows,
      features: features.where
    })
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
