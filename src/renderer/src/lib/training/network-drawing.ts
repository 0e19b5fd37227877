import { INPUT_FEATURES, type InputFeatureName } from '@shared/model/input-features'
import type { NeuronPicture } from '@shared/model/live-run'
import { classColor, mix, type PlotFrame, type Rgb } from './boundary-drawing'

/**
 * The live network drawing of a 2-D run, as Playground draws it: a column per layer (the
 * inputs first: x and y, or the input features the model computes from them), a picture per neuron, and a line per weight whose thickness grows with |w| and
 * whose colour says its sign (orange positive, blue negative, as the pictures' scale).
 */

/** Where a neuron's picture sits: its top-left corner, in pixels of the drawing. */
export interface NeuronSpot {
  x: number
  y: number
}

/** A weight's line: from input `from` of layer `layer` (1-based) to its unit `to`. */
export interface ConnectionLine {
  layer: number
  from: number
  to: number
  weight: number
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
  color: string
}

/** A neuron's canvas: its layer, unit and activation, and its index among the neurons. */
export type NeuronCell = Pick<NeuronPicture, 'layer' | 'unit' | 'activation'> & { index: number }

/** The neurons in a column per layer, in order. */
export function neuronColumns(
  neurons: readonly NeuronPicture[]
): { layer: number; pictures: NeuronCell[] }[] {
  const columns = new Map<number, NeuronCell[]>()
  neurons.forEach(({ layer, unit, activation }, index) =>
    columns.set(layer, [...(columns.get(layer) ?? []), { layer, unit, activation, index }])
  )
  return [...columns.entries()].map(([layer, pictures]) => ({ layer, pictures }))
}

/** Sizes of the drawing: a picture's side, and the gaps between columns and between rows. */
export interface DrawingMetrics {
  cell: number
  columnGap: number
  rowGap: number
}

/** Pictures get smaller for wide layers, so 16 units stay about half a screen tall. */
export function drawingMetrics(largestLayer: number): DrawingMetrics {
  const cell = largestLayer > 8 ? 26 : 36
  return { cell, columnGap: 72, rowGap: 6 }
}

/**
 * The spot of every neuron, column by column (`sizes[0]` is the inputs), each column centred
 * on the tallest one, and the drawing's width and height.
 */
export function networkLayout(
  sizes: readonly number[],
  metrics: DrawingMetrics
): { spots: NeuronSpot[][]; width: number; height: number } {
  const { cell, columnGap, rowGap } = metrics
  const pitch = cell + rowGap
  const tallest = Math.max(...sizes)
  const spots = sizes.map((units, column) =>
    Array.from({ length: units }, (_, unit) => ({
      x: column * (cell + columnGap),
      y: ((tallest - units) / 2 + unit) * pitch
    }))
  )
  return {
    spots,
    width: sizes.length * cell + (sizes.length - 1) * columnGap,
    height: tallest * pitch - rowGap
  }
}

/** Thinnest and thickest line (px): the largest |w| of the network gets the thickest. */
const THINNEST = 0.5
const THICKEST = 6
const POSITIVE: Rgb = classColor(1)
const NEGATIVE: Rgb = classColor(0)

/**
 * Steps of |w| / largest |w| a line shows (width and colour): about a third of a pixel of width
 * each, finer than the eye follows on a moving drawing, and coarse enough that most lines keep
 * their attributes from one redraw to the next, so the page patches and repaints only the few
 * that change (the exact weight is the hover's).
 */
export const STROKE_LEVELS = 16

/**
 * A weight's stroke: width ∝ |w| / largest |w| in STROKE_LEVELS steps, orange for w > 0, blue
 * for w < 0, grey for 0.
 */
export function weightStroke(weight: number, largest: number): { width: number; color: string } {
  const exactShare = largest > 0 ? Math.min(1, Math.abs(weight) / largest) : 0
  const share = Math.round(exactShare * STROKE_LEVELS) / STROKE_LEVELS
  const [red, green, blue] =
    weight === 0
      ? [160, 160, 160]
      : mix([200, 200, 200], weight > 0 ? POSITIVE : NEGATIVE, 0.4 + 0.6 * share)
  return {
    width: THINNEST + (THICKEST - THINNEST) * share,
    color: `rgb(${red}, ${green}, ${blue})`
  }
}

/**
 * A line per weight W(l)[unit][input], from the right edge of its input's picture to the left
 * edge of its unit's, scaled against the largest |w| of the whole network.
 */
export function connectionLines(
  spots: readonly NeuronSpot[][],
  weights: readonly (readonly (readonly number[])[])[],
  cell: number
): ConnectionLine[] {
  const largest = weights.flat(2).reduce((most, w) => Math.max(most, Math.abs(w)), 0)
  return weights.flatMap((matrix, l) =>
    matrix.flatMap((row, to) =>
      row.map((weight, from) => {
        const start = spots[l][from]
        const end = spots[l + 1][to]
        return {
          layer: l + 1,
          from,
          to,
          weight,
          x1: start.x + cell,
          y1: start.y + cell / 2,
          x2: end.x,
          y2: end.y + cell / 2,
          ...weightStroke(weight, largest)
        }
      })
    )
  )
}

/**
 * The picture of input `axis` (0: x₁, 1: x₂) on the neurons' grid: the input itself over the
 * plane, rising from blue on one side to orange on the other.
 */
export function inputPicture(axis: 0 | 1, resolution: number): NeuronPicture {
  const values = Array.from({ length: resolution * resolution }, (_, cell) => {
    const index = axis === 0 ? cell % resolution : Math.floor(cell / resolution)
    return ((index + 0.5) / resolution) * 2 - 1
  })
  return { layer: 0, unit: axis, activation: 'linear', resolution, values }
}

/**
 * The picture of an input feature (input-features.ts) on the neurons' grid over the plot's
 * frame: f(x, y) at each cell's centre, row by row from yMin upwards, drawn like a linear unit
 * (scaled by its largest |value|).
 */
export function featurePicture(
  name: InputFeatureName,
  unit: number,
  frame: PlotFrame,
  resolution: number
): NeuronPicture {
  const f = INPUT_FEATURES[name].value as (x: number, y: number) => number
  const values = Array.from({ length: resolution * resolution }, (_, cell) => {
    const x = frame.xMin + (((cell % resolution) + 0.5) / resolution) * (frame.xMax - frame.xMin)
    const y =
      frame.yMin + ((Math.floor(cell / resolution) + 0.5) / resolution) * (frame.yMax - frame.yMin)
    return f(x, y)
  })
  return { layer: 0, unit, activation: 'linear', resolution, values }
}
