import { join } from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importImageFolder } from '../../../../src/main/services/datasets/images/image-folder-importer'
import {
  bmp24,
  bmp8,
  makeTempFolder,
  removeFolder,
  solid,
  writeBytes,
  writeImage
} from './fixtures'
import { expectUserError, rowOf } from './folder-import-support'
import { englishText } from '../../../../src/shared/messages'

let temp: string
beforeAll(async () => {
  temp = await makeTempFolder()
})
afterAll(() => removeFolder(temp))

describe('pixel layout and formats', () => {
  it('flattens row-major (height, width, channel), keeping the pixel bytes', async () => {
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
    expect(dataset.features).toBeInstanceOf(Uint8Array)
    expect(Array.from(rowOf(dataset.features, 18, 0))).toEqual(pixels)
    expect(Array.from(rowOf(dataset.features, 18, 1).subarray(0, 3))).toEqual([255, 0, 128])
    expect(dataset.notes.map(englishText)).toEqual([])
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
      const expected = dataset.labels![row] === 0 ? [0, 0, 255] : [255, 0, 0]
      const values = rowOf(dataset.features, 48, row)
      for (let value = 0; value < 48; value++)
        expect(Math.abs(values[value] - expected[value % 3])).toBeLessThan(13)
    }
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
    expect(dataset.notes.map(englishText)).toEqual([
      'resized 2 images to 4×3 (most share that size): b/tall.png, b/wide.png'
    ])
    for (const value of dataset.features) expect(value).toBe(50)
  })

  it('resizes to --image-size when given, and refuses a size that is no size', async () => {
    const folder = join(temp, 'sizes')
    const dataset = await importImageFolder(folder, { imageSize: { width: 2, height: 5 } })
    expect(dataset.inputShape).toEqual([5, 2, 1])
    expect(dataset.notes.map(englishText)).toEqual([
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
    expect(Array.from(rowOf(dataset.features, 12, 0).subarray(0, 3))).toEqual([100, 100, 100])
    expect(dataset.notes.map(englishText)).toEqual([
      'kept 3 colour channels; the gray value of 1 image is repeated in r, g and b: a/gray.png'
    ])
  })

  it('converts to luma with --grayscale, rounded to a byte', async () => {
    const folder = join(temp, 'colour')
    const dataset = await importImageFolder(folder, { grayscale: true })
    expect(dataset.inputShape).toEqual([2, 2, 1])
    expect(dataset.featureNames).toEqual(['pixel_0_0', 'pixel_0_1', 'pixel_1_0', 'pixel_1_1'])
    expect(rowOf(dataset.features, 4, 0)[0]).toBe(100)
    // 0.299 · 200 + 0.587 · 10 + 0.114 · 10 = 66.81
    expect(rowOf(dataset.features, 4, 1)[0]).toBe(67)
    expect(dataset.notes.map(englishText)).toEqual([
      'converted 1 colour image to grayscale (--grayscale) as luma 0.299 R + 0.587 G + 0.114 B: b/red.png'
    ])
  })

  it('stores RGB files whose pixels are all gray as one channel', async () => {
    const folder = join(temp, 'rgb-gray')
    await writeImage(join(folder, 'a/1.png'), solid(2, 2, [70, 70, 70]))
    await writeImage(join(folder, 'b/2.webp'), solid(2, 2, [90, 90, 90]))
    const dataset = await importImageFolder(folder)
    expect(dataset.inputShape).toEqual([2, 2, 1])
    expect(Array.from(dataset.features)).toEqual([70, 70, 70, 70, 90, 90, 90, 90])
    expect(dataset.notes.map(englishText)).toEqual([
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
    const expected = [255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9]
    expect(Array.from(rowOf(dataset.features, 12, 0))).toEqual(expected)
    expect(dataset.notes.map(englishText)).toEqual([
      'dropped the alpha channel of 1 image with transparent pixels (their stored colour is kept, not blended with a background): a/see-through.png'
    ])
  })
})
