import { UserError } from '../../../../shared/errors'
import { limitOf, overLimit } from '../../../../shared/limits'
import {
  skippedSummary,
  type SkippedItem,
  type SkippedKind
} from '../../../../shared/model/skipped'
import { allNumbers, allWholeNumbers, columnRole, type ColumnRole } from './column-types'
import { isMissing, parseNumber, sortClassValues } from './values'

/**
 * A parsed table (CSV, JSON, a spreadsheet, arrays): column names and text rows (numbers written
 * exactly, `''` for a missing value), each with its 1-based file line, or for files without
 * lines its place (`X.npy#16`, 0-based as for IDX rows).
 */
export interface CsvTable {
  file: string
  names: string[]
  rows: string[][]
  lines: number[]
  /** Where each row is when the file has no lines; skipped rows then name it instead. */
  places?: string[]
  decimalComma: boolean
  /** Records the reader already left out (a ragged line, an unreadable JSON line). */
  rejected?: SkippedItem[]
}

/** What the label/targets/ignore options ask for. */
export interface OutputColumns {
  labelColumn?: string
  targets?: string[]
  ignoreColumns?: string[]
}

/** The numeric dataset a table becomes. */
export interface TableDataset {
  features: Float64Array
  featureNames: string[]
  classes: string[] | null
  labels: Int32Array | null
  targetNames: string[] | null
  targets: Float64Array | null
  /** The file line of each row kept, or null for a table of places. */
  rowLines: Int32Array | null
  /** The place of each row kept (`X.npy#16`), or null for a table of lines. */
  rowSources: string[] | null
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
  if (table.rows.length === 0) checkMostRowsUsable(table, table.rejected ?? [], 0)
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

  const skipped: SkippedItem[] = [...(table.rejected ?? [])]
  const kept: number[] = []
  for (let row = 0; row < table.rows.length; row++) {
    const problem = rowProblem(table, row, [...used, ...outputSet], roles)
    if (problem) skipped.push({ ...placeOf(table, row), ...problem })
    else kept.push(row)
  }
  skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  checkMostRowsUsable(table, skipped, kept.length)
  if (skipped.length > 0) {
    notes.push(
      `${skipped.length} row${skipped.length === 1 ? '' : 's'} left out: ${skippedSummary(skipped)}`
    )
  }

  const featureNames = used.flatMap((index) => {
    const role = roles.get(index)!
    return role.kind === 'categorical'
      ? role.categories.map((value) => `${table.names[index]}=${value}`)
      : [table.names[index]]
  })
  const features = new Float64Array(kept.length * featureNames.length)
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
  const { places } = table
  const rowLines = places ? null : Int32Array.from(kept, (row) => table.lines[row])
  const rowSources = places ? kept.map((row) => places[row]) : null
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
      rowSources,
      skipped,
      notes
    }
  }
  const targets = new Float64Array(kept.length * targetColumns.length)
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
    rowSources,
    skipped,
    notes
  }
}

/**
 * Refuses the file when most of its data rows cannot be used (a file of another shape, or the
 * wrong separator): importing the few good ones would hide the problem. Fewer bad rows are left
 * out and listed.
 */
function checkMostRowsUsable(
  table: CsvTable,
  skipped: readonly SkippedItem[],
  usable: number
): void {
  const total = usable + skipped.length
  if (usable > 0 && skipped.length * 2 <= total) return
  throw new UserError(
    `${table.file}: ${skipped.length} of ${total} data rows cannot be used, so nothing was imported: ${skippedSummary(skipped)}`
  )
}

/** Where a row is, as a skipped item names it: its file and line, or its place. */
function placeOf(table: CsvTable, row: number): { file: string; line?: number } {
  return table.places ? { file: table.places[row] } : { file: table.file, line: table.lines[row] }
}

/** Why a row cannot be used, or null when it can. */
function rowProblem(
  table: CsvTable,
  row: number,
  columns: readonly number[],
  roles: ReadonlyMap<number, ColumnRole>
): { kind: SkippedKind; reason: string } | null {
  for (const index of columns) {
    const text = table.rows[row][index]
    if (isMissing(text))
      return { kind: 'missing-value', reason: `missing value in column "${table.names[index]}"` }
    const role = roles.get(index)
    const needsNumber = role === undefined ? false : role.kind === 'numeric'
    if (needsNumber && parseNumber(text, table.decimalComma) === null) {
      return {
        kind: 'not-a-number',
        reason: `column "${table.names[index]}": "${text.trim()}" is not a number`
      }
    }
  }
  return null
}
