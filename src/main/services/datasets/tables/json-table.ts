import { basename } from 'node:path'
import { userError, type UserError } from '../../../../shared/errors'
import { message } from '../../../../shared/messages'
import { skippedItem, type SkippedItem } from '../../../../shared/model/skipped'
import { recordsToTable, valueKind, type SourceRecord } from './records-table'
import type { ReadTable } from './table-import'
import { readTableFile } from './table-file'

/**
 * JSON (an array of records, as pandas' `to_json(orient="records")` writes) and JSON Lines (one
 * record per line). A JSON syntax error names its line and column, never quoting the file; in
 * JSON Lines a bad line is left out and listed like any bad row.
 */

/** Reads a JSON file holding an array of records. */
export async function readJsonTable(path: string, file: string): Promise<ReadTable> {
  const { text, contentHash } = await readTableFile(path, file)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw jsonSyntaxError(path, text, error)
  }
  if (!Array.isArray(data)) {
    const isModel = (data as { format?: unknown } | null)?.format === 'backprop-lab/model'
    throw isModel
      ? userError('file.modelNotData', { file: path })
      : userError('file.notRecords', { file: path, is: valueKind(data) })
  }
  if (data.length === 0) throw userError('file.noRecords', { file: path, in: 'array' })
  const name = basename(path)
  const records = data.map((value, index) => ({ value, place: `${name}#${index}` }))
  return { table: recordsToTable(path, records), notes: [], contentHash }
}

/** Reads a JSON Lines file: one JSON record per line, blank lines ignored. */
export async function readJsonLinesTable(path: string, file: string): Promise<ReadTable> {
  const { text, contentHash } = await readTableFile(path, file)
  const records: SourceRecord[] = []
  const unreadable: SkippedItem[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line === '') return
    try {
      records.push({ value: JSON.parse(line), line: index + 1 })
    } catch {
      unreadable.push(
        skippedItem(
          { file: path, line: index + 1 },
          'unreadable-record',
          message('row.notJson', {})
        )
      )
    }
  })
  if (records.length === 0 && unreadable.length === 0)
    throw userError('file.noRecords', { file: path, in: 'file' })
  const table = records.length > 0 ? recordsToTable(path, records) : emptyTable(path)
  table.rejected = [...unreadable, ...(table.rejected ?? [])]
  return { table, notes: [], contentHash }
}

function emptyTable(path: string): ReturnType<typeof recordsToTable> {
  return { file: path, names: [], rows: [], lines: [], decimalComma: false, rejected: [] }
}

/**
 * A JSON.parse failure as one line naming the file, line and column (from the error's position),
 * without V8's quote of the file's text.
 */
function jsonSyntaxError(path: string, text: string, error: unknown): UserError {
  const message = (error as Error).message
  const position = /position (\d+)/.exec(message)
  if (!position) {
    const early = /end of (JSON )?input|Unterminated/i.test(message)
    return userError('file.invalidJson', { file: path, early })
  }
  const before = text.slice(0, Number(position[1]))
  const line = before.split('\n').length
  const column = before.length - before.lastIndexOf('\n')
  return userError('file.invalidJson', { file: path, line, column, early: false })
}
