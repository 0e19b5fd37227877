import type { CellValue, Worksheet } from 'exceljs'
import { userError } from '../../../../shared/errors'
import { message } from '../../../../shared/messages'
import type { ImportOptions } from '../imported-dataset'
import { columnNames, looksLikeHeader } from '../csv/sniff'
import { cellText } from './records-table'
import type { ReadTable } from './table-import'
import { readTableFile } from './table-file'

/** Rows after the first that decide whether the first is a header (as for CSV). */
const HEADER_EVIDENCE_ROWS = 50

/**
 * An Excel workbook (.xlsx, read by exceljs): the first sheet, or the one named by `--sheet`.
 * Cells are read as their values: a formula's last computed result, a date as ISO text, rich
 * text as its text; an error cell is a missing value. Spreadsheet row numbers are the lines.
 */
export async function readXlsxTable(
  path: string,
  file: string,
  options: ImportOptions
): Promise<ReadTable> {
  const { bytes, contentHash } = await readTableFile(path, file)
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    // jszip's own words ("Corrupted zip ?", a link to its docs) mean nothing to the user.
    throw userError('data.brokenWorkbook', { file: path })
  }
  const sheets = workbook.worksheets
  if (sheets.length === 0) throw userError('file.noSheets', { file: path })
  const sheet = options.sheet ? sheets.find((each) => each.name === options.sheet) : sheets[0]
  if (!sheet) {
    throw userError('file.noSheet', {
      file: path,
      sheet: options.sheet ?? '',
      sheets: sheets.map((each) => each.name)
    })
  }
  const { records, lines } = sheetRows(sheet)
  if (records.length === 0) throw userError('file.sheetEmpty', { file: path, sheet: sheet.name })
  const width = Math.max(...records.map((record) => record.length))
  const filled = records.map((record) =>
    Array.from({ length: width }, (_, column) => record[column] ?? '')
  )
  const hasHeader = looksLikeHeader(filled[0], filled.slice(1, HEADER_EVIDENCE_ROWS + 1))
  const body = hasHeader ? filled.slice(1) : filled
  if (body.length === 0) throw userError('file.sheetHeaderOnly', { file: path, sheet: sheet.name })
  const notes = [
    message('table.sheet', {
      sheet: sheet.name,
      sheets: sheets.map((each) => each.name)
    })
  ]
  if (!hasHeader) notes.push(message('table.noHeader', {}))
  return {
    table: {
      file: path,
      names: columnNames(filled[0], hasHeader),
      rows: body,
      lines: hasHeader ? lines.slice(1) : lines,
      decimalComma: false
    },
    notes,
    contentHash
  }
}

/** The sheet's non-empty rows as text cells, with their row numbers. */
function sheetRows(sheet: Worksheet): { records: string[][]; lines: number[] } {
  const records: string[][] = []
  const lines: number[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = valueText(cell.value)
    })
    if (cells.some((text) => text !== undefined && text.trim() !== '')) {
      records.push(Array.from(cells, (text) => text ?? ''))
      lines.push(rowNumber)
    }
  })
  return { records, lines }
}

/** A cell's value as table text (see readXlsxTable). */
function valueText(value: CellValue): string {
  const plain = cellText(value)
  if (plain !== null) return plain
  const object = value as unknown as Record<string, unknown>
  if ('result' in object) return valueText(object.result as CellValue)
  if ('richText' in object)
    return (object.richText as { text: string }[]).map((part) => part.text).join('')
  if ('text' in object) return String(object.text)
  return ''
}
