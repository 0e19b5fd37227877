import type { Readable } from 'node:stream'
import { Readable as ReadableStream } from 'node:stream'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import { limitOf } from '../../../../shared/limits'
import { openRegularFile } from '../../file-reading'
import { gunzipError } from '../unzip-errors'

const gunzipAsync = promisify(gunzip)

/** How much of the text is read to guess the encoding and the separator. */
const SNIFF_BYTES = 64 * 1024

/**
 * The bytes of a text table, plain or gzipped (`.csv.gz`): its size, its first bytes, and a
 * stream of all of it. A gzipped file is unzipped whole, and neither it nor what it unzips to
 * may pass the CSV size limit (a small gzip can inflate to gigabytes: zlib stops at the limit).
 */
export interface TextSource {
  /** Bytes of the text (unzipped). */
  size: number
  /** The first bytes of the text. */
  start: Buffer
  /** True when the file was gzipped. */
  gzipped: boolean
  /** Every byte of the text, from the start. */
  stream(): Readable
  close(): Promise<void>
}

/** Opens a plain or gzipped text file named by the user (`path` names it in messages). */
export async function openTextSource(path: string, file: string): Promise<TextSource> {
  const { handle, size } = await openRegularFile(file, 'csvFileBytes', 'csv')
  try {
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, size))
    const { bytesRead } = await handle.read(head, 0, head.length, 0)
    const start = head.subarray(0, bytesRead)
    if (!(start.length >= 2 && start[0] === 0x1f && start[1] === 0x8b)) {
      return {
        size,
        start,
        gzipped: false,
        stream: () => handle.createReadStream({ start: 0, autoClose: false }),
        close: () => handle.close()
      }
    }
    const text = await unzip(path, await handle.readFile())
    await handle.close()
    return {
      size: text.length,
      start: text.subarray(0, SNIFF_BYTES),
      gzipped: true,
      stream: () => ReadableStream.from([text]),
      close: async () => {}
    }
  } catch (error) {
    await handle.close().catch(() => {})
    throw error
  }
}

async function unzip(path: string, stored: Buffer): Promise<Buffer> {
  try {
    return await gunzipAsync(stored, { maxOutputLength: limitOf('csvFileBytes') })
  } catch (error) {
    throw gunzipError(path, error, 'csvFileBytes')
  }
}
