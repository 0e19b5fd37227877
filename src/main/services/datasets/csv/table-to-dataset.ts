import { userError } from '../../../../shared/errors'
import { message, type LabMessage } from '../../../../shared/messages'
import { formatLimit, limitOf } from '../../../../shared/limits'
import {
  skippedCounts,
  skippedItem,
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
  notes: LabMessage[]
}

/** Finds a column by name (or 1-based number), or explains which columns exist. */
export function columnIndex(table: Pick<CsvTable, 'file' | 'names'>, name: string): number {
  const byName = table.names.indexOf(name)
  if (byName >= 0) return byName
  const number = Number(name)
  if (Number.isInteger(number) && number >= 1 && number <= table.names.length) return number - 1
  throw userError('file.noColumn', { file: table.file, column: name, columns: table.names })
}

/**
 * Turns text rows into features and labels (or regression targets): numeric columns as they are,
 * text columns with few values one-hot encoded, id-like text left out; rows with a missing or
 * unreadable value are dropped and listed with their line.
 */
export function tableToDataset(table: CsvTable, outputs: OutputColumns): TableDataset {
  if (table.rows.length === 0) checkMostRowsUsable(table, table.rejected ?? [], 0)
  const notes: LabMessage[] = []
  const column = (index: number) => table.rows.map((row) => row[index])
  let targetColumns: number[] = outputs.targets?.map((name) => columnIndex(table, name)) ?? []
  let labelColumn: number | null = null
  if (targetColumns.length === 0) {
    labelColumn = outputs.labelColumn
      ? columnIndex(table, outputs.labelColumn)
      : table.names.length - 1
    const labels = column(labelColumn)
    if (allNumbers(labels, table.decimalComma) && !allWholeNumbers(labels, table.decimalComma)) {
      // Chosen by name, the column was meant: pointing to --label-column again would go round.
      const chosen = outputs.labelColumn !== undefined
      notes.push(message('table.regressionLabel', { column: table.names[labelColumn], chosen }))
      targetColumns = [labelColumn]
      labelColumn = null
    }
  }
  for (const index of targetColumns) {
    if (!allNumbers(column(index), table.decimalComma)) {
      throw userError('file.targetNotNumeric', { file: table.file, column: table.names[index] })
    }
  }
  const outputSet = new Set([...targetColumns, ...(labelColumn === null ? [] : [labelColumn])])
  const ignored = new Set(outputs.ignoreColumns?.map((name) => columnIndex(table, name)) ?? [])
  for (const index of ignored)
    notes.push(message('table.columnLeftOutAsked', { column: table.names[index] }))
  const featureColumns = table.names
    .map((_, index) => index)
    .filter((index) => !outputSet.has(index) && !ignored.has(index))
  const roles = new Map<number, ColumnRole>()
  for (const index of featureColumns) {
    const role = columnRole(column(index), table.decimalComma)
    roles.set(index, role)
    const name = table.names[index]
    if (role.kind === 'ignored')
      notes.push(
        role.distinctValues === 0
          ? message('table.columnEmpty', { column: name })
          : message('table.columnIdLike', { column: name, values: role.distinctValues })
      )
    if (role.kind === 'categorical')
      notes.push(message('table.columnCategorical', { column: name, values: role.categories }))
  }
  const used = featureColumns.filter((index) => roles.get(index)!.kind !== 'ignored')
  if (used.length === 0) {
    throw userError('file.noFeatures', {
      file: table.file,
      outputs: labelColumn === null ? 'targets' : 'label'
    })
  }

  const skipped: SkippedItem[] = [...(table.rejected ?? [])]
  const kept: number[] = []
  for (let row = 0; row < table.rows.length; row++) {
    const problem = rowProblem(table, row, [...used, ...outputSet], roles)
    if (problem) skipped.push(skippedItem(placeOf(table, row), problem.kind, problem.problem))
    else kept.push(row)
  }
  skipped.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
  checkMostRowsUsable(table, skipped, kept.length)
  if (skipped.length > 0) {
    notes.push(
      message('table.rowsLeftOut', { count: skipped.length, groups: skippedCounts(skipped) })
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
      throw userError('data.tooManyClasses', {
        file: table.file,
        column: table.names[labelColumn],
        classes: distinct.size,
        bound: formatLimit('csvClasses')
      })
    }
    const classes = sortClassValues(distinct)
    if (classes.length < 2) {
      throw userError('file.oneClass', {
        file: table.file,
        column: table.names[labelColumn],
        value: classes[0],
        leftOut: skippedCounts(skipped)
      })
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
  throw userError('file.mostRowsBad', {
    file: table.file,
    bad: skipped.length,
    rows: total,
    groups: skippedCounts(skipped)
  })
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
): { kind: SkippedKind; problem: LabMessage } | null {
  for (const index of columns) {
    const text = table.rows[row][index]
    const column = table.names[index]
    if (isMissing(text))
      return { kind: 'missing-value', problem: message('row.missing', { column }) }
    const role = roles.get(index)
    const needsNumber = role === undefined ? false : role.kind === 'numeric'
    if (needsNumber && parseNumber(text, table.decimalComma) === null) {
      return {
        kind: 'not-a-number',
        problem: message('row.notNumber', { column, value: text.trim() })
      }
    }
  }
  return null
}
