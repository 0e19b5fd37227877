import sharp from 'sharp'
import { limitOf } from '../../../../shared/limits'
import { decodeBmp } from './bmp-decoder'
import { DecodeProblemError } from './decode-problem'
import type { ImageHeader } from './image-header'

/**
 * Decodes one image file's bytes to sRGB pixels of a given size, with sharp (libvips, on libuv's
 * thread pool, so several files decode at once) or, for BMP, with our own decoder and sharp
 * only to resize. GIFs give their first frame. Images already at the size are not resampled.
 */

/** sRGB bytes, row-major, `channels` per pixel (4 when the image has an alpha channel). */
export interface DecodedPixels {
  data: Uint8Array
  channels: 3 | 4
}

/** Image size in pixels. */
export interface ImageSize {
  width: number
  height: number
}

/** Decodes `bytes` (whose header was read already) to `size`; throws with the decoder's reason. */
export async function decodePixels(
  bytes: Uint8Array,
  header: ImageHeader,
  size: ImageSize
): Promise<DecodedPixels> {
  if (header.format === 'bmp') return decodeBitmapPixels(bytes, size)
  const needsResize = header.width !== size.width || header.height !== size.height
  // The header's size was checked against the limit; this stops a file whose header lies.
  let pipeline = sharp(bytes, { limitInputPixels: limitOf('imagePixels') }).toColourspace('srgb')
  if (needsResize) pipeline = pipeline.resize(size.width, size.height, { fit: 'fill' })
  const { data, info } = await pipeline.raw().toBuffer({ resolveWithObject: true })
  return checkedPixels(data, info.width, info.height, info.channels, size)
}

/**
 * What sharp's metadata says about a file `readImageHeader` does not know (TIFF, AVIF, …);
 * throws sharp's reason when it is no image at all.
 */
export async function readHeaderWithSharp(bytes: Uint8Array): Promise<ImageHeader> {
  const metadata = await sharp(bytes).metadata()
  // One or two channels: gray, or gray with alpha.
  return {
    format: 'other',
    width: metadata.width,
    height: metadata.height,
    grayscale: metadata.channels <= 2
  }
}

async function decodeBitmapPixels(bytes: Uint8Array, size: ImageSize): Promise<DecodedPixels> {
  const bitmap = decodeBmp(bytes)
  if (bitmap.width === size.width && bitmap.height === size.height) {
    return { data: bitmap.data, channels: bitmap.channels }
  }
  const raw = { width: bitmap.width, height: bitmap.height, channels: bitmap.channels }
  const { data, info } = await sharp(bitmap.data, { raw })
    .resize(size.width, size.height, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true })
  return checkedPixels(data, info.width, info.height, info.channels, size)
}

function checkedPixels(
  data: Uint8Array,
  width: number,
  height: number,
  channels: number,
  size: ImageSize
): DecodedPixels {
  if (width !== size.width || height !== size.height) {
    throw new DecodeProblemError({
      kind: 'decodedSize',
      width,
      height,
      expectedWidth: size.width,
      expectedHeight: size.height
    })
  }
  if (channels !== 3 && channels !== 4)
    throw new DecodeProblemError({ kind: 'decodedChannels', channels })
  return { data, channels }
}
