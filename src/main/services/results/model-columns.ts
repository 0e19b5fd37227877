import { rawInputSize } from '../../../shared/model/input-features'
import { userError } from '../../../shared/errors'
import { message, type LabMessage } from '../../../shared/messages'
import type { ModelFile } from '../../../shared/model/model-file'
import type { RowProblem } from '../../../shared/model/results'
import { isMissing, parseNumber } from '../datasets/csv/values'
import type { InputTable } from './input-table'

/** Where one model input comes from: a numeric column, or one value of a text column (one-hot). */
type InputSource = { column: number; value?: string }

/** The model's raw input rows read from a table, and what could not be read. */
export interface ModelInputs {
  rows: number[][]
  /** Each usable row's file line. */
  lines: number[]
  /** Each usable row's place, for files without lines (else undefined). */
  places?: string[]
  /** Each usable row's index in `table.rows`. */
  tableRows: number[]
  problems: RowProblem[]
  /** A column that names rows (`id`, `name`, `sample_id`, …) and is not an input, or null. */
  idColumn: number | null
  notes: LabMessage[]
}

/** Column names that name rows rather than measure them. */
const ID_COLUMN = /^(?:id|key|index|name|row|sample|identifier)$|[ _.-]id$|[a-z]Id$/i

/**
 * The table column of every model input. A model with `inputNames` is matched by name (`color=red`
 * is 1 where the column `color` holds `red`), whatever the column order; one without takes the
 * columns in order, skipping `reserved` ones (the labels) and an id column.
 */
export function inputSources(
  model: ModelFile,
  table: InputTable,
  reserved: readonly number[] = []
): { sources: InputSource[]; notes: LabMessage[] } {
  if (model.inputNames && !table.unnamedColumns) {
    const missing: string[] = []
    const sources = model.inputNames.map((name): InputSource => {
      const exact = table.names.indexOf(name)
      if (exact >= 0) return { column: exact }
      const split = name.indexOf('=')
      const column = split > 0 ? table.names.indexOf(name.slice(0, split)) : -1
      if (column >= 0) return { column, value: name.slice(split + 1) }
      missing.push(name)
      return { column: -1 }
    })
    if (missing.length > 0)
      throw userError('results.missingInputs', { file: table.file, missing, columns: table.names })
    return { sources, notes: [] }
  }
  const id = idColumnOf(table, reserved)
  const usable = table.names
    .map((_, column) => column)
    .filter((column) => !reserved.includes(column) && column !== id)
  if (usable.length < rawInputSize(model))
    throw userError('results.tooFewColumns', {
      file: table.file,
      inputs: rawInputSize(model),
      columns: usable.length
    })
  const columns = usable.slice(0, rawInputSize(model))
  // A file without column names (an .npy) beside a model that names its inputs: say which
  // input each column is taken as, not that the model names none.
  const note = model.inputNames
    ? message('results.columnsByPosition', { file: table.file, inputs: model.inputNames })
    : message('results.inputsByPosition', { columns: columns.map((c) => table.names[c]) })
  return { sources: columns.map((column) => ({ column })), notes: [note] }
}

/** The first column named like an id that is not `taken` (an input or a label). */
export function idColumnOf(table: InputTable, taken: readonly number[]): number | null {
  const index = table.names.findIndex(
    (name, column) => !taken.includes(column) && ID_COLUMN.test(name.trim())
  )
  return index >= 0 ? index : null
}

/**
 * Reads the model's inputs from every row; a row with a missing, unreadable or unknown value is
 * left out and listed with its line (as are ragged rows). When most rows cannot be used, the
 * file is refused with a summary naming the first problem.
 */
export function readModelInputs(
  model: ModelFile,
  table: InputTable,
  reserved: readonly number[] = []
): ModelInputs {
  const { sources, notes } = inputSources(model, table, reserved)
  const categories = new Map<number, string[]>()
  for (const { column, value } of sources)
    if (value !== undefined) categories.set(column, [...(categories.get(column) ?? []), value])
  const problems: RowProblem[] = [
    ...table.ragged.map(({ line, expected, got }) => ({
      line,
      problem: message('row.fieldCount', { expected, got, header: table.hasHeader })
    })),
    ...(table.rejected ?? [])
  ]
  const result: ModelInputs = {
    rows: [],
    lines: [],
    ...(table.places ? { places: [] } : {}),
    tableRows: [],
    problems,
    idColumn: idColumnOf(table, [...reserved, ...sources.map((source) => source.column)]),
    notes
  }
  table.rows.forEach((fields, index) => {
    const problem = rowProblem(table, fields, sources, categories)
    if (problem) {
      problems.push(rowAt(table, index, problem))
      return
    }
    result.rows.push(
      sources.map(({ column, value }) =>
        value === undefined
          ? parseNumber(fields[column], table.decimalComma)!
          : Number(fields[column].trim() === value)
      )
    )
    result.lines.push(table.lines[index])
    result.places?.push(table.places![index])
    result.tableRows.push(index)
  })
  problems.sort((a, b) => a.line - b.line)
  const total = table.rows.length + table.ragged.length + (table.rejected?.length ?? 0)
  if (problems.length * 2 > total) {
    const first = problems[0]
    throw userError('results.mostRowsBad', {
      file: table.file,
      bad: problems.length,
      rows: total,
      line: first.line,
      ...(first.place ? { place: first.place } : {}),
      first: first.problem
    })
  }
  return result
}

/** A problem with row `index` of a table, named by its line or (files without lines) its place. */
export function rowAt(table: InputTable, index: number, problem: LabMessage): RowProblem {
  return table.places
    ? { line: 0, place: table.places[index], problem }
    : { line: table.lines[index], problem }
}

/** Why a row's inputs cannot be read, or null. */
function rowProblem(
  table: InputTable,
  fields: readonly string[],
  sources: readonly InputSource[],
  categories: ReadonlyMap<number, string[]>
): LabMessage | null {
  for (const { column, value } of sources) {
    const text = fields[column]
    const name = table.names[column]
    if (isMissing(text)) return message('row.missing', { column: name })
    if (value === undefined) {
      if (parseNumber(text, table.decimalComma) === null)
        return message('row.notNumber', { column: name, value: text.trim() })
    } else if (!categories.get(column)!.includes(text.trim())) {
      return message('row.unknownCategory', {
        column: name,
        value: text.trim(),
        known: categories.get(column)!
      })
    }
  }
  return null
}
