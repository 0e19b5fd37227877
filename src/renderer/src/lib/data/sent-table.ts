import type { TableText } from '@shared/ipc/requests'
import { tableFormatOf } from '@shared/model/table-formats'

/** Bytes turned into text per call of String.fromCharCode (its argument count is bounded). */
const CHUNK = 0x8000

/**
 * A chosen file as the page sends it to main: CSV/TSV as its text; every other table format
 * (a workbook, Parquet, arrays) and gzipped CSV as its bytes in base64.
 */
export async function sentTable(file: File): Promise<TableText> {
  const text = tableFormatOf(file.name) === 'csv' && !/\.gz$/i.test(file.name)
  if (text) return { name: file.name, text: await file.text() }
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let start = 0; start < bytes.length; start += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK))
  return { name: file.name, text: btoa(binary), encoding: 'base64' }
}
