import { UserError } from '../../../../shared/errors'
import { limitOf, overLimit } from '../../../../shared/limits'
import type { SkippedItem } from '../imported-dataset'
import { allNumbers, allWholeNumbers, columnRole, type ColumnRole } from './column-types'
import { isMissing, parseNumber, sortClassValues } from './values'

/** A parsed CSV: column names and text rows with their 1-based file lines. */
export interface CsvTable {
  file: string
  names: string[]
  rows: string[][]
  lines: number[]
  decimalComma: boolean
}

/** What the label/targets/ignore options ask for. */
export interface OutputColumns {
  labelColumn?: string
  targets?: string[]
  ignoreColumns?: string[]
}

/** The numeric dataset a table becomes. */
export interface TableDataset {
  features: Float32Array
  featureNames: string[]
  classes: string[] | null
  labels: Int32Array | null
  targetNames: string[] | null
  targets: Float32Array | null
  rowLines: Int32Array
  skipped: SkippedItem[]
  notes: string[]
}

/** Finds a column by name (or 1-based number), or explains which columns exist. */
export function columnIndex(table: Pick<CsvTable, 'file' | 'names'>, name: string): number {
  const byName = table.names.indexOf(name)
  if (byName >= 0) return byName
  const number = Number(name)
  if (Number.isInteger(number) && number >= 1 && number <= table.names.length) return number - 1
  throw new UserError(
    `${table.file}: no column named "${name}" (columns: ${table.names.join(', ')})`
  )
}

/**
 * Turns text rows into features and labels (or regression targets): numeric columns as they are,
 * text columns with few values one-hot encoded, id-like text left out; rows with a missing or
 * unreadable value are dropped and listed with their line.
 */
export function tableToDataset(table: CsvTable, outputs: OutputColumns): TableDataset {
  const notes: string[] = []
  const column = (index: number) => table.rows.map((row) => row[index])
  let targetColumns: number[] = outputs.targets?.map((name) => columnIndex(table, name)) ?? []
  let labelColumn: number | null = null
  if (targetColumns.length === 0) {
    labelColumn = outputs.labelColumn
      ? columnIndex(table, outputs.labelColumn)
      : table.names.length - 1
    const labels = column(labelColumn)
    if (allNumbers(labels, table.decimalComma) && !allWholeNumbers(labels, table.decimalComma)) {
      notes.push(
        `column "${table.names[labelColumn]}" holds measurements (not whole numbers), so it is a regression target; use --label-column to name a class column instead`
      )
      targetColumns = [labelColumn]
      labelColumn = null
    }
  }
  for (const index of targetColumns) {
    if (!allNumbers(column(index), table.decimalComma)) {
      throw new UserError(`${table.file}: target column "${table.names[index]}" must hold numbers`)
    }
  }
  const outputSet = new Set([...targetColumns, ...(labelColumn === null ? [] : [labelColumn])])
  const ignored = new Set(outputs.ignoreColumns?.map((name) => columnIndex(table, name)) ?? [])
  for (const index of ignored) notes.push(`column "${table.names[index]}" was left out, as asked`)
  const featureColumns = table.names
    .map((_, index) => index)
    .filter((index) => !outputSet.has(index) && !ignored.has(index))
  const roles = new Map<number, ColumnRole>()
  for (const index of featureColumns) {
    const role = columnRole(column(index), table.decimalComma)
    roles.set(index, role)
    if (role.kind === 'ignored')
      notes.push(`column "${table.names[index]}" was left out: ${role.reason}`)
    if (role.kind === 'categorical') {
      notes.push(
        `column "${table.names[index]}" is categorical: one input per value (${role.categories.join(', ')})`
      )
    }
  }
  const used = featureColumns.filter((index) => roles.get(index)!.kind !== 'ignored')
  if (used.length === 0) {
    throw new UserError(
      `${table.file}: no usable feature columns (no numeric or categorical column besides the ${labelColumn === null ? 'targets' : 'label'})`
    )
  }

  const skipped: SkippedItem[] = []
  const kept: number[] = []
  for (let row = 0; row < table.rows.length; row++) {
    const problem = rowProblem(table, row, [...used, ...outputSet], roles)
    if (problem) skipped.push({ file: table.file, line: table.lines[row], reason: problem })
    else kept.push(row)
  }
  if (kept.length === 0)
    throw new UserError(
      `${table.file}: every row has a missing or unreadable value; nothing is left to train on`
    )
  if (skipped.length > 0)
    notes.push(
      `${skipped.length} row${skipped.length === 1 ? '' : 's'} with missing or unreadable values left out`
    )

  const featureNames = used.flatMap((index) => {
    const role = roles.get(index)!
    return role.kind === 'categorical'
      ? role.categories.map((value) => `${table.names[index]}=${value}`)
      : [table.names[index]]
  })
  const features = new Float32Array(kept.length * featureNames.length)
  kept.forEach((row, position) => {
    let offset = position * featureNames.length
    for (const index of used) {
      const role = roles.get(index)!
      const text = table.rows[row][index].trim()
      if (role.kind === 'categorical') {
        features[offset + role.categories.indexOf(text)] = 1
        offset += role.categories.length
      } else {
        features[offset++] = parseNumber(text, table.decimalComma)!
      }
    }
  })
  const rowLines = Int32Array.from(kept, (row) => table.lines[row])
  if (labelColumn !== null) {
    const values = kept.map((row) => table.rows[row][labelColumn].trim())
    const distinct = new Set(values)
    if (distinct.size > limitOf('csvClasses')) {
      throw new UserError(
        `${table.file}: the label column "${table.names[labelColumn]}" has ${distinct.size} different values, ${overLimit('csvClasses', 'is it an id column? name the label with --label-column, or give --targets for numbers to predict')}`
      )
    }
    const classes = sortClassValues(distinct)
    if (classes.length < 2) {
      throw new UserError(
        `${table.file}: the label column "${table.names[labelColumn]}" has only one class ("${classes[0]}"); a classifier needs at least two (use --targets for regression)`
      )
    }
    const classIndex = new Map(classes.map((name, index) => [name, index]))
    const labels = Int32Array.from(values, (value) => classIndex.get(value)!)
    return {
      features,
      featureNames,
      classes,
      labels,
      targetNames: null,
      targets: null,
      rowLines,
      skipped,
      notes
    }
  }
  const targets = new Float32Array(kept.length * targetColumns.length)
  kept.forEach((row, position) => {
    targetColumns.forEach((index, k) => {
      targets[position * targetColumns.length + k] = parseNumber(
        table.rows[row][index],
        table.decimalComma
      )!
    })
  })
  const targetNames = targetColumns.map((index) => table.names[index])
  return {
    features,
    featureNames,
    classes: null,
    labels: null,
    targetNames,
    targets,
    rowLines,
    skipped,
    notes
  }
}

/** Why a row cannot be used, or null when it can. */
function rowProblem(
  table: CsvTable,
  row: number,
  columns: readonly number[],
  roles: ReadonlyMap<number, ColumnRole>
): string | null {
  for (const index of columns) {
    const text = table.rows[row][index]
    if (isMissing(text)) return `missing value in column "${table.names[index]}"`
    const role = roles.get(index)
    const needsNumber = role === undefined ? false : role.kind === 'numeric'
    if (needsNumber && parseNumber(text, table.decimalComma) === null) {
      return `column "${table.names[index]}": "${text.trim()}" is not a number`
    }
  }
  return null
}
