import type { FlatMatrix, ImageShape } from '@shared/model/inspect'
import { divergingRgb } from './diverging'

/**
 * Row `unit` of W(1) drawn as a picture the shape of the input: the weight on input
 * (y · width + x) · channels + c (the row-major H, W, C flattening of the inputs) becomes
 * pixel (x, y), channel c. One channel: blue (negative) to red (positive) around white. Three
 * channels: each channel 128 ± 127 · w / limit, so a weight of 0 is mid-gray and the picture
 * shows which colour of which pixel pushes the unit up (the class templates of logistic
 * regression on photos).
 */
export function weightPicture(
  weights: FlatMatrix,
  unit: number,
  shape: ImageShape,
  limit: number
): Uint8ClampedArray<ArrayBuffer> {
  const { height, width, channels } = shape
  const rgba = new Uint8ClampedArray(new ArrayBuffer(height * width * 4))
  const offset = unit * weights.cols
  for (let pixel = 0; pixel < height * width; pixel++) {
    const start = offset + pixel * channels
    if (channels === 1) {
      const [red, green, blue] = divergingRgb(weights.values[start], limit)
      rgba.set([red, green, blue, 255], pixel * 4)
      continue
    }
    for (let channel = 0; channel < 3; channel++) {
      const value = weights.values[start + Math.min(channel, channels - 1)]
      rgba[pixel * 4 + channel] = Math.round(128 + (127 * value) / limit)
    }
    rgba[pixel * 4 + 3] = 255
  }
  return rgba
}

/** Where each unit's picture goes in a grid: `columns` pictures a row, `gap` pixels between. */
export interface PictureGrid {
  columns: number
  rows: number
  /** Canvas pixels per image pixel. */
  scale: number
  gap: number
  width: number
  height: number
}

/** Gap between pictures, in canvas pixels. */
const PICTURE_GAP = 4

/**
 * A grid for `units` pictures of `shape` within `maxWidth` canvas pixels: pictures scaled by a
 * whole factor (at least 1, at most 4), as many a row as fit.
 */
export function pictureGrid(units: number, shape: ImageShape, maxWidth: number): PictureGrid {
  const target = Math.max(1, Math.ceil(Math.sqrt(units)))
  const scale = Math.max(
    1,
    Math.min(4, Math.floor((maxWidth - PICTURE_GAP * (target - 1)) / (target * shape.width)))
  )
  const cell = shape.width * scale + PICTURE_GAP
  const columns = Math.max(1, Math.min(units, Math.floor((maxWidth + PICTURE_GAP) / cell)))
  const rows = Math.ceil(units / columns)
  return {
    columns,
    rows,
    scale,
    gap: PICTURE_GAP,
    width: columns * cell - PICTURE_GAP,
    height: rows * (shape.height * scale + PICTURE_GAP) - PICTURE_GAP
  }
}

/** The unit whose picture is under canvas point (x, y) of a grid, or null in a gap or past the end. */
export function unitAt(
  x: number,
  y: number,
  grid: PictureGrid,
  shape: ImageShape,
  units: number
): number | null {
  const cellWidth = shape.width * grid.scale + grid.gap
  const cellHeight = shape.height * grid.scale + grid.gap
  const column = Math.floor(x / cellWidth)
  const row = Math.floor(y / cellHeight)
  if (x < 0 || y < 0 || column >= grid.columns) return null
  if (x - column * cellWidth >= shape.width * grid.scale) return null
  if (y - row * cellHeight >= shape.height * grid.scale) return null
  const unit = row * grid.columns + column
  return unit < units ? unit : null
}
