import { userError } from '../../../../shared/errors'
import type { ImageSize } from './image-decoder'

/**
 * The size every image of a folder is stored at: `--image-size` when given (checked here), else
 * the size most images share (CONTRACTS.md section 3).
 */

export type { ImageSize }

/** Largest width or height `--image-size` accepts. */
export const MAX_IMAGE_SIDE = 4096

/** The size most of `sizes` share; a tie goes to the one that comes first. 1×1 when empty. */
export function mostCommonSize(sizes: readonly ImageSize[]): ImageSize {
  const tallies = new Map<string, { size: ImageSize; count: number }>()
  let best: { size: ImageSize; count: number } | null = null
  for (const { width, height } of sizes) {
    const key = `${width}x${height}`
    const tally = tallies.get(key) ?? { size: { width, height }, count: 0 }
    tally.count++
    tallies.set(key, tally)
    if (best === null || tally.count > best.count) best = tally
  }
  return best?.size ?? { width: 1, height: 1 }
}

/** `size` when both sides are whole numbers from 1 to MAX_IMAGE_SIDE; else a UserError. */
export function checkedImageSize(size: ImageSize): ImageSize {
  const valid = (side: number): boolean =>
    Number.isInteger(side) && side >= 1 && side <= MAX_IMAGE_SIDE
  if (!valid(size.width) || !valid(size.height)) {
    throw userError('images.badSize', { ...size, max: MAX_IMAGE_SIDE })
  }
  return size
}
