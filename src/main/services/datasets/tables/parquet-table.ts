import { basename } from 'node:path'
import { userError } from '../../../../shared/errors'
import { cellText, recordsToTable } from './records-table'
import type { ReadTable } from './table-import'
import { readTableFile } from './table-file'

/**
 * A Parquet file (read by hyparquet): flat columns of numbers, text, booleans and dates; a
 * nested column (a list or a struct) is refused naming it. Rows are named by place
 * (`data.parquet#16`, 0-based).
 */
export async function readParquetTable(path: string, file: string): Promise<ReadTable> {
  const { bytes, contentHash } = await readTableFile(path, file)
  const { parquetReadObjects } = await import('hyparquet')
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  let rows: Record<string, unknown>[]
  try {
    rows = await parquetReadObjects({ file: buffer as ArrayBuffer })
  } catch (error) {
    throw userError('file.notFormat', {
      file: path,
      format: 'parquet',
      problem: (error as Error).message
    })
  }
  if (rows.length === 0) throw userError('file.noRows', { file: path })
  for (const [column, value] of Object.entries(rows[0])) {
    if (cellText(value) === null) throw userError('file.nestedColumn', { file: path, column })
  }
  const name = basename(path)
  const records = rows.map((value, index) => ({ value, place: `${name}#${index}` }))
  return { table: recordsToTable(path, records), notes: [], contentHash }
}
