import { divergingRgb } from './diverging'

/**
 * RGBA bytes of a matrix drawn one pixel per value (row-major, `rows` × `cols`), each value
 * coloured on the diverging scale from −limit to +limit.
 */
export function heatmapPixels(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  limit: number
): Uint8ClampedArray<ArrayBuffer> {
  const rgba = new Uint8ClampedArray(new ArrayBuffer(rows * cols * 4))
  for (let index = 0; index < rows * cols; index++) {
    const [red, green, blue] = divergingRgb(values[index] ?? 0, limit)
    rgba[index * 4] = red
    rgba[index * 4 + 1] = green
    rgba[index * 4 + 2] = blue
    rgba[index * 4 + 3] = 255
  }
  return rgba
}

/** A cell of a matrix drawing. */
export interface MatrixCell {
  row: number
  col: number
}

/**
 * The cell under a point of a matrix drawn `width` × `height` (CSS pixels, from its top-left),
 * or null outside it.
 */
export function cellAt(
  x: number,
  y: number,
  width: number,
  height: number,
  rows: number,
  cols: number
): MatrixCell | null {
  if (x < 0 || y < 0 || x >= width || y >= height || rows === 0 || cols === 0) return null
  return {
    row: Math.min(rows - 1, Math.floor((y / height) * rows)),
    col: Math.min(cols - 1, Math.floor((x / width) * cols))
  }
}

/** Largest drawn size of a matrix's cell. */
const MAX_CELL = 28
/** Rows are drawn at least this tall where the height allows, however narrow the columns. */
const MIN_ROW_HEIGHT = 6

/**
 * The CSS size to draw a rows × cols matrix at within `maxWidth` × `maxHeight`: cells as wide
 * as fit (at most MAX_CELL; below a pixel for very wide matrices, which the canvas scales down)
 * and as tall as wide, but at least MIN_ROW_HEIGHT tall while the height allows, so a single row
 * of 30,000 weights stays visible.
 */
export function heatmapSize(
  rows: number,
  cols: number,
  maxWidth: number,
  maxHeight = Infinity
): { width: number; height: number } {
  const cellWidth = Math.min(MAX_CELL, maxWidth / Math.max(1, cols))
  const fitHeight = maxHeight / Math.max(1, rows)
  const cellHeight = Math.min(MAX_CELL, fitHeight, Math.max(cellWidth, MIN_ROW_HEIGHT))
  return {
    width: Math.max(1, Math.round(cols * cellWidth)),
    height: Math.max(1, Math.round(rows * cellHeight))
  }
}
