import { describe, expect, it } from 'vitest'
import { PixelRows } from '../../../../src/main/services/datasets/images/pixel-rows'

/** An RGB image of `pixels` given as [r, g, b] triples. */
const rgb = (...pixels: [number, number, number][]) => Uint8Array.from(pixels.flat())

describe('PixelRows: one channel until an image shows colour', () => {
  it('keeps RGB files whose pixels are all gray as one byte per pixel', () => {
    const rows = new PixelRows('folder', 2, 2, 3)
    rows.put(1, rgb([7, 7, 7], [200, 200, 200]), 3)
    rows.put(0, rgb([0, 0, 0], [255, 255, 255]), 3)
    expect(rows.channels).toBe(1)
    expect([...rows.bytes]).toEqual([0, 255, 7, 200])
  })

  it('widens to three channels at the first colour image, the gray rows as r = g = b', () => {
    const rows = new PixelRows('folder', 3, 2, 3)
    rows.put(0, rgb([9, 9, 9], [40, 40, 40]), 3)
    // Row 2 is decoded before row 1 (several files decode at once).
    rows.put(2, Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 128]), 4)
    rows.put(1, rgb([11, 11, 11], [12, 12, 12]), 3)
    expect(rows.channels).toBe(3)
    expect([...rows.bytes]).toEqual([9, 9, 9, 40, 40, 40, 11, 11, 11, 12, 12, 12, 1, 2, 3, 4, 5, 6])
  })

  it('keeps one channel with luma when gray was asked for', () => {
    const rows = new PixelRows('folder', 1, 1, 1)
    const traits = rows.put(0, rgb([100, 50, 200]), 3)
    expect(rows.channels).toBe(1)
    // 0.299·100 + 0.587·50 + 0.114·200 = 82.15, rounded to a byte.
    expect([...rows.bytes]).toEqual([82])
    expect(traits.hasColor).toBe(true)
  })
})
