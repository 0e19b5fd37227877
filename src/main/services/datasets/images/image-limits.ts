import { UserError } from '../../../../shared/errors'
import { limitOf, overLimit } from '../../../../shared/limits'
import type { ImageSize } from './image-decoder'

/**
 * The bounds on image imports, checked from file headers before any pixel is decoded: pixels per
 * image (decoding needs them all, even to shrink the image) and input values per import (the
 * rows' Float32 array). Two 16,000² PNGs of 572 KB once took the whole machine's memory.
 */

/** Why an image of this size is not decoded, or null when it may be. */
export function oversizedImage(size: ImageSize): string | null {
  const pixels = size.width * size.height
  if (pixels <= limitOf('imagePixels')) return null
  return `${size.width}×${size.height} is ${pixels} pixels, ${overLimit('imagePixels')}`
}

/** Refuses an import whose rows would hold more input values than the limit. */
export function checkImportValues(
  source: string,
  rows: number,
  valuesPerRow: number,
  advice?: string
): void {
  const values = rows * valuesPerRow
  if (values <= limitOf('importValues')) return
  throw new UserError(
    `${source}: ${rows} images of ${valuesPerRow} values each make ${values} values, ${overLimit('importValues', advice)}`
  )
}
