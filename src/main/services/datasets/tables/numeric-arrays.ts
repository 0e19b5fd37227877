import { basename } from 'node:path'
import { userError } from '../../../../shared/errors'
import { formatLimit, limitOf } from '../../../../shared/limits'
import { message, type LabMessage } from '../../../../shared/messages'
import { skippedCounts, skippedItem, type SkippedItem } from '../../../../shared/model/skipped'
import type { TableDataset } from '../csv/table-to-dataset'
import { sortClassValues } from '../csv/values'
import type { NamedArray } from './arrays-table'

/** An array's value at a row and column of a [rows × width] array (C or Fortran order). */
export function arrayValue(array: NamedArray, row: number, column: number, width: number): unknown {
  return array.data[array.fortranOrder ? column * array.shape[0] + row : row * width + column]
}

const valueAt = (array: NamedArray, row: number, column: number, width: number): number =>
  Number(arrayValue(array, row, column, width))

/** True when the features are numbers (not text, booleans or Python objects). */
export function isNumericArray(array: NamedArray): boolean {
  return ArrayBuffer.isView(array.data)
}

/**
 * Numeric features straight into Float64 (columns x1 … xN), without a table cell per value, so
 * arrays as large as MNIST's 70,000 × 784 come in; the labels (one column, or one-hot rows, as
 * `label`) become classes, or regression targets when they are measurements. A row with a NaN is
 * left out and listed by place (`X.npy#16`). Bounded by the lab's limit on array values.
 */
export function numericArraysDataset(
  path: string,
  features: NamedArray,
  labelTexts: string[],
  labelColumn = 'label'
): TableDataset {
  const [rows, columns] = features.shape
  if (rows * columns > limitOf('arrayValues'))
    throw userError('array.tooLarge', {
      file: features.where,
      values: rows * columns,
      limit: formatLimit('arrayValues')
    })
  const name = basename(path)
  const skipped: SkippedItem[] = []
  const kept: number[] = []
  for (let row = 0; row < rows; row++) {
    let bad = labelTexts[row] === '' ? labelColumn : null
    for (let column = 0; column < columns && bad === null; column++)
      if (Number.isNaN(valueAt(features, row, column, columns))) bad = `x${column + 1}`
    if (bad === null) kept.push(row)
    else
      skipped.push(
        skippedItem(
          { file: `${name}#${row}` },
          'missing-value',
          message('row.missing', { column: bad })
        )
      )
  }
  if (kept.length === 0 || skipped.length * 2 > rows)
    throw userError('file.mostRowsBad', {
      file: path,
      bad: skipped.length,
      rows,
      groups: skippedCounts(skipped)
    })
  const values = new Float64Array(kept.length * columns)
  kept.forEach((row, position) => {
    for (let column = 0; column < columns; column++)
      values[position * columns + column] = valueAt(features, row, column, columns)
  })
  const notes: LabMessage[] =
    skipped.length > 0
      ? [message('table.rowsLeftOut', { count: skipped.length, groups: skippedCounts(skipped) })]
      : []
  const texts = kept.map((row) => labelTexts[row])
  const numbers = texts.map(Number)
  const base = {
    features: values,
    featureNames: Array.from({ length: columns }, (_, j) => `x${j + 1}`),
    rowLines: null,
    rowSources: kept.map((row) => `${name}#${row}`),
    skipped
  }
  if (numbers.every(Number.isFinite) && !numbers.every(Number.isInteger)) {
    notes.push(message('table.regressionLabel', { column: labelColumn }))
    const targets = Float64Array.from(numbers)
    return { ...base, classes: null, labels: null, targetNames: [labelColumn], targets, notes }
  }
  const classes = sortClassValues(new Set(texts))
  if (classes.length > limitOf('csvClasses'))
    throw userError('data.tooManyLabels', {
      file: path,
      classes: classes.length,
      bound: formatLimit('csvClasses')
    })
  if (classes.length < 2)
    throw userError('file.oneClass', { file: path, column: labelColumn, value: classes[0] })
  const index = new Map(classes.map((value, k) => [value, k]))
  const labels = Int32Array.from(texts, (text) => index.get(text)!)
  return { ...base, classes, labels, targetNames: null, targets: null, notes }
}
