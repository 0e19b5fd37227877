/**
 * Pixels as model inputs (CONTRACTS.md section 3): flattened row-major (height, width, channels),
 * stored as the bytes they are, each standing for the value b / 255 in [0, 1] (see
 * engine/data-rows.ts). Shared by the image-folder and IDX importers.
 */

/** Feature names in input order: `pixel_<row>_<col>`, or `pixel_<row>_<col>_<r|g|b>` for colour. */
export function pixelFeatureNames(height: number, width: number, channels: 1 | 3): string[] {
  const names: string[] = []
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      if (channels === 1) names.push(`pixel_${row}_${column}`)
      else for (const channel of ['r', 'g', 'b']) names.push(`pixel_${row}_${column}_${channel}`)
    }
  }
  return names
}

/** What copying one image revealed about it. */
export interface PixelTraits {
  /** Some pixel has r ≠ g or g ≠ b. */
  hasColor: boolean
  /** Some pixel has alpha below 255 (its alpha is dropped; its colour is kept as stored). */
  hasTransparency: boolean
}

/**
 * Copies one decoded image (sRGB bytes, 3 or 4 channels per pixel) into `features` from
 * `offset`, with 3 channels or 1. One gray channel is the shared value of a gray pixel, and the
 * luma 0.299 R + 0.587 G + 0.114 B (ITU-R BT.601) of a coloured one, rounded to a byte as an
 * 8-bit gray image holds it.
 */
export function copyPixels(
  source: Uint8Array,
  sourceChannels: 3 | 4,
  features: Uint8Array,
  offset: number,
  targetChannels: 1 | 3
): PixelTraits {
  let hasColor = false
  let hasTransparency = false
  let target = offset
  for (let index = 0; index < source.length; index += sourceChannels) {
    const red = source[index]
    const green = source[index + 1]
    const blue = source[index + 2]
    const isGray = red === green && green === blue
    if (!isGray) hasColor = true
    if (sourceChannels === 4 && source[index + 3] < 255) hasTransparency = true
    if (targetChannels === 3) {
      features[target] = red
      features[target + 1] = green
      features[target + 2] = blue
      target += 3
    } else {
      features[target] = isGray ? red : Math.round(0.299 * red + 0.587 * green + 0.114 * blue)
      target += 1
    }
  }
  return { hasColor, hasTransparency }
}

/**
 * Moves the rows whose `decoded` flag is set together, in place, over the rows of files that
 * failed to decode; returns the array itself when none failed, else a copy of the kept rows.
 */
export function compactRows(
  features: Uint8Array,
  decoded: readonly unknown[],
  rowSize: number
): Uint8Array {
  let target = 0
  for (let row = 0; row < decoded.length; row++) {
    if (decoded[row] === null) continue
    if (target !== row) features.copyWithin(target * rowSize, row * rowSize, (row + 1) * rowSize)
    target++
  }
  return target === decoded.length ? features : features.slice(0, target * rowSize)
}
