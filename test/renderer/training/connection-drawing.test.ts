import { afterEach, describe, expect, it, vi } from 'vitest'
import { drawConnections, sameStrokes } from '@renderer/lib/training/connection-drawing'
import type { ConnectionLine } from '@renderer/lib/training/network-drawing'
import { capturePutImages, type CanvasLine } from '../support/canvas-images'

const line = (to: number, width: number, color: string): ConnectionLine => ({
  layer: 1,
  from: 0,
  to,
  weight: width,
  x1: 0,
  y1: 10,
  x2: 80,
  y2: 10 + 20 * to,
  width,
  color
})

/** The weight lines on one canvas (issue 18: no element per line to restyle at each redraw). */
describe('the weight lines on a canvas', () => {
  afterEach(() => {
    vi.restoreAllMocks()
    vi.unstubAllGlobals()
  })

  it('paints each line once with its stroke, the hovered one last over a halo', () => {
    const painted = new Map<HTMLCanvasElement, CanvasLine[]>()
    capturePutImages(painted)
    const canvas = document.createElement('canvas')
    const lines = [
      line(0, 2, 'rgb(1, 2, 3)'),
      line(1, 6, 'rgb(4, 5, 6)'),
      line(2, 2, 'rgb(1, 2, 3)')
    ]
    const options = { width: 100, height: 60, scale: 2, halo: 'rgb(9, 9, 9)' }
    drawConnections(canvas.getContext('2d')!, lines, { ...options, hovered: lines[1] })
    const ends = ({ x1, y1, x2, y2 }: CanvasLine | ConnectionLine) => [x1, y1, x2, y2]
    const shown = painted.get(canvas)!
    expect(shown.slice(0, 3).map(ends).sort()).toEqual(lines.map(ends).sort())
    for (const stroke of shown.slice(0, 3)) {
      const own = lines.find((l) => ends(l).join() === ends(stroke).join())!
      expect([stroke.color, stroke.width, stroke.alpha]).toEqual([own.color, own.width, 0.85])
    }
    expect(shown.slice(3).map((s) => [s.color, s.width, s.alpha, ...ends(s)])).toEqual([
      ['rgb(9, 9, 9)', 10, 0.5, ...ends(lines[1])],
      ['rgb(4, 5, 6)', 6, 1, ...ends(lines[1])]
    ])
    // Painted again: the canvas is cleared first, so nothing is drawn twice.
    drawConnections(canvas.getContext('2d')!, lines, options)
    expect(painted.get(canvas)).toHaveLength(3)
  })

  it('tells a new stroke from a new weight of the same stroke', () => {
    const lines = [line(0, 2, 'rgb(1, 2, 3)'), line(1, 6, 'rgb(4, 5, 6)')]
    expect(
      sameStrokes(
        lines,
        lines.map((l) => ({ ...l, weight: l.weight + 1e-3 }))
      )
    ).toBe(true)
    expect(sameStrokes(lines, [lines[0], { ...lines[1], width: 5.5 }])).toBe(false)
    expect(sameStrokes(lines, [lines[0], { ...lines[1], color: 'rgb(4, 5, 7)' }])).toBe(false)
    expect(sameStrokes(lines, lines.slice(1))).toBe(false)
  })
})
