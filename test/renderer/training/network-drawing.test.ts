import { describe, expect, it } from 'vitest'
import {
  connectionLines,
  drawingMetrics,
  inputPicture,
  networkLayout,
  STROKE_LEVELS,
  weightStroke
} from '@renderer/lib/training/network-drawing'

/** Issue 18: the live network drawing's geometry, line strokes and input pictures. */
describe('the live network drawing', () => {
  const metrics = { cell: 10, columnGap: 20, rowGap: 2 }

  it('centres each column on the tallest one', () => {
    const { spots, width, height } = networkLayout([2, 4, 1], metrics)
    expect(width).toBe(3 * 10 + 2 * 20)
    expect(height).toBe(4 * 12 - 2)
    expect(spots[1].map((spot) => spot.y)).toEqual([0, 12, 24, 36])
    expect(spots[0]).toEqual([
      { x: 0, y: 12 },
      { x: 0, y: 24 }
    ])
    expect(spots[2]).toEqual([{ x: 60, y: 18 }])
  })

  it('draws each weight from its input’s right edge to its unit’s left edge', () => {
    const { spots } = networkLayout([2, 1], metrics)
    const [first, second] = connectionLines(spots, [[[1, -2]]], metrics.cell)
    expect(first).toMatchObject({ layer: 1, from: 0, to: 0, weight: 1, x1: 10, y1: 5, x2: 30 })
    expect(second).toMatchObject({ from: 1, weight: -2, y1: 17, width: 6 })
    expect(first.width).toBeCloseTo(0.5 + 5.5 / 2, 12)
  })

  it('gives a zero weight the thinnest grey line, and smaller pictures to wide layers', () => {
    expect(weightStroke(0, 3)).toEqual({ width: 0.5, color: 'rgb(160, 160, 160)' })
    expect(drawingMetrics(16).cell).toBeLessThan(drawingMetrics(8).cell)
  })

  it('shows |w| in a few steps, so a small change leaves a line as it was', () => {
    expect(weightStroke(1, 4)).toEqual(weightStroke(1.01, 4.01))
    expect(weightStroke(-1, 4)).toEqual(weightStroke(-0.99, 4))
    const widths = new Set(
      Array.from({ length: 1001 }, (_, k) => weightStroke(k / 1000, 1).width.toFixed(6))
    )
    expect(widths.size).toBe(STROKE_LEVELS + 1)
  })

  it('pictures x₁ rising left to right and x₂ rising bottom to top', () => {
    const x = inputPicture(0, 2)
    const y = inputPicture(1, 2)
    expect(x.values).toEqual([-0.5, 0.5, -0.5, 0.5])
    expect(y.values).toEqual([-0.5, -0.5, 0.5, 0.5])
  })
})
