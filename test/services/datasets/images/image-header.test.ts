import sharp, { type Sharp } from 'sharp'
import { describe, expect, it } from 'vitest'
import { readImageHeader } from '../../../../src/main/services/datasets/images/image-header'
import { bmp24 } from './fixtures'

/** An image of the given size and channels, encoded by `encode`. */
function encoded(
  width: number,
  height: number,
  channels: 1 | 3 | 4,
  encode: (image: Sharp) => Sharp
): Promise<Buffer> {
  const raw = { width, height, channels }
  const image = sharp(Buffer.alloc(width * height * channels, 77), { raw })
  return encode(channels === 1 ? image.toColourspace('b-w') : image).toBuffer()
}

describe('readImageHeader', () => {
  it.each([
    ['PNG, gray', 7, 5, 1, (image: Sharp) => image.png(), 'png', true],
    ['PNG, RGBA', 300, 2, 4, (image: Sharp) => image.png(), 'png', false],
    ['JPEG, baseline', 33, 17, 3, (image: Sharp) => image.jpeg(), 'jpeg', false],
    [
      'JPEG, progressive',
      640,
      480,
      3,
      (image: Sharp) => image.jpeg({ progressive: true }),
      'jpeg',
      false
    ],
    ['JPEG, gray', 9, 12, 1, (image: Sharp) => image.jpeg(), 'jpeg', true],
    [
      'JPEG, with EXIF before the frame',
      21,
      13,
      3,
      (image: Sharp) =>
        image.jpeg().withMetadata({ exif: { IFD0: { Copyright: 'x'.repeat(500) } } }),
      'jpeg',
      false
    ],
    ['GIF', 65, 3, 3, (image: Sharp) => image.gif(), 'gif', false],
    ['WebP, lossy (VP8)', 101, 37, 3, (image: Sharp) => image.webp(), 'webp', false],
    [
      'WebP, lossless (VP8L)',
      16383,
      2,
      3,
      (image: Sharp) => image.webp({ lossless: true }),
      'webp',
      false
    ],
    ['WebP, with alpha (VP8X)', 50, 60, 4, (image: Sharp) => image.webp(), 'webp', false]
  ] as const)(
    'reads the size of a %s file',
    async (_, width, height, channels, encode, format, grayscale) => {
      const bytes = await encoded(width, height, channels, encode)
      expect(readImageHeader(bytes)).toEqual({ format, width, height, grayscale })
    }
  )

  it('reads BMP sizes, top-down ones too', () => {
    const bottomUp = bmp24(3, 2, new Array(18).fill(0))
    expect(readImageHeader(bottomUp)).toEqual({
      format: 'bmp',
      width: 3,
      height: 2,
      grayscale: false
    })
    const topDown = bottomUp.slice()
    new DataView(topDown.buffer).setInt32(22, -2, true)
    expect(readImageHeader(topDown)).toEqual({
      format: 'bmp',
      width: 3,
      height: 2,
      grayscale: false
    })
  })

  it('returns null for other bytes, and for cut-off or zero-sized headers', async () => {
    const png = await encoded(4, 4, 3, (image) => image.png())
    const tiff = await encoded(4, 4, 3, (image) => image.tiff())
    expect(readImageHeader(new TextEncoder().encode('not an image at all'))).toBeNull()
    expect(readImageHeader(tiff)).toBeNull()
    expect(readImageHeader(png.subarray(0, 20))).toBeNull()
    expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toBeNull()
    const empty = png.slice()
    new DataView(empty.buffer, empty.byteOffset).setUint32(16, 0)
    expect(readImageHeader(empty)).toBeNull()
  })
})
