import { basename } from 'node:path'
import { userError } from '../../../../shared/errors'
import type { CsvTable, OutputColumns, TableDataset } from '../csv/table-to-dataset'
import { arrayValue as at, isNumericArray, numericArraysDataset } from './numeric-arrays'
import { cellText } from './records-table'

/** A parsed array: where it came from (for messages), its shape and its values (C or Fortran order). */
export interface NamedArray {
  where: string
  shape: number[]
  data: ArrayLike<number | bigint | string | boolean>
  fortranOrder: boolean
}

/**
 * Text arrays bigger than this are refused: each value becomes a table cell on its way in, which
 * costs tens of bytes per value. Numeric features skip the cells (numeric-arrays.ts).
 */
const MAX_TEXT_ARRAY_VALUES = 20_000_000

/**
 * Features [rows × features] and labels ([rows], [rows × 1], one-hot [rows × classes], or
 * [rows × k] regression targets) as one table: columns x1 … xN, then `label` or target1 … targetK.
 * Rows are named by place (`X.npy#16`, 0-based).
 */
export function arraysToTable(
  path: string,
  features: NamedArray,
  labels: NamedArray
): { table: CsvTable; outputs?: OutputColumns; dataset?: TableDataset } {
  const [rows, columns] = checkFeatures(features)
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
  const oneHot = outputs > 1 && isOneHot(labels, rows, outputs)
  const outputNames =
    outputs === 1 || oneHot
      ? ['label']
      : Array.from({ length: outputs }, (_, k) => `target${k + 1}`)
  const names = [...featureNames(columns), ...outputNames]
  const labelText = (row: number): string =>
    oneHot ? String(hotIndex(labels, row, outputs)) : (cellText(at(labels, row, 0, outputs)) ?? '')
  if (isNumericArray(features) && outputNames.length === 1) {
    const labelTexts = Array.from({ length: rows }, (_, row) => labelText(row))
    const columnsOnly = { file: path, names, rows: [], lines: [], decimalComma: false }
    return { table: columnsOnly, dataset: numericArraysDataset(path, features, labelTexts) }
  }
  const table = textRows(features, (cells, row) => {
    if (outputNames.length === 1) cells.push(labelText(row))
    else for (let k = 0; k < outputs; k++) cells.push(cellText(at(labels, row, k, outputs)) ?? '')
  })
  return {
    table: placedTable(path, names, table),
    ...(outputNames.length > 1 ? { outputs: { targets: outputNames } } : {})
  }
}

/** A features array alone [rows × features] as a table x1 … xN (predicting needs no labels). */
export function featuresTable(path: string, features: NamedArray): CsvTable {
  const [, columns] = checkFeatures(features)
  return placedTable(path, featureNames(columns), textRows(features))
}

/** The rows and columns of a features array, refusing one that is not 2-D or has no rows. */
function checkFeatures(features: NamedArray): [rows: number, columns: number] {
  if (features.shape.length !== 2) {
    throw userError('array.notTwoD', {
      file: features.where,
      dims: features.shape.length,
      shape: features.shape
    })
  }
  const [rows, columns] = features.shape
  if (rows === 0) throw userError('array.noRows', { file: features.where })
  return [rows, columns]
}

const featureNames = (columns: number): string[] =>
  Array.from({ length: columns }, (_, j) => `x${j + 1}`)

/** The features as rows of text cells, each row finished by `more` (its label cells). */
function textRows(
  features: NamedArray,
  more: (cells: string[], row: number) => void = () => {}
): string[][] {
  const [rows, columns] = features.shape
  if (rows * columns > MAX_TEXT_ARRAY_VALUES)
    throw userError('array.tooLarge', {
      file: features.where,
      values: rows * columns,
      limit: MAX_TEXT_ARRAY_VALUES.toLocaleString('en-US')
    })
  const table: string[][] = []
  for (let row = 0; row < rows; row++) {
    const cells = new Array<string>(columns)
    for (let column = 0; column < columns; column++)
      cells[column] = cellText(at(features, row, column, columns)) ?? ''
    more(cells, row)
    table.push(cells)
  }
  return table
}

/** A table of array rows, each named by its place (`X.npy#16`, 0-based). */
function placedTable(path: string, names: string[], rows: string[][]): CsvTable {
  const name = basename(path)
  return {
    file: path,
    names,
    rows,
    lines: [],
    places: rows.map((_, row) => `${name}#${row}`),
    decimalComma: false
  }
}

/** The column of the largest value in a one-hot row: its class. */
function hotIndex(labels: NamedArray, row: number, width: number): number {
  let hot = 0
  for (let k = 1; k < width; k++)
    if (Number(at(labels, row, k, width)) > Number(at(labels, row, hot, width))) hot = k
  return hot
}

/** True when every row of a [rows × k] array is one 1 and the rest 0 (one-hot classes). */
function isOneHot(labels: NamedArray, rows: number, width: number): boolean {
  for (let row = 0; row < rows; row++) {
    let ones = 0
    for (let k = 0; k < width; k++) {
      const value = Number(at(labels, row, k, width))
      if (value === 1) ones++
      else if (value !== 0) return false
    }
    if (ones !== 1) return false
  }
  return true
}
