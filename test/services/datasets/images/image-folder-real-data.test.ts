import { readFileSync } from 'node:fs'
import { cp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importImageFolder } from '../../../../src/main/services/datasets/images/image-folder-importer'
import { DATASETS, makeTempFolder, removeFolder } from './fixtures'
import { DIRTY, fileAndReason, rowOf } from './folder-import-support'
import { englishText } from '../../../../src/shared/messages'

const SMALL = `${DATASETS}/fashion-mnist-folders/small`
const FRUITS = `${DATASETS}/fruits360-apple-vs-other/photos`
const FASHION_CLASSES = [
  'ankle-boot',
  'bag',
  'coat',
  'dress',
  'pullover',
  'sandal',
  'shirt',
  'sneaker',
  't-shirt-top',
  'trouser'
]

/** Test image `index` of Fashion-MNIST's t10k IDX file, read with plain zlib: 784 bytes. */
const t10kImages = gunzipSync(readFileSync(`${DATASETS}/fashion-mnist/t10k-images-idx3-ubyte.gz`))
function t10kImage(index: number): Uint8Array {
  return t10kImages.subarray(16 + index * 784, 16 + (index + 1) * 784)
}

let temp: string
beforeAll(async () => {
  temp = await makeTempFolder()
})
afterAll(() => removeFolder(temp))

describe('real image folders', () => {
  it('imports fashion-mnist-folders/small: 300 gray 28×28 images whose pixels are the IDX bytes / 255', async () => {
    const dataset = await importImageFolder(SMALL)
    expect(dataset).toMatchObject({ kind: 'images', name: 'small', source: SMALL, rows: 300 })
    expect(dataset.inputShape).toEqual([28, 28, 1])
    expect(dataset.featureCount).toBe(784)
    expect(dataset.featureNames.slice(0, 3)).toEqual(['pixel_0_0', 'pixel_0_1', 'pixel_0_2'])
    expect(dataset.featureNames[783]).toBe('pixel_27_27')
    expect(dataset.classes).toEqual(FASHION_CLASSES)
    expect(dataset.skipped).toEqual([])
    expect(dataset.notes.map(englishText)).toEqual([])
    expect(dataset.targets).toBeNull()
    expect(dataset.rowLines).toBeNull()
    // The README: each file is named by its index in the t10k IDX file, and PNG is lossless.
    for (let row = 0; row < dataset.rows; row++) {
      const source = dataset.rowSources![row]
      const [folder, file] = source.split('/')
      expect(dataset.classes![dataset.labels![row]]).toBe(folder)
      const expected = Array.from(t10kImage(Number(file.slice(0, 5))))
      expect(Array.from(rowOf(dataset.features, 784, row))).toEqual(expected)
    }
    const perClass = FASHION_CLASSES.map(
      (_, index) => dataset.labels!.filter((label) => label === index).length
    )
    expect(perClass).toEqual(new Array(10).fill(30))
  })

  it('imports dirty/: names the corrupt PNG, resizes both JPEGs to 28×28 and keeps one channel', async () => {
    const dataset = await importImageFolder(DIRTY)
    expect(dataset.rows).toBe(102)
    expect(dataset.inputShape).toEqual([28, 28, 1])
    expect(dataset.skipped.map(fileAndReason)).toEqual([
      {
        file: 'coat/00378-corrupt-truncated.png',
        reason: 'cannot decode (vipspng: libpng read error)'
      }
    ])
    const jpegs = 'bag/00467-rgb-120x90.jpg, sneaker/00402-rgb-56x56.jpg'
    expect(dataset.notes.map(englishText)).toEqual([
      `resized 2 images to 28×28 (most share that size): ${jpegs}`,
      `converted to grayscale (1 channel): r = g = b in every pixel of the 2 colour images: ${jpegs}`
    ])
    const countOf = (name: string): number =>
      dataset.labels!.filter((label) => dataset.classes![label] === name).length
    expect([countOf('bag'), countOf('sneaker'), countOf('coat'), countOf('dress')]).toEqual([
      11, 11, 10, 10
    ])
    // The 56×56 JPEG is test image 402 upscaled; brought back to 28×28 it stays close to the original.
    const sneaker = rowOf(
      dataset.features,
      784,
      dataset.rowSources!.indexOf('sneaker/00402-rgb-56x56.jpg')
    )
    const original = t10kImage(402)
    let errorSum = 0
    sneaker.forEach((value, index) => (errorSum += Math.abs(value - original[index]) / 255))
    const meanError = errorSum / 784
    expect(meanError).toBeLessThan(0.03)
  })

  it('imports the fruit photos as 100×100 RGB, apple first (label 0)', async () => {
    const dataset = await importImageFolder(FRUITS)
    expect(dataset.rows).toBe(326)
    expect(dataset.inputShape).toEqual([100, 100, 3])
    expect(dataset.featureNames.slice(0, 4)).toEqual([
      'pixel_0_0_r',
      'pixel_0_0_g',
      'pixel_0_0_b',
      'pixel_0_1_r'
    ])
    expect(dataset.classes).toEqual(['apple', 'other'])
    expect(dataset.labels!.filter((label) => label === 0)).toHaveLength(164)
    expect(dataset.rowSources!.filter((source) => source.startsWith('apple/'))).toHaveLength(164)
    expect(dataset.labels![dataset.rowSources!.indexOf('other/peach_3_100.jpg')]).toBe(1)
    expect(dataset.skipped).toEqual([])
    expect(dataset.notes.map(englishText)).toEqual([])
    expect(dataset.features).toBeInstanceOf(Uint8Array)
    // Every photo shows one fruit on a white background: the top-left pixel is near white.
    for (let row = 0; row < dataset.rows; row++) {
      expect(Math.min(...rowOf(dataset.features, 30000, row).subarray(0, 3))).toBeGreaterThan(217)
    }
  })
})

describe('content hash, progress and cancellation', () => {
  it('gives the same hash for the same content anywhere, and a new one when a byte or a name changes', async () => {
    const copy = join(temp, 'small-copy')
    await cp(SMALL, copy, { recursive: true })
    const [original, copied] = await Promise.all([
      importImageFolder(SMALL),
      importImageFolder(copy, { name: 'x' })
    ])
    expect(copied.contentHash).toBe(original.contentHash)
    expect(original.contentHash).toMatch(/^[0-9a-f]{64}$/)
    const bytes = readFileSync(join(copy, 'bag/00030.png'))
    bytes[bytes.length - 1] ^= 1 // the IEND chunk's CRC: the image still decodes the same
    await writeFile(join(copy, 'bag/00030.png'), bytes)
    const changed = await importImageFolder(copy)
    expect(changed.contentHash).not.toBe(original.contentHash)
    await cp(join(copy, 'bag/00030.png'), join(copy, 'bag/renamed.png'))
    await rm(join(copy, 'bag/00030.png'))
    expect((await importImageFolder(copy)).contentHash).not.toBe(changed.contentHash)
  })

  it('reports progress as images decoded out of the total, ending at the total', async () => {
    const calls: [number, number | null][] = []
    await importImageFolder(FRUITS, {}, { onProgress: (done, total) => calls.push([done, total]) })
    expect(calls[0]).toEqual([0, 326])
    expect(calls.at(-1)).toEqual([326, 326])
    for (let index = 1; index < calls.length; index++) {
      expect(calls[index][0]).toBeGreaterThanOrEqual(calls[index - 1][0])
      expect(calls[index][1]).toBe(326)
    }
  })

  it('rejects with an AbortError when aborted during the import, or before it', async () => {
    const controller = new AbortController()
    let mostDone = 0
    const onProgress = (done: number): void => {
      mostDone = Math.max(mostDone, done)
      controller.abort()
    }
    const aborted = importImageFolder(FRUITS, {}, { onProgress, signal: controller.signal })
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' })
    expect(mostDone).toBeLessThan(326)
    await expect(
      importImageFolder(SMALL, {}, { signal: AbortSignal.abort() })
    ).rejects.toMatchObject({
      name: 'AbortError'
    })
  })
})
