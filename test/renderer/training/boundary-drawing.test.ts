import { describe, expect, it } from 'vitest'
import type { DecisionBoundary } from '@shared/model/live-run'
import {
  boundaryPixels,
  classCellColor,
  classColor,
  CLASS_COLORS,
  frameOfData,
  probabilityColor,
  neuronPixels,
  pointColor,
  projectPoint,
  shownPoints,
  valueColor,
  valueExtent
} from '@renderer/lib/training/boundary-drawing'

describe('heatmap colours', () => {
  it('is white at P = 0.5 and deepens towards class 0 (blue) and class 1 (orange)', () => {
    expect(probabilityColor(0.5)).toEqual([255, 255, 255])
    const [r0, , b0] = probabilityColor(0)
    const [r1, , b1] = probabilityColor(1)
    expect(b0).toBeGreaterThan(r0)
    expect(r1).toBeGreaterThan(b1)
    // 70 % of the way from white to class 0's colour (47, 111, 237).
    expect(probabilityColor(0)).toEqual([
      Math.round(255 - 0.7 * 208),
      Math.round(255 - 0.7 * 144),
      Math.round(255 - 0.7 * 18)
    ])
  })

  it('is equally certain at P and 1 − P, each towards its class, and deepens towards the ends', () => {
    // P = 0.2 and P = 0.8 both lie 0.3 from the middle: 0.6 · 70 % = 42 % of the way from white.
    const towards = (color: readonly number[]) =>
      color.map((channel) => Math.round(255 + (channel - 255) * 0.42))
    expect(probabilityColor(0.2)).toEqual(towards(CLASS_COLORS[0]))
    expect(probabilityColor(0.8)).toEqual(towards(CLASS_COLORS[1]))
    const distance = (p: number) =>
      255 * 3 - probabilityColor(p).reduce((sum, channel) => sum + channel, 0)
    expect(distance(0.2)).toBeLessThan(distance(0.1))
    expect(distance(0.8)).toBeLessThan(distance(0.9))
  })

  it('clamps out-of-range values and greys out NaN', () => {
    expect(probabilityColor(1.7)).toEqual(probabilityColor(1))
    expect(probabilityColor(-3)).toEqual(probabilityColor(0))
    expect(probabilityColor(NaN)).toEqual([200, 200, 200])
  })

  it('gives each class its colour, paler in the cells, repeating after ten', () => {
    expect(classColor(2)).toEqual(CLASS_COLORS[2])
    expect(classColor(12)).toEqual(CLASS_COLORS[2])
    expect(classCellColor(0)).toEqual([
      Math.round(255 - 0.4 * 208),
      Math.round(255 - 0.4 * 144),
      Math.round(255 - 0.4 * 18)
    ])
  })
})

describe('the heatmap image', () => {
  it('puts the grid’s top row (largest y) first', () => {
    // 2 × 2 grid, rows from yMin upwards: bottom row classes 0, 1; top row classes 2, 3.
    const boundary: DecisionBoundary = {
      xMin: 0,
      xMax: 1,
      yMin: 0,
      yMax: 1,
      resolution: 2,
      values: [0, 1, 2, 3],
      kind: 'class',
      epoch: 1,
      neurons: []
    }
    const pixels = boundaryPixels(boundary)
    const pixel = (row: number, column: number) =>
      Array.from(pixels.slice((row * 2 + column) * 4, (row * 2 + column) * 4 + 4))
    expect(pixel(0, 0)).toEqual([...classCellColor(2), 255])
    expect(pixel(0, 1)).toEqual([...classCellColor(3), 255])
    expect(pixel(1, 0)).toEqual([...classCellColor(0), 255])
    expect(pixel(1, 1)).toEqual([...classCellColor(1), 255])
  })

  it('maps probabilities through the diverging scale', () => {
    const boundary: DecisionBoundary = {
      xMin: 0,
      xMax: 1,
      yMin: 0,
      yMax: 1,
      resolution: 1,
      values: [0.5],
      kind: 'probability',
      epoch: 1,
      neurons: []
    }
    expect(Array.from(boundaryPixels(boundary))).toEqual([255, 255, 255, 255])
  })

  it('discretized, paints each cell its predicted class at full strength (P ≥ 0.5 is class 1)', () => {
    const boundary: DecisionBoundary = {
      xMin: 0,
      xMax: 1,
      yMin: 0,
      yMax: 1,
      resolution: 2,
      values: [0.49, 0.5, 0.02, NaN],
      kind: 'probability',
      epoch: 1,
      neurons: []
    }
    const pixels = boundaryPixels(boundary, true)
    const pixel = (row: number, column: number) =>
      Array.from(pixels.slice((row * 2 + column) * 4, (row * 2 + column) * 4 + 3))
    // Grid row 0 (P = 0.49, 0.5) is the image's bottom row.
    expect(pixel(1, 0)).toEqual(probabilityColor(0))
    expect(pixel(1, 1)).toEqual(probabilityColor(1))
    expect(pixel(0, 0)).toEqual(probabilityColor(0))
    expect(pixel(0, 1)).toEqual([200, 200, 200])
    // Without discretizing, P = 0.49 is nearly white.
    expect(Array.from(boundaryPixels(boundary).slice(8, 11))).toEqual(probabilityColor(0.49))
  })
})

describe('shown points', () => {
  const points = [
    { x: 0, y: 0, label: 0 },
    { x: 1, y: 1, label: 1, heldOut: true },
    { x: 2, y: 2, label: 1, heldOut: false }
  ]

  it('keeps every point, or only the training points when held-out ones are hidden', () => {
    expect(shownPoints(points, true)).toEqual(points)
    expect(shownPoints(points, false)).toEqual([points[0], points[2]])
  })
})

describe('point projection', () => {
  const frame = { xMin: -1, xMax: 3, yMin: 0, yMax: 10 }

  it('maps the frame’s corners to the plot’s corners, y upwards', () => {
    expect(projectPoint(-1, 0, frame, 400, 200)).toEqual({ px: 0, py: 200 })
    expect(projectPoint(3, 10, frame, 400, 200)).toEqual({ px: 400, py: 0 })
    expect(projectPoint(1, 2.5, frame, 400, 200)).toEqual({ px: 200, py: 150 })
  })

  it('frames data with a 10 % margin, as the boundary grid does', () => {
    expect(frameOfData([-1, 0], [3, 10])).toEqual({ xMin: -1.4, xMax: 3.4, yMin: -1, yMax: 11 })
  })
})

describe('neuron pictures', () => {
  const first = (pixels: Uint8ClampedArray, index: number) =>
    Array.from(pixels.slice(index * 4, index * 4 + 3))

  it('scales a tanh neuron by its largest |a|: white at 0, full blue at −max, full orange at +max', () => {
    // Grid rows run upwards, so grid cells 2, 3 are the image's first row.
    const pixels = neuronPixels({
      layer: 1,
      unit: 0,
      activation: 'tanh',
      resolution: 2,
      values: [-0.4, 0, 0.2, 0.4]
    })
    expect(first(pixels, 0)).toEqual(probabilityColor(0.75))
    expect(first(pixels, 1)).toEqual(probabilityColor(1))
    expect(first(pixels, 2)).toEqual(probabilityColor(0))
    expect(first(pixels, 3)).toEqual([255, 255, 255])
  })

  it('draws a sigmoid neuron on P’s own scale, and a silent neuron white', () => {
    const sigmoid = neuronPixels({
      layer: 2,
      unit: 0,
      activation: 'sigmoid',
      resolution: 1,
      values: [0.9]
    })
    expect(first(sigmoid, 0)).toEqual(probabilityColor(0.9))
    const silent = neuronPixels({
      layer: 1,
      unit: 1,
      activation: 'relu',
      resolution: 1,
      values: [0]
    })
    expect(first(silent, 0)).toEqual([255, 255, 255])
  })
})

describe('a regression model’s predicted surface (issue 18)', () => {
  const surface: DecisionBoundary = {
    xMin: 0,
    xMax: 1,
    yMin: 0,
    yMax: 1,
    resolution: 2,
    // Grid rows from yMin upwards: (−2, −0.6) then (0, 3).
    values: [-2, -0.6, 0, 3],
    kind: 'value',
    epoch: 1,
    neurons: []
  }

  it('colours ŷ on a scale symmetric about 0: white at 0, blue below, orange above, clamped', () => {
    expect(valueColor(0, 1.5)).toEqual([255, 255, 255])
    expect(valueColor(-1.5, 1.5)).toEqual(probabilityColor(0))
    expect(valueColor(1.5, 1.5)).toEqual(probabilityColor(1))
    expect(valueColor(-0.75, 1.5)).toEqual(probabilityColor(0.25))
    expect(valueColor(9, 1.5)).toEqual(probabilityColor(1))
  })

  it('paints each cell by its value, not as a probability or a class', () => {
    const pixels = boundaryPixels(surface, false, 2)
    const cell = (index: number) => Array.from(pixels.slice(index * 4, index * 4 + 3))
    // Image rows run from the top: the grid's upper row (0, 3) first.
    expect(cell(0)).toEqual(valueColor(0, 2))
    expect(cell(1)).toEqual(valueColor(3, 2))
    expect(cell(2)).toEqual(valueColor(-2, 2))
    expect(cell(3)).toEqual(valueColor(-0.6, 2))
    expect(cell(3)).not.toEqual(probabilityColor(-0.6))
  })

  it('takes its scale from the data’s targets, else from the grid; points filled with their targets', () => {
    const points = [
      { x: 0, y: 0, label: 0, value: -1.2 },
      { x: 1, y: 1, label: 0, value: 0.4 }
    ]
    expect(valueExtent(points, surface)).toBe(1.2)
    expect(valueExtent([], surface)).toBe(3)
    expect(valueExtent([], null)).toBe(1)
    expect(pointColor(points[0], 1.2)).toEqual(probabilityColor(0))
    expect(pointColor({ x: 0, y: 0, label: 1 }, 1.2)).toEqual(CLASS_COLORS[1])
  })
})
