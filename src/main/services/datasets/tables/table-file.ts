import { createHash } from 'node:crypto'
import { userError } from '../../../../shared/errors'
import { readRegularFile } from '../../file-reading'

/** A whole table file read into memory: its bytes, its UTF-8 text and its content hash. */
export interface TableFile {
  bytes: Buffer
  text: string
  contentHash: string
}

/**
 * Reads a table file named by the user whole (JSON, a workbook, arrays), within the table size
 * limit; an empty file is refused naming it.
 */
export async function readTableFile(path: string, file: string): Promise<TableFile> {
  const bytes = await readRegularFile(file, 'csvFileBytes', 'data')
  if (bytes.length === 0) throw userError('file.empty', { file: path })
  return {
    bytes,
    get text() {
      return bytes.toString('utf8').replace(/^\uFEFF/, '')
    },
    contentHash: createHash('sha256').update(bytes).digest('hex')
  }
}
