import type { DecisionBoundary, NeuronPicture } from '@shared/model/live-run'

/** A colour as red, green, blue (0–255). */
export type Rgb = readonly [number, number, number]

/** The rectangle of input space a plot shows. */
export interface PlotFrame {
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** A data point of the plot: raw feature values, its class, and whether training saw it. */
export interface BoundaryPoint {
  x: number
  y: number
  label: number
  /** A regression row's target (absent for a class's point). */
  value?: number
  /** A validation or test row of the run shown (absent: a training row, or no run yet). */
  heldOut?: boolean
}

/** The points to draw: every training point, and the held-out ones only when asked for. */
export function shownPoints(
  points: readonly BoundaryPoint[],
  showHeldOut: boolean
): BoundaryPoint[] {
  return showHeldOut ? [...points] : points.filter((point) => !point.heldOut)
}

/** Class colours in label order (class 0 blue, class 1 orange, as the probability scale's ends). */
export const CLASS_COLORS: readonly Rgb[] = [
  [47, 111, 237],
  [232, 113, 10],
  [26, 138, 74],
  [198, 47, 47],
  [123, 79, 209],
  [140, 86, 75],
  [214, 71, 155],
  [107, 114, 128],
  [163, 160, 27],
  [18, 159, 176]
]

const WHITE: Rgb = [255, 255, 255]
/** How strongly a certain cell (P = 0 or 1) takes its class colour; the points stay visible on top. */
const CERTAIN_STRENGTH = 0.7
/** How strongly a cell of the class kind takes its class colour. */
const CLASS_STRENGTH = 0.4
/** How far the plot reaches past the data on each side (as main's boundary grid does). */
const MARGIN = 0.1

/** The colour `amount` of the way from `from` to `to` (0 to 1), rounded to whole values. */
export function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  // Channel by channel without a callback: it runs for every cell of every redraw.
  return [
    Math.round(from[0] + (to[0] - from[0]) * amount),
    Math.round(from[1] + (to[1] - from[1]) * amount),
    Math.round(from[2] + (to[2] - from[2]) * amount)
  ]
}

/** The colour of class `index` (the palette repeats after ten classes). */
export function classColor(index: number): Rgb {
  return CLASS_COLORS[((index % CLASS_COLORS.length) + CLASS_COLORS.length) % CLASS_COLORS.length]
}

/**
 * A diverging scale for P(class 1): white at 0.5, deepening towards class 0's blue as P falls
 * to 0 and towards class 1's orange as it rises to 1. Not-a-number shows as grey.
 */
export function probabilityColor(probability: number): Rgb {
  if (Number.isNaN(probability)) return [200, 200, 200]
  const p = Math.min(1, Math.max(0, probability))
  const strength = Math.abs(p - 0.5) * 2 * CERTAIN_STRENGTH
  return mix(WHITE, p < 0.5 ? classColor(0) : classColor(1), strength)
}

/**
 * The colour of a regression value on the same diverging scale, symmetric about 0: white at 0,
 * class 0's blue at −extent and below, class 1's orange at +extent and above (Playground draws its
 * regression surfaces so, on [−1, 1]).
 */
export function valueColor(value: number, extent: number): Rgb {
  if (Number.isNaN(value)) return probabilityColor(Number.NaN)
  return probabilityColor(0.5 + (0.5 * Math.max(-extent, Math.min(extent, value))) / extent)
}

/**
 * The half-width of the value scale: the largest |target| among the data's points, so that the
 * colours mean the same at every epoch and a point and the surface under it compare directly;
 * without points, the largest |ŷ| of the grid (1 when all are 0).
 */
export function valueExtent(
  points: readonly BoundaryPoint[],
  boundary: DecisionBoundary | null
): number {
  const largest = (values: readonly number[]) =>
    values.reduce(
      (most, value) => (Number.isFinite(value) ? Math.max(most, Math.abs(value)) : most),
      0
    )
  const fromPoints = largest(points.map((point) => point.value ?? 0))
  const extent = fromPoints > 0 ? fromPoints : largest(boundary?.values ?? [])
  return extent > 0 ? extent : 1
}

/** A point's fill: its target on the value scale, or its class's colour. */
export function pointColor(point: BoundaryPoint, extent: number): Rgb {
  return point.value === undefined ? classColor(point.label) : valueColor(point.value, extent)
}

/** A pale version of a class's colour, for the cells predicted as that class. */
export function classCellColor(index: number): Rgb {
  return mix(WHITE, classColor(index), CLASS_STRENGTH)
}

/**
 * The boundary grid as RGBA pixels, one per cell, top row first: the grid's rows run from yMin
 * upwards, an image's from the top down, so image row r shows grid row resolution − 1 − r.
 * `discretize` paints each probability cell by the class it predicts (P ≥ 0.5 is class 1), at the
 * scale's full strength, so only the border shows. A regression surface's cells take `valueColor`
 * over ±`extent`.
 */
export function boundaryPixels(
  boundary: DecisionBoundary,
  discretize = false,
  extent = 1
): Uint8ClampedArray<ArrayBuffer> {
  const { resolution, values, kind } = boundary
  const pixels = new Uint8ClampedArray(resolution * resolution * 4)
  for (let row = 0; row < resolution; row++) {
    const gridRow = resolution - 1 - row
    for (let column = 0; column < resolution; column++) {
      const value = values[gridRow * resolution + column]
      const shown = discretize && !Number.isNaN(value) ? (value >= 0.5 ? 1 : 0) : value
      const [red, green, blue] =
        kind === 'value'
          ? valueColor(value, extent)
          : kind === 'probability'
            ? probabilityColor(shown)
            : classCellColor(value)
      const offset = (row * resolution + column) * 4
      pixels[offset] = red
      pixels[offset + 1] = green
      pixels[offset + 2] = blue
      pixels[offset + 3] = 255
    }
  }
  return pixels
}

/** Where an input (x, y) lands on a plot of `width` × `height` pixels (y grows upwards). */
export function projectPoint(
  x: number,
  y: number,
  frame: PlotFrame,
  width: number,
  height: number
): { px: number; py: number } {
  return {
    px: ((x - frame.xMin) / (frame.xMax - frame.xMin)) * width,
    py: height - ((y - frame.yMin) / (frame.yMax - frame.yMin)) * height
  }
}

/** The frame around data with these per-feature minima and maxima (10 % margin, as main's grid). */
export function frameOfData(min: readonly number[], max: readonly number[]): PlotFrame {
  const pad = (axis: number) => Math.max((max[axis] - min[axis]) * MARGIN, 1e-6)
  return {
    xMin: min[0] - pad(0),
    xMax: max[0] + pad(0),
    yMin: min[1] - pad(1),
    yMax: max[1] + pad(1)
  }
}

/**
 * The colour of a neuron's output on the probability scale's two ends: for sigmoid and softmax
 * units a is already in [0, 1] (white at 0.5); for the others it is scaled by the picture's
 * largest |a|, white at 0, blue below and orange above.
 */
export function neuronPixels(picture: NeuronPicture): Uint8ClampedArray<ArrayBuffer> {
  const { resolution, values, activation } = picture
  const bounded = activation === 'sigmoid' || activation === 'softmax'
  const largest = values.reduce((most, value) => Math.max(most, Math.abs(value)), 0)
  const position = (value: number) =>
    bounded ? value : largest > 0 ? 0.5 + (0.5 * value) / largest : 0.5
  return boundaryPixels({
    xMin: 0,
    xMax: 1,
    yMin: 0,
    yMax: 1,
    resolution,
    values: values.map(position),
    kind: 'probability',
    epoch: 0,
    neurons: []
  })
}
