import { existsSync } from 'node:fs'
import { tableFormatOf, type TableFormat } from '../../../../shared/model/table-formats'
import { TABLE_READERS } from '../tables/read-table'
import { openTextSource } from './text-source'
import { isMissingFile } from '../../file-reading'
import { parse } from 'csv-parse/sync'
import type { DatasetSummary } from '../../../../shared/model/dataset'
import type { ColumnRoleName, CsvColumn } from '../../../../shared/model/dataset-preview'
import { userError, type UserError } from '../../../../shared/errors'
import type { ShapingOptions } from '../../../../shared/model/import'
import { columnNames, looksLikeHeader, sniffDelimiter } from './sniff'
import { columnIndex } from './table-to-dataset'

/** Rows after the first that decide whether the first is a header (as the importer does). */
const HEADER_EVIDENCE_ROWS = 50

/**
 * A CSV dataset's columns in file order with the role each got: the header is read again from
 * the dataset's source file (as the importer read it), and each column is matched to the
 * dataset's features, label and targets, given the options it was imported with.
 */
export async function csvColumns(
  summary: DatasetSummary,
  options: ShapingOptions
): Promise<CsvColumn[]> {
  if (summary.kind !== 'csv') throw userError('data.notTable', { dataset: summary.name })
  const format = tableFormatOf(summary.source)
  const names =
    format === 'csv'
      ? await readColumnNames(summary.source)
      : (await readTableColumns(summary.source, format, options)).names
  const table = { file: summary.source, names }
  const labelIndex = summary.classes ? labelColumnIndex(table, options.labelColumn) : null
  const asked = new Set((options.ignoreColumns ?? []).map((name) => safeColumnIndex(table, name)))
  const targets = new Set(summary.targets ?? [])
  return names.map((name, index): CsvColumn => {
    const inputs = summary.featureNames.filter(
      (feature) => feature === name || feature.startsWith(`${name}=`)
    )
    let role: ColumnRoleName = 'ignore'
    if (index === labelIndex) role = 'label'
    else if (targets.has(name)) role = 'target'
    else if (inputs.length > 0) role = 'feature'
    return {
      name,
      role,
      inputs: role === 'feature' ? inputs : [],
      leftOutByImporter: role === 'ignore' && !asked.has(index)
    }
  })
}

/** The label column: the one named in the options (by name or 1-based number), else the last. */
function labelColumnIndex(
  table: { file: string; names: string[] },
  labelColumn: string | undefined
): number | null {
  if (!labelColumn) return table.names.length - 1
  return safeColumnIndex(table, labelColumn)
}

/** A column's index, or null when the file no longer has it (it changed since the import). */
function safeColumnIndex(table: { file: string; names: string[] }, name: string): number | null {
  try {
    return columnIndex(table, name)
  } catch {
    return null
  }
}

/** The source's table as its importer reads it (JSON, a workbook, arrays: read whole). */
async function readTableColumns(
  path: string,
  format: Exclude<TableFormat, 'csv'>,
  options: ShapingOptions
): Promise<{ names: string[] }> {
  if (!existsSync(path)) throw goneError(path)
  return (await TABLE_READERS[format](path, path, options)).table
}

function goneError(path: string): UserError {
  return userError('data.sourceGone', { file: path })
}

/** Reads the start of a CSV file (gzipped or not) and names its columns the way the importer does. */
async function readColumnNames(path: string): Promise<string[]> {
  let head: string
  try {
    const source = await openTextSource(path, path)
    try {
      head = source.start.toString('utf8')
      if (source.start.length < source.size) head = head.slice(0, head.lastIndexOf('\n') + 1)
    } finally {
      await source.close()
    }
  } catch (error) {
    if (isMissingFile(error)) throw goneError(path)
    throw error
  }
  const records = parse(head, {
    delimiter: sniffDelimiter(head),
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    to: HEADER_EVIDENCE_ROWS + 1
  }) as string[][]
  if (records.length === 0) throw userError('file.noRows', { file: path })
  return columnNames(records[0], looksLikeHeader(records[0], records.slice(1)))
}
