import { DecodeProblemError } from './decode-problem'

/**
 * Decodes Windows BMP files, which sharp's prebuilt libvips cannot read (it has no ImageMagick
 * loader). Handles the uncompressed kinds that image tools write: 1, 4 and 8 bits per pixel with
 * a palette, 16 and 32 bits with or without bit-field masks, and 24 bits; bottom-up and top-down.
 * RLE-compressed and embedded JPEG/PNG bitmaps are refused with a reason.
 */

/** A decoded bitmap: sRGB bytes, row-major, `channels` per pixel (4 when it has alpha). */
export interface DecodedBitmap {
  data: Uint8Array
  width: number
  height: number
  channels: 3 | 4
}

const FILE_HEADER_SIZE = 14
const NO_COMPRESSION = 0
const BIT_FIELDS = 3
const ALPHA_BIT_FIELDS = 6

/** Decodes a BMP file; throws a DecodeProblemError saying what is wrong or unsupported. */
export function decodeBmp(bytes: Uint8Array): DecodedBitmap {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < FILE_HEADER_SIZE + 12 || bytes[0] !== 0x42 || bytes[1] !== 0x4d) {
    throw new DecodeProblemError({ kind: 'notBmp' })
  }
  const pixelOffset = view.getUint32(10, true)
  const infoSize = view.getUint32(14, true)
  const isCore = infoSize === 12
  if (!isCore && (infoSize < 40 || bytes.length < FILE_HEADER_SIZE + 40)) {
    throw new DecodeProblemError({ kind: 'bmpTruncated', part: 'header' })
  }
  const width = isCore ? view.getUint16(18, true) : view.getInt32(18, true)
  const signedHeight = isCore ? view.getInt16(20, true) : view.getInt32(22, true)
  const bitsPerPixel = view.getUint16(isCore ? 24 : 28, true)
  const compression = isCore ? NO_COMPRESSION : view.getUint32(30, true)
  const height = Math.abs(signedHeight)
  if (width <= 0 || height === 0) throw new DecodeProblemError({ kind: 'bmpEmpty', width, height })

  const masks = readMasks(view, bitsPerPixel, compression, infoSize)
  const rowStride = Math.floor((bitsPerPixel * width + 31) / 32) * 4
  if (pixelOffset + rowStride * height > bytes.length)
    throw new DecodeProblemError({ kind: 'bmpTruncated', part: 'pixels' })
  const channels = masks && masks[3] !== 0 ? 4 : 3
  const data = new Uint8Array(width * height * channels)
  const palette =
    bitsPerPixel <= 8 ? readPalette(bytes, infoSize, isCore, bitsPerPixel, view) : null

  for (let row = 0; row < height; row++) {
    // Rows are stored bottom-up unless the height is negative.
    const sourceRow = signedHeight > 0 ? height - 1 - row : row
    const rowStart = pixelOffset + sourceRow * rowStride
    for (let column = 0; column < width; column++) {
      const target = (row * width + column) * channels
      if (palette) {
        const bitOffset = column * bitsPerPixel
        const byte = bytes[rowStart + (bitOffset >> 3)]
        const index = (byte >> (8 - bitsPerPixel - (bitOffset & 7))) & ((1 << bitsPerPixel) - 1)
        if (index * 3 >= palette.length)
          throw new DecodeProblemError({ kind: 'bmpPaletteIndex', index })
        data[target] = palette[index * 3]
        data[target + 1] = palette[index * 3 + 1]
        data[target + 2] = palette[index * 3 + 2]
      } else if (masks) {
        const pixelStart = rowStart + column * (bitsPerPixel >> 3)
        const value =
          bitsPerPixel === 16 ? view.getUint16(pixelStart, true) : view.getUint32(pixelStart, true)
        for (let channel = 0; channel < channels; channel++) {
          data[target + channel] = maskedByte(value, masks[channel])
        }
      } else {
        // 24 bits: blue, green, red.
        const pixelStart = rowStart + column * 3
        data[target] = bytes[pixelStart + 2]
        data[target + 1] = bytes[pixelStart + 1]
        data[target + 2] = bytes[pixelStart]
      }
    }
  }
  return { data, width, height, channels }
}

/** Red, green, blue and alpha masks for 16- and 32-bit pixels, or null for 24 bits and palettes. */
function readMasks(
  view: DataView,
  bitsPerPixel: number,
  compression: number,
  infoSize: number
): number[] | null {
  if (
    compression !== NO_COMPRESSION &&
    compression !== BIT_FIELDS &&
    compression !== ALPHA_BIT_FIELDS
  ) {
    throw new DecodeProblemError({ kind: 'bmpCompressed', method: compression })
  }
  if (bitsPerPixel === 24 || bitsPerPixel <= 8) {
    if (![1, 4, 8, 24].includes(bitsPerPixel) || compression !== NO_COMPRESSION) {
      throw new DecodeProblemError({ kind: 'bmpBits', bits: bitsPerPixel })
    }
    return null
  }
  if (bitsPerPixel !== 16 && bitsPerPixel !== 32) {
    throw new DecodeProblemError({ kind: 'bmpBits', bits: bitsPerPixel })
  }
  if (compression === NO_COMPRESSION) {
    // Defaults: 5-5-5 for 16 bits; 8-8-8 with an unused top byte for 32 bits.
    return bitsPerPixel === 16 ? [0x7c00, 0x03e0, 0x001f, 0] : [0xff0000, 0x00ff00, 0x0000ff, 0]
  }
  // The masks follow a 40-byte header, or sit inside a larger (V2 and later) one.
  const maskStart = FILE_HEADER_SIZE + 40
  const hasAlphaMask = compression === ALPHA_BIT_FIELDS || infoSize >= 56
  return [0, 4, 8, 12].map((offset) =>
    offset === 12 && !hasAlphaMask ? 0 : view.getUint32(maskStart + offset, true)
  )
}

/** The palette as RGB triples (stored as blue, green, red and, except in core headers, one unused byte). */
function readPalette(
  bytes: Uint8Array,
  infoSize: number,
  isCore: boolean,
  bitsPerPixel: number,
  view: DataView
): Uint8Array {
  const declared = isCore ? 0 : view.getUint32(46, true)
  const count = declared > 0 ? Math.min(declared, 1 << bitsPerPixel) : 1 << bitsPerPixel
  const entrySize = isCore ? 3 : 4
  const start = FILE_HEADER_SIZE + infoSize
  if (start + count * entrySize > bytes.length)
    throw new DecodeProblemError({ kind: 'bmpTruncated', part: 'palette' })
  const palette = new Uint8Array(count * 3)
  for (let index = 0; index < count; index++) {
    const entry = start + index * entrySize
    palette[index * 3] = bytes[entry + 2]
    palette[index * 3 + 1] = bytes[entry + 1]
    palette[index * 3 + 2] = bytes[entry]
  }
  return palette
}

/** The masked bits of `value`, scaled to 0…255. */
function maskedByte(value: number, mask: number): number {
  if (mask === 0) return 0
  let shift = 0
  while (((mask >>> shift) & 1) === 0) shift++
  const maximum = mask >>> shift
  return Math.round((((value & mask) >>> shift) * 255) / maximum)
}
