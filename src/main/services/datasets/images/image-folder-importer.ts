import { basename } from 'node:path'
import { message, type LabMessage } from '../../../../shared/messages'
import { skippedItem } from '../../../../shared/model/skipped'
import { createProgressReporter, runPool } from '../import-progress'
import type {
  ImportControl,
  ImportedDataset,
  ImportOptions,
  SkippedItem
} from '../imported-dataset'
import { decodePixels } from './image-decoder'
import { checkedImageSize, mostCommonSize, type ImageSize } from './image-size'
import { checkImportValues, oversizedImage } from './image-limits'
import { compareText, listImageFolder } from './image-files'
import { channelNote, requireTwoClasses, resizeNote, transparencyNote } from './image-folder-notes'
import { leftOutImage } from './decode-problem'
import { FILE_CONCURRENCY, scanFiles, type ScannedFile } from './image-scan'
import { FileReads } from './kept-bytes'
import { PixelRows } from './pixel-rows'
import { compactRows, pixelFeatureNames, type PixelTraits } from './pixel-values'

/**
 * Imports a folder with one subfolder of images per class (CONTRACTS.md section 3). Two passes:
 * the first reads every file (hashing it and reading its size from the header), so the size most
 * images share is known; the second decodes them with sharp, several at a time, straight into
 * one preallocated array of pixel bytes (one channel until an image shows colour: pixel-rows.ts). The bytes read in the first pass are kept for the second, up to
 * a memory budget, so small-image folders are read from disk once.
 */

/** A file the second pass decoded, and what its pixels showed. */
interface DecodedFile {
  file: ScannedFile
  traits: PixelTraits
}

/** The second pass's result: one row per decoded file, in file order. */
interface DecodedRows {
  features: Uint8Array
  channels: 1 | 3
  decoded: DecodedFile[]
}

/** What the second pass decodes to, and where it reports. */
interface DecodeJob {
  folder: string
  size: ImageSize
  /** 1: every image as gray; 3: colour kept when an image has it. */
  maxChannels: 1 | 3
  skipped: SkippedItem[]
  signal: AbortSignal | undefined
  /** Image files done so far (counting those the first pass skipped), and where to report it. */
  progress: { report: (done: number) => void; done: number }
}

/** Imports `folder` as a labelled image dataset; see the file comment and `ImportedDataset`. */
export async function importImageFolder(
  folder: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  control.signal?.throwIfAborted()
  const forcedSize = options.imageSize ? checkedImageSize(options.imageSize) : null
  const listing = await listImageFolder(folder)
  const listedClasses = new Set(listing.files.map((file) => file.classIndex))
  const [withImages, withoutImages] = partition(listing.classNames, (_, index) =>
    listedClasses.has(index)
  )
  requireTwoClasses(folder, withImages, withoutImages, listing.looseImageCount)

  const skipped: SkippedItem[] = [...listing.skipped]
  // Progress counts image files; those the first pass finds unreadable count as done with it.
  const report = createProgressReporter(control, listing.files.length)
  report(0)
  const scan = await scanFiles(listing.files, skipped, control.signal)
  const scanned = withinPixelLimit(scan.scanned, skipped)
  const size = forcedSize ?? mostCommonSize(scanned.map((file) => file.header))
  const allGray = scanned.every((file) => file.header.grayscale)
  // Colour is kept only when some file may have it and gray was not asked for.
  const maxChannels = options.grayscale || allGray ? 1 : 3
  const progress = { report, done: listing.files.length - scanned.length }
  const job = { folder, size, maxChannels, skipped, signal: control.signal, progress } as const
  const rows = await decodeFiles(scanned, job)

  const decodedClasses = new Set(rows.decoded.map(({ file }) => file.entry.classIndex))
  const [classes, emptyClasses] = partition(listing.classNames, (_, index) =>
    decodedClasses.has(index)
  )
  requireTwoClasses(folder, classes, emptyClasses, listing.looseImageCount)
  const classIndexOf = new Map(classes.map((name, index) => [name, index]))
  const labelOf = ({ file }: DecodedFile): number =>
    classIndexOf.get(listing.classNames[file.entry.classIndex])!
  const notes = describeImport(rows, size, options)
  if (emptyClasses.length > 0) {
    notes.push(message('images.emptyClasses', { classes: emptyClasses }))
  }
  return {
    kind: 'images',
    name: options.name ?? basename(folder),
    source: folder,
    rows: rows.decoded.length,
    featureCount: size.width * size.height * rows.channels,
    features: rows.features,
    featureNames: pixelFeatureNames(size.height, size.width, rows.channels),
    inputShape: [size.height, size.width, rows.channels],
    classes,
    labels: Int32Array.from(rows.decoded, labelOf),
    targetNames: null,
    targets: null,
    rowSources: pathsOf(rows.decoded),
    rowLines: null,
    skipped: skipped.sort((a, b) => compareText(a.file, b.file)),
    notes,
    contentHash: scan.contentHash
  }
}

/** The scanned files small enough to decode; the others are skipped with their size. */
function withinPixelLimit(scanned: ScannedFile[], skipped: SkippedItem[]): ScannedFile[] {
  return scanned.filter((file) => {
    const problem = oversizedImage(file.header)
    if (problem) skipped.push(skippedItem({ file: file.entry.relativePath }, 'other', problem))
    return problem === null
  })
}

/**
 * Second pass: decodes every scanned file to `size` into one byte array, several at a time.
 * Files that fail are skipped; when no decoded image has colour, one channel is kept.
 */
async function decodeFiles(scanned: ScannedFile[], job: DecodeJob): Promise<DecodedRows> {
  const { folder, size, maxChannels, skipped, signal, progress } = job
  const pixelCount = size.width * size.height
  checkImportValues(folder, scanned.length, pixelCount * maxChannels, true)
  const pixelRows = new PixelRows(folder, scanned.length, pixelCount, maxChannels)
  const traits: (PixelTraits | null)[] = new Array(scanned.length).fill(null)
  const reads = new FileReads()
  const decodeInto = async (index: number): Promise<void> => {
    const file = scanned[index]
    const decode = async (bytes: Uint8Array) => {
      const pixels = await decodePixels(bytes, file.header, size)
      traits[index] = pixelRows.put(index, pixels.data, pixels.channels)
    }
    await (file.bytes ? decode(file.bytes) : reads.withFile(file.entry.absolutePath, decode))
    file.bytes = null
  }
  const failed: number[] = []
  const decodeOne = async (index: number): Promise<void> => {
    await decodeInto(index).catch(() => failed.push(index))
    progress.report(++progress.done)
  }
  await runPool(scanned.length, FILE_CONCURRENCY, decodeOne, signal)
  // libvips keeps one error buffer for all threads, so failures decoded at the same time can
  // swap or merge their messages: decode the failed files again, one at a time, for their own.
  for (const index of failed.sort((a, b) => a - b)) {
    signal?.throwIfAborted()
    await decodeInto(index).catch((error: unknown) => {
      const file = scanned[index].entry.relativePath
      const problem = leftOutImage(error, 'pixels')
      skipped.push(skippedItem({ file }, 'unreadable-file', problem))
    })
  }

  const decoded = scanned.flatMap((file, index) => {
    const fileTraits = traits[index]
    return fileTraits ? [{ file, traits: fileTraits }] : []
  })
  const rowSize = pixelCount * pixelRows.channels
  const features = compactRows(pixelRows.bytes, traits, rowSize)
  return { features, channels: pixelRows.channels, decoded }
}

/** The notes on resizing, colour channels and transparency. */
function describeImport(rows: DecodedRows, size: ImageSize, options: ImportOptions): LabMessage[] {
  const { decoded } = rows
  const resized = decoded.filter(
    ({ file }) => file.header.width !== size.width || file.header.height !== size.height
  )
  const notes = [
    resizeNote(pathsOf(resized), size.width, size.height, options.imageSize !== undefined),
    channelNote({
      channels: rows.channels,
      forcedGray: options.grayscale === true,
      colorFormatFiles: pathsOf(decoded.filter(({ file }) => !file.header.grayscale)),
      coloredFiles: pathsOf(decoded.filter(({ traits }) => traits.hasColor)),
      grayFiles: pathsOf(decoded.filter(({ traits }) => !traits.hasColor)),
      totalImages: decoded.length
    }),
    transparencyNote(pathsOf(decoded.filter(({ traits }) => traits.hasTransparency)))
  ]
  return notes.filter((note): note is LabMessage => note !== null)
}

function pathsOf(files: readonly DecodedFile[]): string[] {
  return files.map(({ file }) => file.entry.relativePath)
}

function partition<T>(items: readonly T[], test: (item: T, index: number) => boolean): [T[], T[]] {
  const passing: T[] = []
  const failing: T[] = []
  items.forEach((item, index) => (test(item, index) ? passing : failing).push(item))
  return [passing, failing]
}
