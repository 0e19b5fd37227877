import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import sharp, { type Sharp } from 'sharp'

/**
 * Hand-made image files with known pixels, for image-folder tests: PNG, WebP, GIF, TIFF and JPEG
 * encoded by sharp from raw bytes we choose, and BMP files written byte by byte here.
 */

/** The real sample datasets (see its README.md). */
export const DATASETS = '/work/shared/datasets'

/** Pixels we choose: `channels` values per pixel, row-major. */
export interface RawImage {
  width: number
  height: number
  channels: 1 | 2 | 3 | 4
  pixels: number[]
}

/** A fresh empty folder in the system's temp folder; remove it with `removeFolder`. */
export function makeTempFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'backprop-lab-images-'))
}

/** Removes a folder made by `makeTempFolder`. */
export function removeFolder(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true })
}

/** Writes `bytes` at `path`, creating its folders. */
export async function writeBytes(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, bytes)
}

/** Encodes `image` in the format named by `path`'s extension (lossless where the format can be). */
export async function writeImage(path: string, image: RawImage): Promise<void> {
  const raw = { width: image.width, height: image.height, channels: image.channels }
  // sharp writes one-channel input as RGB unless told the image is gray.
  const decoded = sharp(Buffer.from(image.pixels), { raw })
  const source = image.channels <= 2 ? decoded.toColourspace('b-w') : decoded
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase()
  const encoders: Record<string, () => Sharp> = {
    png: () => source.png(),
    webp: () => source.webp({ lossless: true }),
    gif: () => source.gif(),
    tif: () => source.tiff(),
    jpg: () => source.jpeg({ quality: 100 })
  }
  await writeBytes(path, await encoders[extension]().toBuffer())
}

/** A solid image of one colour. */
export function solid(width: number, height: number, color: number[]): RawImage {
  const channels = color.length as RawImage['channels']
  return {
    width,
    height,
    channels,
    pixels: Array.from({ length: width * height }, () => color).flat()
  }
}

/** A 24-bit bottom-up BMP (BITMAPINFOHEADER) of RGB `pixels` (row-major, top row first). */
export function bmp24(width: number, height: number, pixels: number[]): Uint8Array {
  const rowStride = Math.ceil((width * 3) / 4) * 4
  const bytes = bmpHeaders(width, height, 24, 0, rowStride * height)
  for (let row = 0; row < height; row++) {
    const stored = 54 + (height - 1 - row) * rowStride
    for (let column = 0; column < width; column++) {
      const [red, green, blue] = pixels.slice(
        (row * width + column) * 3,
        (row * width + column) * 3 + 3
      )
      bytes.set([blue, green, red], stored + column * 3)
    }
  }
  return bytes
}

/** An 8-bit palette BMP: `palette` holds RGB triples, `indices` one palette index per pixel. */
export function bmp8(
  width: number,
  height: number,
  palette: number[][],
  indices: number[]
): Uint8Array {
  const rowStride = Math.ceil(width / 4) * 4
  const paletteSize = palette.length * 4
  const bytes = bmpHeaders(width, height, 8, paletteSize, rowStride * height, palette.length)
  palette.forEach(([red, green, blue], index) => bytes.set([blue, green, red, 0], 54 + index * 4))
  for (let row = 0; row < height; row++) {
    const stored = 54 + paletteSize + (height - 1 - row) * rowStride
    bytes.set(indices.slice(row * width, (row + 1) * width), stored)
  }
  return bytes
}

function bmpHeaders(
  width: number,
  height: number,
  bitsPerPixel: number,
  paletteSize: number,
  pixelBytes: number,
  colorsUsed = 0
): Uint8Array {
  const pixelOffset = 54 + paletteSize
  const bytes = new Uint8Array(pixelOffset + pixelBytes)
  const view = new DataView(bytes.buffer)
  bytes.set([0x42, 0x4d]) // 'BM'
  view.setUint32(2, bytes.length, true)
  view.setUint32(10, pixelOffset, true)
  view.setUint32(14, 40, true) // BITMAPINFOHEADER
  view.setInt32(18, width, true)
  view.setInt32(22, height, true)
  view.setUint16(26, 1, true) // planes
  view.setUint16(28, bitsPerPixel, true)
  view.setUint32(34, pixelBytes, true)
  view.setUint32(46, colorsUsed, true)
  return bytes
}
