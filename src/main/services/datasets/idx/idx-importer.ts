import { createHash } from 'node:crypto'
import { basename, dirname } from 'node:path'
import { message, type LabMessage } from '../../../../shared/messages'
import { userError } from '../../../../shared/errors'
import { createProgressReporter, yieldToEventLoop } from '../import-progress'
import type { ImportControl, ImportedDataset, ImportOptions } from '../imported-dataset'
import { pixelFeatureNames } from '../images/pixel-values'
import { checkImportValues } from '../images/image-limits'
import { parseIdxImages, parseIdxLabels, type IdxImages } from './idx-format'
import {
  findIdxImageFiles,
  findLabelsFile,
  IMAGES_MARK,
  readIdxFile,
  type IdxPair
} from './idx-files'
import { classNames, idxDatasetName, isTestPart, knownSetOf } from './idx-names'

/**
 * Imports IDX image/label pairs (MNIST, Fashion-MNIST): one images file with the labels file
 * beside it, or every pair in a folder as one dataset (train rows first, t10k last; with both,
 * the t10k rows stay the test set). Pixels stay the bytes they are (each standing for b / 255);
 * classes are the label values that occur, sorted, named by a `classes.txt` beside the files,
 * by the published set (Fashion-MNIST's names), or as the values ("0" … "9").
 */

/** Images copied between two checks for an abort (and progress reports). */
const IMAGES_PER_CHUNK = 2000

/** One pair, read and checked. */
interface LoadedPair extends IdxPair {
  data: IdxImages
  labelValues: Uint8Array
  stored: Buffer[]
  known: ReturnType<typeof knownSetOf>
}

/** Imports one IDX images file and its labels file. */
export async function importIdxFile(
  imagesPath: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  control.signal?.throwIfAborted()
  const pair = { images: imagesPath, labels: await findLabelsFile(imagesPath) }
  return importIdxPairs([pair], imagesPath, dirname(imagesPath), options, control)
}

/** Imports every IDX pair in `folder` as one dataset. */
export async function importIdxFolder(
  folder: string,
  options: ImportOptions = {},
  control: ImportControl = {}
): Promise<ImportedDataset> {
  control.signal?.throwIfAborted()
  const imageFiles = await findIdxImageFiles(folder)
  if (imageFiles.length === 0) throw userError('idx.noImagesFiles', { folder, mark: IMAGES_MARK })
  const pairs = await Promise.all(
    imageFiles.map(async (images) => ({ images, labels: await findLabelsFile(images) }))
  )
  return importIdxPairs(pairs, folder, folder, options, control)
}

async function importIdxPairs(
  pairs: readonly IdxPair[],
  source: string,
  folder: string,
  options: ImportOptions,
  control: ImportControl
): Promise<ImportedDataset> {
  const loaded = await Promise.all(pairs.map(loadPair))
  control.signal?.throwIfAborted()
  const { rows, columns } = loaded[0].data
  for (const pair of loaded.slice(1)) {
    if (pair.data.rows !== rows || pair.data.columns !== columns) {
      throw userError('idx.sizesDiffer', {
        file: pair.images,
        rows: pair.data.rows,
        columns: pair.data.columns,
        firstFile: loaded[0].images,
        firstRows: rows,
        firstColumns: columns
      })
    }
  }
  if (
    options.imageSize &&
    (options.imageSize.width !== columns || options.imageSize.height !== rows)
  ) {
    throw userError('idx.notResized', { ...options.imageSize, columns, rows })
  }
  const values = labelValuesOf(loaded.map((pair) => pair.labelValues))
  const known = loaded.every((pair) => pair.known === loaded[0].known) ? loaded[0].known : null
  const named = await classNames(folder, values, known)
  const name =
    options.name ??
    idxDatasetName(
      loaded.map((pair) => pair.images),
      known,
      folder
    )
  const testFrom = officialTestStart(loaded)
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
    classes: named.classes,
    labels: classIndices(loaded, values),
    targetNames: null,
    targets: null,
    rowSources,
    rowLines: null,
    ...(testFrom === null ? {} : { testFrom }),
    skipped: [],
    notes: [
      ...(loaded.length > 1 ? [joinNote(loaded)] : []),
      ...(testFrom === null ? [] : [testNote(loaded, testFrom)]),
      ...(named.note ? [named.note] : [])
    ],
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
    throw userError('idx.labelCount', {
      file: pair.images,
      images: data.count,
      labels: labelValues.length,
      labelsFile: pair.labels
    })
  }
  return {
    ...pair,
    data,
    labelValues,
    stored: [imagesFile.stored, labelsFile.stored],
    known: knownSetOf(labelsFile.content)
  }
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

/** The label values that occur, sorted. */
function labelValuesOf(labelArrays: readonly Uint8Array[]): number[] {
  const seen = new Uint8Array(256)
  for (const labels of labelArrays) for (const value of labels) seen[value] = 1
  return [...seen.keys()].filter((value) => seen[value] === 1)
}

/**
 * The first row of the published test set when the pairs hold training and test files (test
 * files come last, see findIdxImageFiles), else null: one part alone is split like any data.
 */
function officialTestStart(loaded: readonly LoadedPair[]): number | null {
  const firstTest = loaded.findIndex((pair) => isTestPart(pair.images))
  if (firstTest <= 0) return null
  return loaded.slice(0, firstTest).reduce((sum, pair) => sum + pair.data.count, 0)
}

function testNote(loaded: readonly LoadedPair[], testFrom: number): LabMessage {
  const total = loaded.reduce((sum, pair) => sum + pair.data.count, 0)
  const files = loaded
    .filter((pair) => isTestPart(pair.images))
    .map((pair) => basename(pair.images))
  return message('idx.officialSplit', { trainRows: testFrom, total, files })
}

/** Copies all pixel bytes into one array in chunks, reporting progress and stopping at an abort. */
async function pixelsToFeatures(
  loaded: readonly LoadedPair[],
  total: number,
  pixelsPerImage: number,
  control: ImportControl
): Promise<Uint8Array> {
  const features = new Uint8Array(total * pixelsPerImage)
  const report = createProgressReporter(control, total)
  let done = 0
  for (const { data } of loaded) {
    for (let first = 0; first < data.count; first += IMAGES_PER_CHUNK) {
      control.signal?.throwIfAborted()
      const last = Math.min(first + IMAGES_PER_CHUNK, data.count)
      features.set(
        data.pixels.subarray(first * pixelsPerImage, last * pixelsPerImage),
        done * pixelsPerImage
      )
      done += last - first
      report(done)
      await yieldToEventLoop()
    }
  }
  control.signal?.throwIfAborted()
  return features
}

function joinNote(loaded: readonly LoadedPair[]): LabMessage {
  let first = 1
  const parts = loaded.map((pair) => {
    const part = { file: basename(pair.images), first, last: first + pair.data.count - 1 }
    first += pair.data.count
    return part
  })
  return message('idx.joined', { parts })
}
