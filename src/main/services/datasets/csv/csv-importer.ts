import { createHash } from 'node:crypto'
import type { FileHandle } from 'node:fs/promises'
import { basename, extname, resolve } from 'node:path'
import { CsvError, parse } from 'csv-parse'
import { UserError } from '../../../../shared/errors'
import { openRegularFile } from '../../file-reading'
import type { ImportControl, ImportedDataset, ImportOptions } from '../imported-dataset'
import { columnNames, looksLikeHeader, sniffDelimiter } from './sniff'
import { tableToDataset, type CsvTable } from './table-to-dataset'
import {
  decodingStream,
  detectEncoding,
  encodingNote,
  NotUtf8Error,
  type TextEncodingName
} from './text-encoding'

/** How much of the file is read to guess the separator. */
const SNIFF_BYTES = 64 * 1024

/**
 * Imports a CSV or TSV file: encoding (UTF-8, UTF-16, Latin-1), separator and header detected,
 * BOM and CRLF handled, quoted fields parsed (csv-parse), columns typed, the label (last column
 * by default) or `targets` taken out. A row with the wrong number of fields is an error naming
 * its line. Only a regular file within the CSV size limit is read.
 */
export async function importCsv(
  path: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  const file = resolve(path)
  const read = async (encoding: TextEncodingName | null) => {
    const { handle, size } = await openRegularFile(file, 'csvFileBytes', 'a CSV file')
    try {
      if (size === 0) throw new UserError(`${path}: the file is empty`)
      const start = await readStart(handle, size)
      const chosen = encoding ?? detectEncoding(start, start.length === size)
      const sample = new TextDecoder(chosen).decode(start)
      const delimiter = sniffDelimiter(sample)
      const decimalComma = delimiter === ';' && /\d,\d/.test(sample)
      const { records, hash } = await readRecords(path, handle, chosen, delimiter, size, control)
      return { records, hash, delimiter, decimalComma, encoding: chosen }
    } finally {
      await handle.close()
    }
  }
  // A file whose first 64 KiB are UTF-8 but whose later bytes are not is read again as Latin-1.
  const { records, hash, delimiter, decimalComma, encoding } = await read(null).catch(
    (error: unknown) => {
      if (error instanceof NotUtf8Error) return read('windows-1252')
      throw error
    }
  )
  if (records.length === 0) throw new UserError(`${path}: the file has no rows`)

  const hasHeader = looksLikeHeader(
    records[0].fields,
    records.slice(1, 51).map((r) => r.fields)
  )
  const width = records[0].fields.length
  const names = columnNames(records[0].fields, hasHeader)
  const body = hasHeader ? records.slice(1) : records
  for (const record of body) {
    if (record.fields.length !== width) {
      throw new UserError(
        `${path}:${record.line}: expected ${width} fields${hasHeader ? ' (as in the header)' : ''}, got ${record.fields.length}`
      )
    }
  }
  if (body.length === 0) throw new UserError(`${path}: the file has a header but no data rows`)
  const table: CsvTable = {
    file: path,
    names,
    rows: body.map((record) => record.fields),
    lines: body.map((record) => record.line),
    decimalComma
  }
  const dataset = tableToDataset(table, {
    labelColumn: options.labelColumn,
    targets: options.targets,
    ignoreColumns: options.ignoreColumns
  })
  const notes = [...dataset.notes]
  if (!hasHeader) notes.unshift('no header row found: columns are named column1, column2, …')
  const encoded = encodingNote(encoding)
  if (encoded) notes.unshift(encoded)
  if (delimiter !== ',')
    notes.unshift(
      `fields are separated by ${delimiter === '\t' ? 'tabs' : 'semicolons'}${decimalComma ? ', with decimal commas' : ''}`
    )
  const rows = dataset.rowLines.length
  return {
    kind: 'csv',
    name: options.name ?? basename(path, extname(path)),
    source: file,
    rows,
    featureCount: dataset.featureNames.length,
    features: dataset.features,
    featureNames: dataset.featureNames,
    inputShape: [dataset.featureNames.length],
    classes: dataset.classes,
    labels: dataset.labels,
    targetNames: dataset.targetNames,
    targets: dataset.targets,
    rowSources: null,
    rowLines: dataset.rowLines,
    skipped: dataset.skipped,
    notes,
    contentHash: hash
  }
}

/** The first bytes of the file (for the encoding and the separator). */
async function readStart(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, size))
  const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
  return buffer.subarray(0, bytesRead)
}

/** Streams the file through csv-parse, hashing its bytes and reporting progress in bytes. */
async function readRecords(
  path: string,
  handle: FileHandle,
  encoding: TextEncodingName,
  delimiter: string,
  size: number,
  control: ImportControl
): Promise<{ records: { fields: string[]; line: number }[]; hash: string }> {
  const hash = createHash('sha256')
  const stream = handle.createReadStream({ start: 0, autoClose: false })
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
      throw new UserError(
        `${path}${line ? `:${line}` : ''}: ${error.message.replace(/^Invalid[^:]*: /, '')}`
      )
    }
    throw error
  }
  control.onProgress?.(size, size)
  return { records, hash: hash.digest('hex') }
}
