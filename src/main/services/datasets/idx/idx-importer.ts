import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import { UserError } from '../../../../shared/errors'
import { createProgressReporter, yieldToEventLoop } from '../import-progress'
import type { ImportControl, ImportedDataset, ImportOptions } from '../imported-dataset'
import { BYTE_TO_UNIT, pixelFeatureNames } from '../images/pixel-values'
import { checkImportValues } from '../images/image-limits'
import { parseIdxImages, parseIdxLabels, type IdxImages } from './idx-format'
import { findIdxImageFiles, findLabelsFile, readIdxFile, type IdxPair } from './idx-files'

/**
 * Imports IDX image/label pairs (MNIST, Fashion-MNIST): one images file with the labels file
 * beside it, or every pair in a folder as one dataset (train rows first, then t10k). Pixels
 * become [0, 1] values in one pass over the bytes; classes are the label values that occur,
 * sorted, as strings ("0" … "9").
 */

/** Images converted between two checks for an abort (and progress reports). */
const IMAGES_PER_CHUNK = 2000

/** One pair, read and checked. */
interface LoadedPair extends IdxPair {
  data: IdxImages
  labelValues: Uint8Array
  stored: Buffer[]
}

/** Imports one IDX images file and its labels file. */
export async function importIdxFile(
  imagesPath: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  control.signal?.throwIfAborted()
  const pair = { images: imagesPath, labels: await findLabelsFile(imagesPath) }
  const name = options.name ?? basename(imagesPath).replace(/\.gz$/i, '')
  return importIdxPairs([pair], imagesPath, name, options, control)
}

/** Imports every IDX pair in `folder` as one dataset. */
export async function importIdxFolder(
  folder: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  control.signal?.throwIfAborted()
  const imageFiles = await findIdxImageFiles(folder)
  if (imageFiles.length === 0)
    throw new UserError(`${folder}: no IDX images files (…images-idx3…) in it`)
  const pairs = await Promise.all(
    imageFiles.map(async (images) => ({ images, labels: await findLabelsFile(images) }))
  )
  return importIdxPairs(pairs, folder, options.name ?? basename(folder), options, control)
}

async function importIdxPairs(
  pairs: readonly IdxPair[],
  source: string,
  name: string,
  options: ImportOptions,
  control: ImportControl
): Promise<ImportedDataset> {
  const loaded = await Promise.all(pairs.map(loadPair))
  control.signal?.throwIfAborted()
  const { rows, columns } = loaded[0].data
  for (const pair of loaded.slice(1)) {
    if (pair.data.rows !== rows || pair.data.columns !== columns) {
      throw new UserError(
        `${pair.images}: images are ${pair.data.rows}×${pair.data.columns}, but ${loaded[0].images} has ${rows}×${columns}; the IDX files of a folder must share one size`
      )
    }
  }
  if (
    options.imageSize &&
    (options.imageSize.width !== columns || options.imageSize.height !== rows)
  ) {
    throw new UserError(
      `--image-size ${options.imageSize.width}x${options.imageSize.height}: IDX images are not resized, and these are ${columns}x${rows}`
    )
  }
  const { values, classes } = classesOf(loaded.map((pair) => pair.labelValues))
  const total = loaded.reduce((sum, pair) => sum + pair.data.count, 0)
  checkImportValues(source, total, rows * columns)
  const features = await pixelsToFeatures(loaded, total, rows * columns, control)
  const rowSources: string[] = []
  for (const pair of loaded) {
    const file = basename(pair.images)
    for (let index = 0; index < pair.data.count; index++) rowSources.push(`${file}#${index}`)
  }
  const hash = createHash('sha256')
  for (const stored of loaded.flatMap((pair) => pair.stored)) hash.update(stored)
  return {
    kind: 'idx',
    name,
    source,
    rows: total,
    featureCount: rows * columns,
    features,
    featureNames: pixelFeatureNames(rows, columns, 1),
    inputShape: [rows, columns, 1],
    classes,
    labels: classIndices(loaded, values),
    targetNames: null,
    targets: null,
    rowSources,
    rowLines: null,
    skipped: [],
    notes: loaded.length > 1 ? [joinNote(loaded)] : [],
    contentHash: hash.digest('hex')
  }
}

async function loadPair(pair: IdxPair): Promise<LoadedPair> {
  const [imagesFile, labelsFile] = await Promise.all([
    readIdxFile(pair.images),
    readIdxFile(pair.labels)
  ])
  const data = parseIdxImages(imagesFile.content, pair.images)
  const labelValues = parseIdxLabels(labelsFile.content, pair.labels)
  if (labelValues.length !== data.count) {
    throw new UserError(
      `${pair.images}: ${data.count} images but ${labelValues.length} labels in ${pair.labels}`
    )
  }
  return { ...pair, data, labelValues, stored: [imagesFile.stored, labelsFile.stored] }
}

/** Each row's class: the index of its label value among the sorted values that occur. */
function classIndices(loaded: readonly LoadedPair[], values: readonly number[]): Int32Array {
  const indexOfValue = new Int32Array(256)
  values.forEach((value, index) => (indexOfValue[value] = index))
  const labels = new Int32Array(loaded.reduce((sum, pair) => sum + pair.data.count, 0))
  let row = 0
  for (const { labelValues } of loaded)
    for (const value of labelValues) labels[row++] = indexOfValue[value]
  return labels
}

/** The label values that occur, sorted, and their names. */
function classesOf(labelArrays: readonly Uint8Array[]): { values: number[]; classes: string[] } {
  const seen = new Uint8Array(256)
  for (const labels of labelArrays) for (const value of labels) seen[value] = 1
  const values = [...seen.keys()].filter((value) => seen[value] === 1)
  return { values, classes: values.map(String) }
}

/** Converts all pixels to [0, 1] in chunks, reporting progress and stopping at an abort. */
async function pixelsToFeatures(
  loaded: readonly LoadedPair[],
  total: number,
  pixelsPerImage: number,
  control: ImportControl
): Promise<Float32Array> {
  const features = new Float32Array(total * pixelsPerImage)
  const report = createProgressReporter(control, total)
  let done = 0
  for (const { data } of loaded) {
    for (let first = 0; first < data.count; first += IMAGES_PER_CHUNK) {
      control.signal?.throwIfAborted()
      const last = Math.min(first + IMAGES_PER_CHUNK, data.count)
      const pixels = data.pixels.subarray(first * pixelsPerImage, last * pixelsPerImage)
      const offset = done * pixelsPerImage
      for (let index = 0; index < pixels.length; index++)
        features[offset + index] = BYTE_TO_UNIT[pixels[index]]
      done += last - first
      report(done)
      await yieldToEventLoop()
    }
  }
  control.signal?.throwIfAborted()
  return features
}

function joinNote(loaded: readonly LoadedPair[]): string {
  let first = 1
  const parts = loaded.map((pair) => {
    const part = `${basename(pair.images)} (rows ${first}–${first + pair.data.count - 1})`
    first += pair.data.count
    return part
  })
  return `joined ${loaded.length} IDX images files in this order: ${parts.join(', ')}`
}
