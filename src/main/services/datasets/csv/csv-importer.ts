import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import { CsvError, parse } from 'csv-parse'
import { userError } from '../../../../shared/errors'
import { message, type LabMessage } from '../../../../shared/messages'
import { skippedItem, type SkippedItem } from '../../../../shared/model/skipped'
import type { ImportControl, ImportedDataset, ImportOptions } from '../imported-dataset'
import { columnNames, looksLikeHeader, sniffDelimiter } from './sniff'
import { importedTable } from '../tables/table-import'
import type { CsvTable } from './table-to-dataset'
import {
  decodingStream,
  detectEncoding,
  NotUtf8Error,
  type TextEncodingName
} from './text-encoding'
import { openTextSource, type TextSource } from './text-source'

/**
 * Imports a CSV or TSV file: encoding (UTF-8, UTF-16, Latin-1), separator and header detected,
 * BOM and CRLF handled, quoted fields parsed (csv-parse), columns typed, the label (last column
 * by default) or `targets` taken out. A row with the wrong number of fields is left out and
 * listed with its line, like a row with a missing value (the file is refused only when most rows
 * are bad). A gzipped file (`.csv.gz`) is unzipped first. Only a regular file within the CSV
 * size limit is read.
 */
export async function importCsv(
  path: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  const file = resolve(path)
  const read = async (encoding: TextEncodingName | null) => {
    const source = await openTextSource(path, file)
    try {
      if (source.size === 0) throw userError('file.empty', { file: path })
      const { start } = source
      const chosen = encoding ?? detectEncoding(start, start.length === source.size)
      const sample = new TextDecoder(chosen).decode(start)
      const delimiter = sniffDelimiter(sample)
      const decimalComma = delimiter === ';' && /\d,\d/.test(sample)
      const { records, hash } = await readRecords(path, source, chosen, delimiter, control)
      return { records, hash, delimiter, decimalComma, encoding: chosen, gzipped: source.gzipped }
    } finally {
      await source.close()
    }
  }
  // A file whose first 64 KiB are UTF-8 but whose later bytes are not is read again as Latin-1.
  const { records, hash, delimiter, decimalComma, encoding, gzipped } = await read(null).catch(
    (error: unknown) => {
      if (error instanceof NotUtf8Error) return read('windows-1252')
      throw error
    }
  )
  if (records.length === 0) throw userError('file.noRows', { file: path })

  const hasHeader = looksLikeHeader(
    records[0].fields,
    records.slice(1, 51).map((r) => r.fields)
  )
  const width = records[0].fields.length
  const names = columnNames(records[0].fields, hasHeader)
  const body = hasHeader ? records.slice(1) : records
  if (body.length === 0) throw userError('file.headerOnly', { file: path })
  const whole = body.filter((record) => record.fields.length === width)
  const rejected: SkippedItem[] = body
    .filter((record) => record.fields.length !== width)
    .map((record) =>
      skippedItem(
        { file: path, line: record.line },
        'wrong-field-count',
        message('row.fieldCount', { expected: width, got: record.fields.length, header: hasHeader })
      )
    )
  const table: CsvTable = {
    file: path,
    names,
    rows: whole.map((record) => record.fields),
    lines: whole.map((record) => record.line),
    decimalComma,
    rejected
  }
  const notes: LabMessage[] = []
  if (delimiter !== ',')
    notes.push(
      message('table.separator', {
        separator: delimiter === '\t' ? 'tabs' : 'semicolons',
        decimalComma
      })
    )
  if (gzipped) notes.push(message('table.gzipped', {}))
  if (encoding !== 'utf-8') notes.push(message('table.encoding', { encoding }))
  if (!hasHeader) notes.push(message('table.noHeader', {}))
  return importedTable(path, { table, notes, contentHash: hash }, options)
}

/** Streams the file through csv-parse, hashing its bytes and reporting progress in bytes. */
async function readRecords(
  path: string,
  source: TextSource,
  encoding: TextEncodingName,
  delimiter: string,
  control: ImportControl
): Promise<{ records: { fields: string[]; line: number }[]; hash: string }> {
  const hash = createHash('sha256')
  const { size } = source
  const stream = source.stream()
  let bytesRead = 0
  let lastReport = 0
  stream.on('data', (chunk) => {
    hash.update(chunk)
    bytesRead += chunk.length
    const now = Date.now()
    if (now - lastReport > 200) {
      lastReport = now
      control.onProgress?.(bytesRead, size)
    }
  })
  const decoded = stream.pipe(decodingStream(encoding))
  stream.on('error', (error) => decoded.destroy(error))
  const parser = decoded.pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, info: true })
  )
  decoded.on('error', (error) => parser.destroy(error))
  const records: { fields: string[]; line: number }[] = []
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[]
      info: { lines: number }
    }>) {
      control.signal?.throwIfAborted()
      records.push({ fields: record, line: info.lines })
    }
  } catch (error) {
    stream.destroy()
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines
      throw userError('file.unreadable', {
        file: path,
        ...(line ? { line } : {}),
        problem: error.message.replace(/^Invalid[^:]*: /, '')
      })
    }
    throw error
  }
  control.onProgress?.(size, size)
  return { records, hash: hash.digest('hex') }
}
