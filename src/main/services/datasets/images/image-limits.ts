import { userError } from '../../../../shared/errors'
import { formatLimit, LIMITS, limitOf } from '../../../../shared/limits'
import { message, type LabMessage } from '../../../../shared/messages'
import type { ImageSize } from './image-decoder'

/**
 * The bounds on image imports, checked from file headers before any pixel is decoded: pixels per
 * image (decoding needs them all, even to shrink the image) and input values per import (the
 * rows' pixel bytes). Two 16,000² PNGs of 572 KB once took the whole machine's memory.
 */

/** Why an image of this size is not decoded, or null when it may be. */
export function oversizedImage(size: ImageSize): LabMessage | null {
  const pixels = size.width * size.height
  if (pixels <= limitOf('imagePixels')) return null
  const { width, height } = size
  const limit = { bound: formatLimit('imagePixels'), env: LIMITS.imagePixels.env }
  return message('imageFile.tooManyPixels', { width, height, pixels, ...limit })
}

/** Refuses an import whose rows would hold more input values than the limit. */
export function checkImportValues(
  source: string,
  rows: number,
  valuesPerRow: number,
  smaller = false
): void {
  const values = rows * valuesPerRow
  if (values <= limitOf('importValues')) return
  throw userError('images.tooManyValues', {
    source,
    rows,
    perRow: valuesPerRow,
    values,
    bound: formatLimit('importValues'),
    env: LIMITS.importValues.env,
    smaller
  })
}
