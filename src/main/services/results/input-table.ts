import { gunzipSync } from 'node:zlib'
import { readFileSync } from 'node:fs'
import { CsvError, parse } from 'csv-parse/sync'
import { userError } from '../../../shared/errors'
import type { RowProblem } from '../../../shared/model/results'
import { readRegularFileSync } from '../file-reading'
import { columnNames, looksLikeHeader, sniffDelimiter } from '../datasets/csv/sniff'

/** A table of rows to predict or evaluate on, as text, with each row's 1-based file line. */
export interface InputTable {
  /** The name messages use: the file's path as given, or its original name (app uploads). */
  file: string
  names: string[]
  rows: string[][]
  lines: number[]
  /** Semicolon-separated with decimal commas ("3,14"). */
  decimalComma: boolean
  /** Rows whose field count differs from the header's: left out, with their line. */
  ragged: { line: number; expected: number; got: number }[]
  /** True when the first line named the columns. */
  hasHeader: boolean
  /** Each row's place (`data.json#3`, 0-based) for files without lines (JSON, Parquet, arrays). */
  places?: string[]
  /** Rows the format's reader already left out (an unreadable JSON line, a missing array value). */
  rejected?: RowProblem[]
  /** The columns have no names of their own (NumPy arrays: x1 … xN): inputs are taken in order. */
  unnamedColumns?: boolean
}

/** Rows after the first that decide whether the first is a header (as the importer does). */
const HEADER_EVIDENCE_ROWS = 50

/**
 * Reads a CSV/TSV file (`-`: standard input; `.gz`: gunzipped) into a table, named `name` in
 * messages. The first row is
 * a header when it names columns the model expects (`expectedNames`) or looks like one.
 */
export function readInputTable(
  path: string,
  expectedNames: readonly string[] = [],
  name = path === '-' ? 'stdin' : path
): InputTable {
  const bytes = path === '-' ? readFileSync(0) : readRegularFileSync(path, 'csvFileBytes', 'csv')
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8')
  return parseInputTable(text, name, expectedNames)
}

/** Parses CSV/TSV text (the app sends a chosen file's text and name) into a table. */
export function parseInputTable(
  text: string,
  file: string,
  expectedNames: readonly string[] = []
): InputTable {
  if (text.trim() === '') throw userError('file.empty', { file })
  const delimiter = sniffDelimiter(text.slice(0, 64 * 1024))
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = (error as CsvError & { lines?: number }).lines
    throw userError('file.unreadable', {
      file,
      ...(line ? { line } : {}),
      problem: error.message.replace(/^Invalid[^:]*: /, '')
    })
  }
  if (records.length === 0) throw userError('file.noRows', { file })
  const first = records[0].record.map((value) => value.trim())
  const hasHeader =
    (expectedNames.length > 0 && expectedNames.some((name) => headerHas(first, name))) ||
    looksLikeHeader(
      first,
      records.slice(1, HEADER_EVIDENCE_ROWS + 1).map((entry) => entry.record)
    )
  const names = columnNames(first, hasHeader)
  const body = hasHeader ? records.slice(1) : records
  if (body.length === 0) throw userError('file.headerOnly', { file })
  const table: InputTable = {
    file,
    names,
    rows: [],
    lines: [],
    decimalComma: delimiter === ';' && /\d,\d/.test(text.slice(0, 64 * 1024)),
    ragged: [],
    hasHeader
  }
  for (const { record, info } of body) {
    if (record.length !== names.length)
      table.ragged.push({ line: info.lines, expected: names.length, got: record.length })
    else {
      table.rows.push(record)
      table.lines.push(info.lines)
    }
  }
  return table
}

/** True when a header cell names the model input `name` (or the column of a one-hot input). */
function headerHas(header: readonly string[], name: string): boolean {
  const column = name.includes('=') ? name.slice(0, name.indexOf('=')) : name
  return header.includes(name) || header.includes(column)
}
