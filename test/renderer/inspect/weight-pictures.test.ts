import { describe, expect, it } from 'vitest'
import type { FlatMatrix, ImageShape } from '@shared/model/inspect'
import { divergingRgb } from '@renderer/lib/inspect/diverging'
import { pictureGrid, unitAt, weightPicture } from '@renderer/lib/inspect/weight-pictures'

/** RGBA of pixel (x, y) of a picture `width` wide. */
const pixelAt = (rgba: Uint8ClampedArray, width: number, x: number, y: number) =>
  Array.from(rgba.slice((y * width + x) * 4, (y * width + x) * 4 + 4))

describe('weight pictures', () => {
  it('reshapes a row of W(1) as H × W × C, row-major: input (y·W + x)·C + c is pixel (x, y), channel c', () => {
    const shape: ImageShape = { height: 2, width: 3, channels: 3 }
    const inputs = 2 * 3 * 3
    // Unit 1's weight on input (y·3 + x)·3 + c is (x − y)/4 on red, 0 on green and c/4·sign on blue.
    const values = new Array<number>(2 * inputs).fill(0)
    for (let y = 0; y < 2; y++)
      for (let x = 0; x < 3; x++) {
        const start = inputs + (y * 3 + x) * 3
        values[start] = (x - y) / 4
        values[start + 1] = 0
        values[start + 2] = -0.5
      }
    const weights: FlatMatrix = { rows: 2, cols: inputs, values }
    const picture = weightPicture(weights, 1, shape, 1)
    expect(picture).toHaveLength(2 * 3 * 4)
    // 128 ± 127·w: red grows with x − y, green stays mid-gray, blue is 128 − 63.5.
    expect(pixelAt(picture, 3, 0, 0)).toEqual([128, 128, 65, 255])
    expect(pixelAt(picture, 3, 2, 0)).toEqual([Math.round(128 + 127 * 0.5), 128, 65, 255])
    expect(pixelAt(picture, 3, 0, 1)).toEqual([Math.round(128 - 127 * 0.25), 128, 65, 255])
    // Unit 0 is all zeros: mid-gray everywhere.
    expect(pixelAt(weightPicture(weights, 0, shape, 1), 3, 1, 1)).toEqual([128, 128, 128, 255])
  })

  it('draws one channel on the diverging scale', () => {
    const shape: ImageShape = { height: 2, width: 2, channels: 1 }
    const weights: FlatMatrix = { rows: 1, cols: 4, values: [0.5, -1, 0, 1] }
    const picture = weightPicture(weights, 0, shape, 1)
    expect(pixelAt(picture, 2, 0, 0)).toEqual([...divergingRgb(0.5, 1), 255])
    expect(pixelAt(picture, 2, 1, 0)).toEqual([...divergingRgb(-1, 1), 255])
    expect(pixelAt(picture, 2, 0, 1)).toEqual([...divergingRgb(0, 1), 255])
    expect(pixelAt(picture, 2, 1, 1)).toEqual([...divergingRgb(1, 1), 255])
  })

  it('lays 128 pictures of 28 × 28 in a grid and finds the unit under the pointer', () => {
    const shape: ImageShape = { height: 28, width: 28, channels: 1 }
    const grid = pictureGrid(128, shape, 720)
    expect(grid.columns * grid.rows).toBeGreaterThanOrEqual(128)
    expect(grid.width).toBeLessThanOrEqual(720)
    const cell = 28 * grid.scale + grid.gap
    expect(unitAt(1, 1, grid, shape, 128)).toBe(0)
    expect(unitAt(cell + 1, 1, grid, shape, 128)).toBe(1)
    expect(unitAt(1, cell + 1, grid, shape, 128)).toBe(grid.columns)
    expect(unitAt(28 * grid.scale + 1, 1, grid, shape, 128)).toBeNull()
  })
})
