import type { ModelFile } from '../../../shared/model/model-file'
import { encodeRgbPng } from './png'
import { escapeHtml } from './report-tables'

/** At most this many first-layer units are pictured. */
export const MAX_WEIGHT_PICTURES = 64
/** Pictures are scaled up by a whole factor to about this many pixels across. */
const PICTURE_SIZE = 64

/**
 * The first layer's weights of an image model as pictures, one per hidden unit: row j of W(1) laid
 * out as the input image (H, W, C). Each picture is scaled by its own largest |w|. One channel:
 * red for positive weights, blue for negative, white for 0. Three channels: the colour
 * 128 + 127·w/max|w| per channel. Other channel counts show the mean over channels in red/blue.
 * Returns an empty string for models whose input is not an image.
 */
export function weightPictures(model: ModelFile): string {
  const shape = model.inputShape
  const weights = model.layers[0].weights
  if (!shape || shape.length !== 3 || !weights) return ''
  const [height, width, channels] = shape
  const scale = Math.max(1, Math.floor(PICTURE_SIZE / Math.max(height, width)))
  const figures = weights.slice(0, MAX_WEIGHT_PICTURES).map((row, unit) => {
    const png = encodeRgbPng(width, height, unitColours(row, height * width, channels))
    const source = `data:image/png;base64,${Buffer.from(png).toString('base64')}`
    return `<figure class="unit"><img src="${source}" width="${width * scale}" height="${height * scale}" alt="weights into unit ${unit + 1}"><figcaption>unit ${unit + 1}</figcaption></figure>`
  })
  const shown =
    figures.length < weights.length ? ` (the first ${figures.length} of ${weights.length})` : ''
  return `<p>Weights into each unit of layer 1${escapeHtml(shown)}, laid out as the ${height}×${width}×${channels} input; each picture is scaled by its own largest |w|. ${
    channels === 3
      ? 'Colour: 128 + 127·w/max|w| per channel.'
      : 'Red: positive, blue: negative, white: 0.'
  }</p>\n<div class="weights">${figures.join('')}</div>`
}

/** RGB bytes of one unit's weights (row-major H, W, C). */
function unitColours(row: readonly number[], pixels: number, channels: number): Uint8Array {
  const largest = row.reduce((max, weight) => Math.max(max, Math.abs(weight)), 0) || 1
  const rgb = new Uint8Array(pixels * 3)
  for (let pixel = 0; pixel < pixels; pixel++) {
    const values = row
      .slice(pixel * channels, (pixel + 1) * channels)
      .map((weight) => weight / largest)
    if (channels === 3) {
      values.forEach((value, channel) => (rgb[pixel * 3 + channel] = Math.round(128 + 127 * value)))
    } else {
      rgb.set(diverging(values.reduce((sum, value) => sum + value, 0) / channels), pixel * 3)
    }
  }
  return rgb
}

/** v in [−1, 1] → white at 0, pure red at +1, pure blue at −1. */
function diverging(value: number): number[] {
  const fade = Math.round(255 * (1 - Math.abs(value)))
  return value >= 0 ? [255, fade, fade] : [fade, fade, 255]
}
