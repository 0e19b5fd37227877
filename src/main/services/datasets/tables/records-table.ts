import { userError } from '../../../../shared/errors'
import type { ValueKind } from '../../../../shared/message-tables/english'
import { message, type LabMessage } from '../../../../shared/messages'
import { skippedItem, type SkippedItem } from '../../../../shared/model/skipped'
import type { CsvTable } from '../csv/table-to-dataset'

/** One record of a JSON, JSON Lines or Parquet file, with its line or its place in the file. */
export interface SourceRecord {
  value: unknown
  /** 1-based file line (JSON Lines). */
  line?: number
  /** `data.json#3` (0-based, as IDX rows are named) for files without lines. */
  place?: string
}

/**
 * A cell's value as table text: numbers exactly as they are (`String` round-trips them), `''`
 * for a missing one (null, NaN), dates as ISO text; null for what is not a single value (a list
 * or an object).
 */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value)
  if (typeof value === 'string') return value
  if (typeof value === 'bigint' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  return null
}

/** What a value is, for messages about one that is not what was expected (a list, an object). */
export function valueKind(value: unknown): ValueKind {
  if (Array.isArray(value)) return 'list'
  const type = typeof value
  if (type === 'object' || type === 'number' || type === 'string' || type === 'boolean') return type
  return 'other'
}

/**
 * Records (objects) as a table: the columns are every key, in the order first seen; a key a
 * record lacks is a missing value there. A record that is not an object, or has a list or an
 * object as a value, is left out and listed.
 */
export function recordsToTable(path: string, records: readonly SourceRecord[]): CsvTable {
  const names: string[] = []
  const seen = new Set<string>()
  for (const { value } of records) {
    if (!isRecord(value)) continue
    for (const key of Object.keys(value)) {
      if (!seen.has(key)) {
        seen.add(key)
        names.push(key)
      }
    }
  }
  if (names.length === 0) throw userError('file.noFields', { file: path })
  const rows: string[][] = []
  const lines: number[] = []
  const places: string[] = []
  const rejected: SkippedItem[] = []
  for (const record of records) {
    const where = record.place ? { file: record.place } : { file: path, line: record.line }
    const problem = recordProblem(record.value)
    if (problem) {
      rejected.push(skippedItem(where, 'unreadable-record', problem))
      continue
    }
    const value = record.value as Record<string, unknown>
    rows.push(names.map((name) => cellText(value[name])!))
    lines.push(record.line ?? 0)
    places.push(record.place ?? '')
  }
  const withPlaces = records.some((record) => record.place !== undefined)
  return {
    file: path,
    names,
    rows,
    lines,
    ...(withPlaces ? { places } : {}),
    decimalComma: false,
    rejected
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Why a record cannot be a row, or null when it can. */
function recordProblem(value: unknown): LabMessage | null {
  if (!isRecord(value)) return message('row.notRecord', { is: valueKind(value) })
  for (const [field, held] of Object.entries(value)) {
    if (cellText(held) === null) return message('row.fieldNotValue', { field, is: valueKind(held) })
  }
  return null
}
