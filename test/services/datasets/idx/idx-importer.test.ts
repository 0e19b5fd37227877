import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importImageSource } from '../../../../src/main/services/datasets/image-source'
import {
  importIdxFile,
  importIdxFolder
} from '../../../../src/main/services/datasets/idx/idx-importer'
import { UserError } from '../../../../src/shared/errors'
import { englishText } from '../../../../src/shared/messages'

const MNIST = '/work/shared/datasets/mnist'
const FASHION = '/work/shared/datasets/fashion-mnist'
const MNIST_IMAGES = `${MNIST}/t10k-images-idx3-ubyte.gz`
const MNIST_LABELS = `${MNIST}/t10k-labels-idx1-ubyte.gz`

/** An IDX file: magic number, int32 dimensions, then bytes (big-endian, as the format says). */
function idx(magic: number, dimensions: number[], values: number[]): Buffer {
  const header = Buffer.alloc(4 + 4 * dimensions.length)
  header.writeUInt32BE(magic, 0)
  dimensions.forEach((size, index) => header.writeUInt32BE(size, 4 + 4 * index))
  return Buffer.concat([header, Buffer.from(values)])
}

/** Three 2×2 images with known bytes, and labels 7, 1, 7. */
const IMAGES = idx(0x803, [3, 2, 2], [0, 51, 102, 255, 1, 2, 3, 4, 255, 255, 0, 0])
const LABELS = idx(0x801, [3], [7, 1, 7])

/** Awaits `promise`'s rejection and checks that it is a UserError with exactly `message`. */
async function expectUserError(promise: Promise<unknown>, message: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (rejection: unknown) => rejection
  )
  expect(error).toBeInstanceOf(UserError)
  expect((error as Error).message).toBe(message)
}

let temp: string
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'backprop-lab-idx-'))
})
afterAll(() => rm(temp, { recursive: true, force: true }))

/** Writes files (name → bytes) into a new folder under the temp folder; returns its path. */
async function folderWith(name: string, files: Record<string, Buffer>): Promise<string> {
  const folder = join(temp, name)
  await mkdir(folder, { recursive: true })
  for (const [file, bytes] of Object.entries(files)) await writeFile(join(folder, file), bytes)
  return folder
}

describe('MNIST t10k (gzipped IDX)', () => {
  it('imports 10,000 images whose pixels are the file bytes, with their labels', async () => {
    const dataset = await importIdxFile(MNIST_IMAGES)
    // An independent read: plain zlib and Buffer, offsets from the IDX format.
    const images = gunzipSync(readFileSync(MNIST_IMAGES))
    const labels = gunzipSync(readFileSync(MNIST_LABELS))
    expect(images.readUInt32BE(4)).toBe(10000)
    expect(dataset).toMatchObject({
      kind: 'idx',
      name: 'mnist-t10k',
      rows: 10000,
      featureCount: 784
    })
    expect(dataset.inputShape).toEqual([28, 28, 1])
    expect(dataset.classes).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    expect(Array.from(dataset.labels!)).toEqual(Array.from(labels.subarray(8)))
    expect(Array.from(dataset.labels!.slice(0, 5))).toEqual([7, 2, 1, 0, 4])
    const counts = dataset.classes!.map(
      (_, label) => dataset.labels!.filter((value) => value === label).length
    )
    expect(counts).toEqual([980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009])
    // Pixels stay the bytes they are in the file (each standing for b / 255).
    expect(dataset.features).toBeInstanceOf(Uint8Array)
    expect(Buffer.compare(Buffer.from(dataset.features), images.subarray(16))).toBe(0)
    let sum = 0
    for (const value of dataset.features) sum += value
    expect(sum / dataset.features.length).toBeCloseTo(33.79, 2)
    expect(dataset.rowSources![17]).toBe('t10k-images-idx3-ubyte.gz#17')
    expect(dataset.featureNames[29]).toBe('pixel_1_1')
    expect(dataset.skipped).toEqual([])
    expect(dataset.notes.map(englishText)).toEqual([])
    const bothFiles = Buffer.concat([readFileSync(MNIST_IMAGES), readFileSync(MNIST_LABELS)])
    expect(dataset.contentHash).toBe(createHash('sha256').update(bothFiles).digest('hex'))
  })

  it('reports sane progress and stops at an abort with an AbortError', async () => {
    const calls: [number, number | null][] = []
    const controller = new AbortController()
    const onProgress = (done: number, total: number | null): void => {
      calls.push([done, total])
      controller.abort()
    }
    await expect(
      importIdxFile(MNIST_IMAGES, {}, { onProgress, signal: controller.signal })
    ).rejects.toMatchObject({
      name: 'AbortError'
    })
    expect(calls.length).toBeGreaterThan(0)
    expect(calls.every(([done, total]) => total === 10000 && done > 0 && done < 10000)).toBe(true)
    await expect(
      importIdxFile(MNIST_IMAGES, {}, { signal: AbortSignal.abort() })
    ).rejects.toMatchObject({
      name: 'AbortError'
    })
  })
})

describe('Fashion-MNIST folder', () => {
  it('imports the train and t10k pairs as one 70,000-row dataset, train first', async () => {
    const dataset = await importImageSource(FASHION)
    expect(dataset).toMatchObject({
      kind: 'idx',
      name: 'fashion-mnist',
      source: FASHION,
      rows: 70000
    })
    expect(dataset.notes.map(englishText)).toEqual([
      'joined 2 IDX images files in this order: train-images-idx3-ubyte.gz (rows 1–60000), t10k-images-idx3-ubyte.gz (rows 60001–70000)',
      'the official split is kept: rows 1–60000 train and validate, rows 60001–70000 (t10k-images-idx3-ubyte.gz) are the test set',
      'class names of fashion-mnist (labels 0–9)'
    ])
    expect(dataset.testFrom).toBe(60000)
    expect(dataset.classes).toEqual([
      'T-shirt/top',
      'Trouser',
      'Pullover',
      'Dress',
      'Coat',
      'Sandal',
      'Shirt',
      'Sneaker',
      'Bag',
      'Ankle boot'
    ])
    const train = gunzipSync(readFileSync(`${FASHION}/train-labels-idx1-ubyte.gz`)).subarray(8)
    const test = gunzipSync(readFileSync(`${FASHION}/t10k-labels-idx1-ubyte.gz`)).subarray(8)
    expect(Array.from(dataset.labels!)).toEqual([...train, ...test])
    const counts = dataset.classes!.map(
      (_, label) => dataset.labels!.filter((value) => value === label).length
    )
    expect(counts).toEqual(new Array(10).fill(7000))
    const testImages = gunzipSync(readFileSync(`${FASHION}/t10k-images-idx3-ubyte.gz`))
    const firstTestRow = dataset.features.subarray(60000 * 784, 60001 * 784)
    expect(Array.from(firstTestRow)).toEqual(Array.from(testImages.subarray(16, 800)))
    expect([dataset.rowSources![59999], dataset.rowSources![60000]]).toEqual([
      'train-images-idx3-ubyte.gz#59999',
      't10k-images-idx3-ubyte.gz#0'
    ])
  })
})

describe('hand-made IDX files', () => {
  it('reads uncompressed files; classes are the label values that occur', async () => {
    const folder = await folderWith('plain', {
      'x-images-idx3-ubyte': IMAGES,
      'x-labels-idx1-ubyte': LABELS
    })
    const dataset = await importIdxFile(join(folder, 'x-images-idx3-ubyte'), { name: 'tiny' })
    expect(dataset.name).toBe('tiny')
    expect(dataset.classes).toEqual(['1', '7'])
    expect(Array.from(dataset.labels!)).toEqual([1, 0, 1])
    expect(Array.from(dataset.features)).toEqual([0, 51, 102, 255, 1, 2, 3, 4, 255, 255, 0, 0])
    expect(dataset.featureNames).toEqual(['pixel_0_0', 'pixel_0_1', 'pixel_1_0', 'pixel_1_1'])
  })

  it('finds a gzipped labels file beside an uncompressed images file, and the other way round', async () => {
    const folder = await folderWith('mixed', {
      'a-images-idx3-ubyte': IMAGES,
      'a-labels-idx1-ubyte.gz': gzipSync(LABELS),
      'b-images-idx3-ubyte.gz': gzipSync(IMAGES),
      'b-labels-idx1-ubyte': LABELS
    })
    expect((await importIdxFile(join(folder, 'a-images-idx3-ubyte'))).rows).toBe(3)
    expect((await importIdxFile(join(folder, 'b-images-idx3-ubyte.gz'))).rows).toBe(3)
    const both = await importIdxFolder(folder)
    expect(both.rows).toBe(6)
    expect(both.rowSources![3]).toBe('b-images-idx3-ubyte.gz#0')
  })

  it('refuses broken files, naming the file and the problem', async () => {
    const folder = await folderWith('broken', {
      'nolabels-images-idx3-ubyte': IMAGES,
      'swapped-images-idx3-ubyte': LABELS,
      'swapped-labels-idx1-ubyte': LABELS,
      'short-images-idx3-ubyte': IMAGES.subarray(0, IMAGES.length - 1),
      'short-labels-idx1-ubyte': LABELS,
      'long-images-idx3-ubyte': Buffer.concat([IMAGES, Buffer.from([9, 9])]),
      'long-labels-idx1-ubyte': LABELS,
      'header-images-idx3-ubyte': IMAGES.subarray(0, 10),
      'header-labels-idx1-ubyte': LABELS,
      'tiny-images-idx3-ubyte': IMAGES.subarray(0, 2),
      'tiny-labels-idx1-ubyte': LABELS,
      'count-images-idx3-ubyte': IMAGES,
      'count-labels-idx1-ubyte': idx(0x801, [2], [7, 1]),
      'badlabels-images-idx3-ubyte': IMAGES,
      'badlabels-labels-idx1-ubyte': IMAGES,
      'cut-images-idx3-ubyte.gz': gzipSync(IMAGES).subarray(0, 20),
      'cut-labels-idx1-ubyte': LABELS,
      'empty-images-idx3-ubyte': idx(0x803, [0, 28, 28], []),
      'empty-labels-idx1-ubyte': idx(0x801, [0], []),
      'digits.bin': IMAGES
    })
    const refusal = (file: string): Promise<unknown> => importIdxFile(join(folder, file))
    const path = (file: string): string => join(folder, file)
    await expectUserError(
      refusal('nolabels-images-idx3-ubyte'),
      `${path('nolabels-images-idx3-ubyte')}: no labels file beside it (looked for ${path('nolabels-labels-idx1-ubyte')} or ${path('nolabels-labels-idx1-ubyte.gz')})`
    )
    const cases: [string, string][] = [
      [
        'swapped-images-idx3-ubyte',
        'not an IDX images file (magic number 0x00000801, expected 0x00000803)'
      ],
      [
        'short-images-idx3-ubyte',
        'truncated: the header announces 3 images of 2×2 (28 bytes), but it holds 27'
      ],
      [
        'long-images-idx3-ubyte',
        '2 bytes after the 3 images of 2×2 the header announces; not a valid IDX file'
      ],
      ['header-images-idx3-ubyte', 'truncated: 10 bytes, shorter than the 16-byte header'],
      ['tiny-images-idx3-ubyte', 'not an IDX images file (2 bytes, too short for a header)'],
      ['count-images-idx3-ubyte', `3 images but 2 labels in ${path('count-labels-idx1-ubyte')}`],
      ['cut-images-idx3-ubyte.gz', 'cannot unzip (unexpected end of file)'],
      ['empty-images-idx3-ubyte', 'holds no images (0 images of 28×28)'],
      [
        'digits.bin',
        "cannot find its labels file: an IDX images file's name has 'images-idx3' where its labels file's name has 'labels-idx1'"
      ]
    ]
    for (const [file, problem] of cases) {
      await expectUserError(refusal(file), `${path(file)}: ${problem}`)
    }
    await expectUserError(
      refusal('badlabels-images-idx3-ubyte'),
      `${path('badlabels-labels-idx1-ubyte')}: not an IDX labels file (magic number 0x00000803, expected 0x00000801)`
    )
  })

  it('refuses a folder whose pairs differ in size, and --image-size, which IDX images do not take', async () => {
    const folder = await folderWith('sizes', {
      'train-images-idx3-ubyte': IMAGES,
      'train-labels-idx1-ubyte': LABELS,
      't10k-images-idx3-ubyte': idx(0x803, [1, 1, 4], [1, 2, 3, 4]),
      't10k-labels-idx1-ubyte': idx(0x801, [1], [3])
    })
    await expectUserError(
      importIdxFolder(folder),
      `${join(folder, 't10k-images-idx3-ubyte')}: images are 1×4, but ${join(folder, 'train-images-idx3-ubyte')} has 2×2; the IDX files of a folder must share one size`
    )
    const pair = await folderWith('one-pair', {
      'x-images-idx3-ubyte': IMAGES,
      'x-labels-idx1-ubyte': LABELS
    })
    const plain = join(pair, 'x-images-idx3-ubyte')
    await expectUserError(
      importIdxFile(plain, { imageSize: { width: 4, height: 4 } }),
      '--image-size 4x4: IDX images are not resized, and these are 2x2'
    )
    expect((await importIdxFile(plain, { imageSize: { width: 2, height: 2 } })).rows).toBe(3)
  })
})

describe('importImageSource', () => {
  it('sends a labels file back to its images file, and names a missing path', async () => {
    const pair = await folderWith('labels', {
      'x-images-idx3-ubyte': IMAGES,
      'x-labels-idx1-ubyte': LABELS
    })
    const labels = join(pair, 'x-labels-idx1-ubyte')
    await expectUserError(
      importImageSource(labels),
      `${labels}: this is an IDX labels file; import the images file beside it (x-images-idx3-ubyte)`
    )
    await expectUserError(
      importImageSource(join(temp, 'nowhere')),
      `${join(temp, 'nowhere')}: no such file or folder`
    )
  })

  it('imports a folder of class subfolders as images', async () => {
    const dataset = await importImageSource('/work/shared/datasets/fashion-mnist-folders/small')
    expect(dataset.kind).toBe('images')
    expect(dataset.rows).toBe(300)
  })
})
