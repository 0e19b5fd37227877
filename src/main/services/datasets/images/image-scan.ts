import { createHash } from 'node:crypto'
import { message } from '../../../../shared/messages'
import { skippedItem } from '../../../../shared/model/skipped'
import type { SkippedItem } from '../imported-dataset'
import { runPool } from '../import-progress'
import { leftOutImage, unreadableImage } from './decode-problem'
import { readHeaderWithSharp } from './image-decoder'
import type { ImageFileEntry } from './image-files'
import { readImageHeader, type ImageHeader } from './image-header'
import { FileReads, KeptBytes } from './kept-bytes'

/**
 * The first pass of an image-folder import: read every file once, hash it, and read its size
 * from its header, keeping the bytes (up to a budget) for the decoding pass.
 */

/** Files read or decoded at once: enough to keep libuv's 4 pool threads busy while JS copies pixels. */
export const FILE_CONCURRENCY = 8
/**
 * Bytes of image files kept in memory between the two passes; later files are read again.
 * Decoding kept bytes skips a second open, stat, read and close per file, which for small images
 * costs a large part of decoding them (at 32 MB, 41,000 of the 70,000 Fashion-MNIST PNGs, 78 MB
 * in all, were read twice and the import ran at 0.77× sharp decoding the files alone).
 */
const KEPT_BYTES_BUDGET = 128 * 1024 * 1024

/** A file the first pass could read and size. */
export interface ScannedFile {
  entry: ImageFileEntry
  header: ImageHeader
  /** The file's bytes, or null when they did not fit the budget (or were used already). */
  bytes: Uint8Array | null
}

/** The first pass's result. */
export interface FolderScan {
  /** The files that are images, in file order. */
  scanned: ScannedFile[]
  /** SHA-256 over the sorted relative paths of all image files, each with its own SHA-256. */
  contentHash: string
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
  const kept = new KeptBytes(KEPT_BYTES_BUDGET)
  const reads = new FileReads()
  /** Hashes a file, reads its header and keeps its bytes when the budget allows. */
  const scanFile = async (entry: ImageFileEntry, bytes: Uint8Array, index: number) => {
    fileHashes.set(entry.relativePath, createHash('sha256').update(bytes).digest('hex'))
    if (bytes.length === 0) {
      const problem = message('imageFile.empty', {})
      skipped.push(skippedItem({ file: entry.relativePath }, 'unreadable-file', problem))
      return
    }
    try {
      const header = readImageHeader(bytes) ?? (await readHeaderWithSharp(bytes))
      scanned[index] = { entry, header, bytes: kept.keep(bytes) }
    } catch (error) {
      const problem = leftOutImage(error, 'header')
      skipped.push(skippedItem({ file: entry.relativePath }, 'unreadable-file', problem))
    }
  }
  await runPool(
    files.length,
    FILE_CONCURRENCY,
    async (index) => {
      const entry = files[index]
      try {
        await reads.withFile(entry.absolutePath, (bytes) => scanFile(entry, bytes, index))
      } catch (error) {
        const problem = unreadableImage(error, entry.absolutePath)
        skipped.push(skippedItem({ file: entry.relativePath }, 'unreadable-file', problem))
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
