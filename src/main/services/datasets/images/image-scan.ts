import { createHash } from 'node:crypto'
import { readRegularFile } from '../../file-reading'
import type { SkippedItem } from '../imported-dataset'
import { runPool } from '../import-progress'
import { readHeaderWithSharp } from './image-decoder'
import type { ImageFileEntry } from './image-files'
import { readImageHeader, type ImageHeader } from './image-header'

/**
 * The first pass of an image-folder import: read every file once, hash it, and read its size
 * from its header, keeping the bytes (up to a budget) for the decoding pass.
 */

/** Files read or decoded at once: enough to keep libuv's 4 pool threads busy while JS copies pixels. */
export const FILE_CONCURRENCY = 8
/** Bytes of image files kept in memory between the two passes; later files are read again. */
const KEPT_BYTES_BUDGET = 256 * 1024 * 1024

/** A file the first pass could read and size. */
export interface ScannedFile {
  entry: ImageFileEntry
  header: ImageHeader
  /** The file's bytes, or null when they did not fit the budget (or were used already). */
  bytes: Buffer | null
}

/** The first pass's result. */
export interface FolderScan {
  /** The files that are images, in file order. */
  scanned: ScannedFile[]
  /** SHA-256 over the sorted relative paths of all image files, each with its own SHA-256. */
  contentHash: string
}

/** An image file's bytes: a regular file (not a device or FIFO a link points at) within the limit. */
export function readImageFile(path: string): Promise<Buffer> {
  return readRegularFile(path, 'imageFileBytes', 'an image file')
}

/**
 * First pass: reads each file, records its SHA-256 and reads its size from the header (asking
 * sharp for formats the header parser does not know). Unreadable and non-image files are
 * skipped. The folder's content hash comes from the file hashes.
 */
export async function scanFiles(
  files: readonly ImageFileEntry[],
  skipped: SkippedItem[],
  signal: AbortSignal | undefined
): Promise<FolderScan> {
  const fileHashes = new Map<string, string>()
  const scanned: (ScannedFile | null)[] = new Array(files.length).fill(null)
  let keptBytes = 0
  await runPool(
    files.length,
    FILE_CONCURRENCY,
    async (index) => {
      const entry = files[index]
      let bytes: Buffer
      try {
        bytes = await readImageFile(entry.absolutePath)
      } catch (error) {
        // The reason without the path: the listing names the file already.
        const reason = messageOf(error).replace(`${entry.absolutePath}: `, '')
        skipped.push({ file: entry.relativePath, reason: `cannot read (${reason})` })
        return
      }
      fileHashes.set(entry.relativePath, createHash('sha256').update(bytes).digest('hex'))
      if (bytes.length === 0) {
        skipped.push({ file: entry.relativePath, reason: 'empty file' })
        return
      }
      try {
        const header = readImageHeader(bytes) ?? (await readHeaderWithSharp(bytes))
        const keep = keptBytes + bytes.length <= KEPT_BYTES_BUDGET
        if (keep) keptBytes += bytes.length
        scanned[index] = { entry, header, bytes: keep ? bytes : null }
      } catch (error) {
        skipped.push({
          file: entry.relativePath,
          reason: `not a readable image (${messageOf(error)})`
        })
      }
    },
    signal
  )
  return {
    scanned: scanned.filter((file): file is ScannedFile => file !== null),
    contentHash: folderHash(files, fileHashes)
  }
}

/** SHA-256 over the sorted relative paths of the image files, each with its own SHA-256. */
function folderHash(
  files: readonly ImageFileEntry[],
  fileHashes: ReadonlyMap<string, string>
): string {
  const hash = createHash('sha256')
  for (const { relativePath } of files) {
    hash.update(`${relativePath}\0${fileHashes.get(relativePath) ?? 'unreadable'}\n`)
  }
  return hash.digest('hex')
}

/** An error's message on one line (libvips may repeat a line or add a second one). */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const lines = message.split('\n').map((line) => line.trim())
  return [...new Set(lines.filter(Boolean))].join('; ')
}
