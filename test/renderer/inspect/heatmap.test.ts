import { describe, expect, it } from 'vitest'
import {
  divergingRgb,
  NEGATIVE_RGB,
  POSITIVE_RGB,
  rangeOf,
  symmetricLimit,
  ZERO_RGB
} from '@renderer/lib/inspect/diverging'
import { cellAt, heatmapPixels, heatmapSize } from '@renderer/lib/inspect/heatmap-image'

/** How far a colour is from the white of zero, channel by channel. */
const offset = (rgb: readonly number[]) => rgb.map((channel, index) => channel - ZERO_RGB[index])

describe('diverging colour scale', () => {
  it('runs from −limit to +limit with the larger |end| of the range, so 0 sits in the middle', () => {
    expect(symmetricLimit({ min: -0.2, max: 0.5 })).toBe(0.5)
    expect(symmetricLimit({ min: -3, max: 1 })).toBe(3)
    expect(symmetricLimit({ min: 0, max: 0 })).toBe(1)
    expect(rangeOf([0.3, -0.7, 0.1])).toEqual({ min: -0.7, max: 0.3 })
  })

  it('is white at 0, full blue at −limit and full red at +limit, clipped beyond', () => {
    expect(divergingRgb(0, 2)).toEqual(ZERO_RGB)
    expect(divergingRgb(-2, 2)).toEqual(NEGATIVE_RGB)
    expect(divergingRgb(2, 2)).toEqual(POSITIVE_RGB)
    expect(divergingRgb(-5, 2)).toEqual(NEGATIVE_RGB)
  })

  it('gives v and −v colours equally far from white, halfway at half the limit', () => {
    for (const value of [0.25, 0.5, 1.5]) {
      const up = offset(divergingRgb(value, 2))
      const down = offset(divergingRgb(-value, 2))
      const share = value / 2
      // Channels are whole numbers: within half a step of the exact share.
      up.forEach((channel, index) =>
        expect(
          Math.abs(channel - (POSITIVE_RGB[index] - ZERO_RGB[index]) * share)
        ).toBeLessThanOrEqual(0.5)
      )
      down.forEach((channel, index) =>
        expect(
          Math.abs(channel - (NEGATIVE_RGB[index] - ZERO_RGB[index]) * share)
        ).toBeLessThanOrEqual(0.5)
      )
    }
  })
})

describe('heatmap pixels', () => {
  it('draws a rows × cols matrix row-major, one RGBA pixel per value', () => {
    const pixels = heatmapPixels([1, 0, 0, -1, 0.5, 0], 2, 3, 1)
    const pixel = (row: number, col: number) =>
      Array.from(pixels.slice((row * 3 + col) * 4, (row * 3 + col) * 4 + 4))
    expect(pixels).toHaveLength(2 * 3 * 4)
    expect(pixel(0, 0)).toEqual([...POSITIVE_RGB, 255])
    expect(pixel(0, 1)).toEqual([...ZERO_RGB, 255])
    expect(pixel(1, 0)).toEqual([...NEGATIVE_RGB, 255])
    expect(pixel(1, 1)).toEqual([...divergingRgb(0.5, 1), 255])
  })

  it('finds the cell under the pointer, and none outside', () => {
    expect(cellAt(0, 0, 300, 100, 2, 3)).toEqual({ row: 0, col: 0 })
    expect(cellAt(299, 99, 300, 100, 2, 3)).toEqual({ row: 1, col: 2 })
    expect(cellAt(150, 49, 300, 100, 2, 3)).toEqual({ row: 0, col: 1 })
    expect(cellAt(300, 10, 300, 100, 2, 3)).toBeNull()
    expect(cellAt(-1, 10, 300, 100, 2, 3)).toBeNull()
  })

  it('sizes small matrices with square cells, wide ones to the width with rows still visible', () => {
    expect(heatmapSize(2, 2, 640, 360)).toEqual({ width: 56, height: 56 })
    expect(heatmapSize(128, 784, 640, 360)).toEqual({ width: 640, height: 360 })
    expect(heatmapSize(1, 30000, 640, 360)).toEqual({ width: 640, height: 6 })
    expect(heatmapSize(32, 4, 640, 360)).toEqual({ width: 112, height: 360 })
  })
})
