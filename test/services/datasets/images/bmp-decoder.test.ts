import { describe, expect, it } from 'vitest'
import { decodeBmp } from '../../../../src/main/services/datasets/images/bmp-decoder'
import { bmp24, bmp8 } from './fixtures'

/** A BMP with a 40-byte header and the given pixel bytes, bits per pixel and compression. */
function bmpWith(
  width: number,
  height: number,
  bitsPerPixel: number,
  extra: number[],
  pixels: number[],
  compression = 0
): Uint8Array {
  const offset = 54 + extra.length
  const bytes = new Uint8Array(offset + pixels.length)
  const view = new DataView(bytes.buffer)
  bytes.set([0x42, 0x4d])
  view.setUint32(10, offset, true)
  view.setUint32(14, 40, true)
  view.setInt32(18, width, true)
  view.setInt32(22, height, true)
  view.setUint16(28, bitsPerPixel, true)
  view.setUint32(30, compression, true)
  bytes.set(extra, 54)
  bytes.set(pixels, offset)
  return bytes
}

describe('decodeBmp', () => {
  it('decodes 24-bit pixels stored bottom-up as blue, green, red, rows padded to 4 bytes', () => {
    const pixels = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    expect(decodeBmp(bmp24(3, 2, pixels))).toEqual({
      data: Uint8Array.from(pixels),
      width: 3,
      height: 2,
      channels: 3
    })
  })

  it('decodes 8-bit palette indices', () => {
    const bitmap = decodeBmp(
      bmp8(
        2,
        2,
        [
          [10, 20, 30],
          [200, 100, 50]
        ],
        [0, 1, 1, 0]
      )
    )
    expect(Array.from(bitmap.data)).toEqual([10, 20, 30, 200, 100, 50, 200, 100, 50, 10, 20, 30])
  })

  it('decodes 1-bit pixels, most significant bit first, top-down when the height is negative', () => {
    const palette = [0, 0, 0, 0, 255, 255, 255, 0] // black, white (blue, green, red, unused)
    // Two rows of 3 pixels: 1 0 1 then 0 1 1, each row padded to 4 bytes.
    const bytes = bmpWith(3, -2, 1, palette, [0b10100000, 0, 0, 0, 0b01100000, 0, 0, 0])
    const bitmap = decodeBmp(bytes)
    expect(bitmap.height).toBe(2)
    expect(Array.from(bitmap.data).filter((_, index) => index % 3 === 0)).toEqual([
      255, 0, 255, 0, 255, 255
    ])
  })

  it('decodes 32-bit pixels with bit-field masks, alpha included', () => {
    const masks = [0x00ff0000, 0x0000ff00, 0x000000ff, 0xff000000].flatMap((mask) => [
      mask & 255,
      (mask >>> 8) & 255,
      (mask >>> 16) & 255,
      mask >>> 24
    ])
    const header = bmpWith(1, 1, 32, masks, [30, 20, 10, 128], 6)
    expect(decodeBmp(header)).toEqual({
      data: Uint8Array.from([10, 20, 30, 128]),
      width: 1,
      height: 1,
      channels: 4
    })
  })

  it('decodes 16-bit 5-5-5 pixels, scaling each 5-bit value to 0…255', () => {
    const value = (31 << 10) | (0 << 5) | 16 // red 31, green 0, blue 16
    const bitmap = decodeBmp(bmpWith(1, 1, 16, [], [value & 255, value >> 8, 0, 0]))
    expect(Array.from(bitmap.data)).toEqual([255, 0, Math.round((16 * 255) / 31)])
  })

  it('refuses what it cannot read, saying why', () => {
    expect(() => decodeBmp(new TextEncoder().encode('GIF89a and more bytes here'))).toThrow(
      'not a BMP file'
    )
    expect(() => decodeBmp(bmpWith(1, 1, 8, [], [0, 0, 0, 0], 1))).toThrow(
      'compressed BMP (compression method 1) is not supported'
    )
    expect(() => decodeBmp(bmpWith(1, 1, 2, [], [0, 0, 0, 0]))).toThrow(
      'BMP with 2 bits per pixel is not supported'
    )
    expect(() => decodeBmp(bmpWith(0, 1, 24, [], [0, 0, 0, 0]))).toThrow('BMP size 0×1 is empty')
    const image = bmp8(2, 1, [[1, 2, 3]], [0, 5])
    expect(() => decodeBmp(image)).toThrow('palette index 5 out of range')
  })
})
