import { open } from 'node:fs/promises'
import { parse } from 'csv-parse/sync'
import type { DatasetSummary } from '../../../../shared/model/dataset'
import type { ColumnRoleName, CsvColumn } from '../../../../shared/model/dataset-preview'
import { UserError } from '../../../../shared/errors'
import type { ShapingOptions } from '../../../../shared/model/import'
import { columnNames, looksLikeHeader, sniffDelimiter } from './sniff'
import { columnIndex } from './table-to-dataset'

/** How much of the file is read to find its columns (the header and the rows that decide it). */
const HEAD_BYTES = 64 * 1024
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
  if (summary.kind !== 'csv')
    throw new UserError(`dataset ${summary.name} is not a CSV file, so it has no columns to choose`)
  const names = await readColumnNames(summary.source)
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

/** Reads the start of a CSV file and names its columns the way the importer does. */
async function readColumnNames(path: string): Promise<string[]> {
  let head: string
  try {
    const handle = await open(path, 'r')
    try {
      const buffer = Buffer.alloc(HEAD_BYTES)
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0)
      head = buffer.subarray(0, bytesRead).toString('utf8')
      if (bytesRead === HEAD_BYTES) head = head.slice(0, head.lastIndexOf('\n') + 1)
    } finally {
      await handle.close()
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UserError(
        `${path}: the file is gone, so its columns cannot be read; import it again from where it is now`
      )
    }
    throw error
  }
  const records = parse(head, {
    delimiter: sniffDelimiter(head),
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    to: HEADER_EVIDENCE_ROWS + 1
  }) as string[][]
  if (records.length === 0) throw new UserError(`${path}: the file has no rows`)
  return columnNames(records[0], looksLikeHeader(records[0], records.slice(1)))
}
