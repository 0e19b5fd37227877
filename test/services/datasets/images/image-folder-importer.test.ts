import { readFileSync } from 'node:fs'
import { cp, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importImageFolder } from '../../../../src/main/services/datasets/images/image-folder-importer'
import { UserError } from '../../../../src/shared/errors'
import {
  bmp24,
  bmp8,
  DATASETS,
  makeTempFolder,
  removeFolder,
  solid,
  writeBytes,
  writeImage
} from './fixtures'

const SMALL = `${DATASETS}/fashion-mnist-folders/small`
const DIRTY = `${DATASETS}/fashion-mnist-folders/dirty`
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

/** Row `row` of a dataset's features. */
function rowOf(features: Float32Array, featureCount: number, row: number): Float32Array {
  return features.subarray(row * featureCount, (row + 1) * featureCount)
}

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
    expect(dataset.notes).toEqual([])
    expect(dataset.targets).toBeNull()
    expect(dataset.rowLines).toBeNull()
    // The README: each file is named by its index in the t10k IDX file, and PNG is lossless.
    for (let row = 0; row < dataset.rows; row++) {
      const source = dataset.rowSources![row]
      const [folder, file] = source.split('/')
      expect(dataset.classes![dataset.labels![row]]).toBe(folder)
      const expected = Array.from(t10kImage(Number(file.slice(0, 5))), (byte) =>
        Math.fround(byte / 255)
      )
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
    expect(dataset.skipped).toEqual([
      {
        file: 'coat/00378-corrupt-truncated.png',
        reason: 'cannot decode (vipspng: libpng read error)'
      }
    ])
    const jpegs = 'bag/00467-rgb-120x90.jpg, sneaker/00402-rgb-56x56.jpg'
    expect(dataset.notes).toEqual([
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
    const meanError =
      sneaker.reduce((sum, value, index) => sum + Math.abs(value - original[index] / 255), 0) / 784
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
    expect(dataset.notes).toEqual([])
    expect(dataset.features.every((value) => value >= 0 && value <= 1)).toBe(true)
    // Every photo shows one fruit on a white background: the top-left pixel is near white.
    for (let row = 0; row < dataset.rows; row++) {
      expect(Math.min(...rowOf(dataset.features, 30000, row).subarray(0, 3))).toBeGreaterThan(0.85)
    }
  })
})

describe('pixel layout and formats', () => {
  it('flattens row-major (height, width, channel) with values / 255', async () => {
    const folder = join(temp, 'layout')
    // 3 wide, 2 high; every channel value distinct.
    const pixels = Array.from({ length: 18 }, (_, index) => index * 10 + 5)
    await writeImage(join(folder, 'a/one.png'), { width: 3, height: 2, channels: 3, pixels })
    await writeImage(join(folder, 'b/two.png'), solid(3, 2, [255, 0, 128]))
    const dataset = await importImageFolder(folder)
    expect(dataset.inputShape).toEqual([2, 3, 3])
    expect(dataset.featureNames).toEqual(
      ['0_0', '0_1', '0_2', '1_0', '1_1', '1_2'].flatMap((cell) =>
        ['r', 'g', 'b'].map((c) => `pixel_${cell}_${c}`)
      )
    )
    expect(Array.from(rowOf(dataset.features, 18, 0))).toEqual(
      pixels.map((value) => Math.fround(value / 255))
    )
    expect(Array.from(rowOf(dataset.features, 18, 1).subarray(0, 3))).toEqual([
      1,
      0,
      Math.fround(128 / 255)
    ])
    expect(dataset.notes).toEqual([])
  })

  it('reads PNG, WebP, GIF (first frame), TIFF, JPEG and BMP alike', async () => {
    const folder = join(temp, 'formats')
    const red = solid(4, 4, [255, 0, 0])
    const blue = solid(4, 4, [0, 0, 255])
    for (const name of ['a.png', 'b.webp', 'c.tif', 'd.jpg'])
      await writeImage(join(folder, 'red', name), red)
    await writeImage(join(folder, 'blue/a.gif'), blue)
    await writeBytes(join(folder, 'blue/b.bmp'), bmp24(4, 4, blue.pixels))
    await writeBytes(
      join(folder, 'blue/c.bmp'),
      bmp8(
        4,
        4,
        [
          [9, 9, 9],
          [0, 0, 255]
        ],
        new Array(16).fill(1)
      )
    )
    // An animated GIF: a blue first frame, then a red one.
    const frames = { ...solid(4, 8, [0, 0, 255]), pixels: [...blue.pixels, ...red.pixels] }
    const raw = { width: 4, height: 8, channels: 3 as const, pageHeight: 4 }
    await writeBytes(
      join(folder, 'blue/d.gif'),
      await sharp(Buffer.from(frames.pixels), { raw }).gif().toBuffer()
    )

    const dataset = await importImageFolder(folder)
    expect(dataset.skipped).toEqual([])
    expect(dataset.rowSources).toEqual([
      'blue/a.gif',
      'blue/b.bmp',
      'blue/c.bmp',
      'blue/d.gif',
      'red/a.png',
      'red/b.webp',
      'red/c.tif',
      'red/d.jpg'
    ])
    expect(dataset.inputShape).toEqual([4, 4, 3])
    for (let row = 0; row < dataset.rows; row++) {
      const expected = dataset.labels![row] === 0 ? [0, 0, 1] : [1, 0, 0]
      const values = rowOf(dataset.features, 48, row)
      for (let value = 0; value < 48; value++)
        expect(values[value]).toBeCloseTo(expected[value % 3], 1)
    }
  })
})

describe('files that are not images', () => {
  it('passes over hidden files silently and lists other files with the reason', async () => {
    const folder = join(temp, 'mixed')
    await writeImage(join(folder, 'cats/a.png'), solid(2, 2, [10]))
    await writeImage(join(folder, 'dogs/deep/er/b.png'), solid(2, 2, [20]))
    await writeImage(join(folder, 'dogs/.hidden/c.png'), solid(2, 2, [30]))
    await writeImage(join(folder, '.git/objects/d.png'), solid(2, 2, [30]))
    for (const name of ['cats/.DS_Store', 'cats/Thumbs.db', 'dogs/._b.png', 'dogs/desktop.ini']) {
      await writeBytes(join(folder, name), 'x')
    }
    await writeBytes(join(folder, 'cats/notes.txt'), 'hello')
    await writeBytes(join(folder, 'dogs/LICENSE'), 'MIT')
    await writeBytes(join(folder, 'README.md'), '# about')
    await writeImage(join(folder, 'loose.png'), solid(2, 2, [40]))
    await writeBytes(join(folder, 'cats/empty.png'), '')
    await writeBytes(join(folder, 'dogs/fake.jpg'), 'this is text, not a JPEG')
    await cp(`${DIRTY}/coat/00378-corrupt-truncated.png`, join(folder, 'dogs/cut.png'))
    const truncatedGif = sharp(Buffer.from(solid(8, 8, [1, 2, 3]).pixels), {
      raw: { width: 8, height: 8, channels: 3 }
    })
    const gif = await truncatedGif.gif().toBuffer()
    await writeBytes(join(folder, 'cats/cut.gif'), gif.subarray(0, gif.length >> 1))

    const calls: [number, number | null][] = []
    const dataset = await importImageFolder(
      folder,
      {},
      { onProgress: (...call) => calls.push(call) }
    )
    expect(dataset.rowSources).toEqual(['cats/a.png', 'dogs/deep/er/b.png'])
    // Progress counts the 6 image files in class folders, the broken ones too.
    expect(calls.at(-1)).toEqual([6, 6])
    expect(dataset.skipped).toEqual([
      {
        file: 'README.md',
        reason: 'not in a class folder (put images in one subfolder per class)'
      },
      {
        file: 'cats/cut.gif',
        reason:
          'cannot decode (Input buffer has corrupt header: gifload_buffer: Unexpected end of GIF source data)'
      },
      { file: 'cats/empty.png', reason: 'empty file' },
      { file: 'cats/notes.txt', reason: 'not an image file (.txt)' },
      { file: 'dogs/LICENSE', reason: 'not an image file (no extension)' },
      { file: 'dogs/cut.png', reason: 'cannot decode (vipspng: libpng read error)' },
      {
        file: 'dogs/fake.jpg',
        reason: 'not a readable image (Input buffer contains unsupported image format)'
      },
      { file: 'loose.png', reason: 'not in a class folder (put images in one subfolder per class)' }
    ])
  })

  it('names broken BMP files with the reason', async () => {
    const folder = join(temp, 'bad-bmp')
    const good = bmp24(2, 2, new Array(12).fill(200))
    await writeBytes(join(folder, 'a/good.bmp'), good)
    await writeBytes(join(folder, 'b/good.bmp'), good)
    await writeBytes(join(folder, 'a/short.bmp'), good.subarray(0, good.length - 1))
    const rle = good.slice()
    new DataView(rle.buffer).setUint32(30, 1, true) // compression: RLE8
    await writeBytes(join(folder, 'b/rle.bmp'), rle)
    const dataset = await importImageFolder(folder)
    expect(dataset.rows).toBe(2)
    expect(dataset.skipped).toEqual([
      { file: 'a/short.bmp', reason: 'cannot decode (truncated BMP pixel data)' },
      {
        file: 'b/rle.bmp',
        reason: 'cannot decode (compressed BMP (compression method 1) is not supported)'
      }
    ])
  })
})

describe('sizes', () => {
  it('resizes to the size most images share and says so', async () => {
    const folder = join(temp, 'sizes')
    for (const name of ['a/1.png', 'a/2.png', 'b/3.png'])
      await writeImage(join(folder, name), solid(4, 3, [50]))
    await writeImage(join(folder, 'b/wide.png'), solid(8, 3, [50]))
    await writeImage(join(folder, 'b/tall.png'), solid(4, 6, [50]))
    const dataset = await importImageFolder(folder)
    expect(dataset.inputShape).toEqual([3, 4, 1])
    expect(dataset.notes).toEqual([
      'resized 2 images to 4×3 (most share that size): b/tall.png, b/wide.png'
    ])
    for (const value of dataset.features) expect(value).toBeCloseTo(50 / 255, 5)
  })

  it('resizes to --image-size when given, and refuses a size that is no size', async () => {
    const folder = join(temp, 'sizes')
    const dataset = await importImageFolder(folder, { imageSize: { width: 2, height: 5 } })
    expect(dataset.inputShape).toEqual([5, 2, 1])
    expect(dataset.notes).toEqual([
      'resized 5 images to 2×5 (--image-size): a/1.png, a/2.png, b/3.png, b/tall.png, b/wide.png'
    ])
    await expectUserError(
      importImageFolder(folder, { imageSize: { width: 0, height: 28 } }),
      '--image-size: expected WxH with whole numbers from 1 to 4096, got 0x28'
    )
  })
})

describe('channels', () => {
  it('keeps 3 channels when some image has colour, and says which images were gray', async () => {
    const folder = join(temp, 'colour')
    await writeImage(join(folder, 'a/gray.png'), solid(2, 2, [100]))
    await writeImage(join(folder, 'b/red.png'), solid(2, 2, [200, 10, 10]))
    const dataset = await importImageFolder(folder)
    expect(dataset.inputShape).toEqual([2, 2, 3])
    expect(Array.from(rowOf(dataset.features, 12, 0).subarray(0, 3))).toEqual(
      new Array(3).fill(Math.fround(100 / 255))
    )
    expect(dataset.notes).toEqual([
      'kept 3 colour channels; the gray value of 1 image is repeated in r, g and b: a/gray.png'
    ])
  })

  it('converts to luma with --grayscale', async () => {
    const folder = join(temp, 'colour')
    const dataset = await importImageFolder(folder, { grayscale: true })
    expect(dataset.inputShape).toEqual([2, 2, 1])
    expect(dataset.featureNames).toEqual(['pixel_0_0', 'pixel_0_1', 'pixel_1_0', 'pixel_1_1'])
    expect(rowOf(dataset.features, 4, 0)[0]).toBe(Math.fround(100 / 255))
    expect(rowOf(dataset.features, 4, 1)[0]).toBeCloseTo(
      (0.299 * 200 + 0.587 * 10 + 0.114 * 10) / 255,
      6
    )
    expect(dataset.notes).toEqual([
      'converted 1 colour image to grayscale (--grayscale) as luma 0.299 R + 0.587 G + 0.114 B: b/red.png'
    ])
  })

  it('stores RGB files whose pixels are all gray as one channel', async () => {
    const folder = join(temp, 'rgb-gray')
    await writeImage(join(folder, 'a/1.png'), solid(2, 2, [70, 70, 70]))
    await writeImage(join(folder, 'b/2.webp'), solid(2, 2, [90, 90, 90]))
    const dataset = await importImageFolder(folder)
    expect(dataset.inputShape).toEqual([2, 2, 1])
    expect(Array.from(dataset.features)).toEqual(
      [70, 70, 70, 70, 90, 90, 90, 90].map((v) => Math.fround(v / 255))
    )
    expect(dataset.notes).toEqual([
      'converted to grayscale (1 channel): every image has r = g = b in every pixel'
    ])
  })

  it('drops alpha, keeping the stored colour of transparent pixels, and says so', async () => {
    const folder = join(temp, 'alpha')
    const pixels = [255, 0, 0, 255, 0, 255, 0, 0, 0, 0, 255, 128, 9, 9, 9, 255]
    await writeImage(join(folder, 'a/see-through.png'), {
      width: 2,
      height: 2,
      channels: 4,
      pixels
    })
    await writeImage(join(folder, 'b/opaque.png'), solid(2, 2, [1, 2, 3, 255]))
    const dataset = await importImageFolder(folder)
    expect(dataset.inputShape).toEqual([2, 2, 3])
    const expected = [255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9].map((value) =>
      Math.fround(value / 255)
    )
    expect(Array.from(rowOf(dataset.features, 12, 0))).toEqual(expected)
    expect(dataset.notes).toEqual([
      'dropped the alpha channel of 1 image with transparent pixels (their stored colour is kept, not blended with a background): a/see-through.png'
    ])
  })
})

describe('classes', () => {
  it('refuses a folder with one class folder', async () => {
    const folder = join(temp, 'photos')
    await writeImage(join(folder, 'apple/1.png'), solid(2, 2, [1]))
    await expectUserError(
      importImageFolder(folder),
      `${folder}: found 1 class folder (apple); an image dataset needs at least two, one subfolder per class`
    )
    await writeBytes(join(folder, 'pear/notes.txt'), 'no pears yet')
    await writeImage(join(folder, 'loose.png'), solid(2, 2, [1]))
    await expectUserError(
      importImageFolder(folder),
      `${folder}: found 1 class folder with images (apple); an image dataset needs at least two, one subfolder per class (without usable images: pear; 1 image lies directly in the folder)`
    )
  })

  it('refuses a folder of loose images, saying where they are', async () => {
    const folder = join(temp, 'loose')
    for (const name of ['1.png', '2.png']) await writeImage(join(folder, name), solid(2, 2, [1]))
    await expectUserError(
      importImageFolder(folder),
      `${folder}: found 0 class folders; an image dataset needs at least two, one subfolder per class (2 images lie directly in the folder)`
    )
  })

  it('leaves out class folders without usable images, with a note', async () => {
    const folder = join(temp, 'empty-class')
    await writeImage(join(folder, 'a/1.png'), solid(2, 2, [1]))
    await writeImage(join(folder, 'c/1.png'), solid(2, 2, [1]))
    await writeBytes(join(folder, 'b/readme.txt'), 'nothing here')
    await cp(`${DIRTY}/coat/00378-corrupt-truncated.png`, join(folder, 'broken/1.png'))
    const dataset = await importImageFolder(folder)
    expect(dataset.classes).toEqual(['a', 'c'])
    expect(Array.from(dataset.labels!)).toEqual([0, 1])
    expect(dataset.notes).toEqual(['left out class folders without usable images: b, broken'])
  })

  it('handles unicode folder and file names, sorted by code units', async () => {
    const folder = join(temp, 'animaux-ü')
    await writeImage(join(folder, '猫/tabby-ß.png'), solid(2, 2, [1]))
    await writeImage(join(folder, 'chien-é/🐕 rex.png'), solid(2, 2, [2]))
    await writeImage(join(folder, 'Chat/x.png'), solid(2, 2, [3]))
    const dataset = await importImageFolder(folder)
    expect(dataset.name).toBe('animaux-ü')
    expect(dataset.classes).toEqual(['Chat', 'chien-é', '猫'])
    expect(dataset.rowSources).toEqual(['Chat/x.png', 'chien-é/🐕 rex.png', '猫/tabby-ß.png'])
    expect(Array.from(dataset.labels!)).toEqual([0, 1, 2])
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
