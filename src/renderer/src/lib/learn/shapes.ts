import type { TraceInspection } from '@shared/model/inspect'
import { NOTATIONS, type Notation } from './notation'

/**
 * How a matrix of the one-hidden-layer lesson is stored: `batch` matrices have one row per sample
 * in the lab's orientation and one column per sample in the course's and the derivation's,
 * `weights` are the same in all, `bias` is a vector (a column in the course's notes).
 */
export type ShapeKind = 'batch' | 'weights' | 'bias'

/** One matrix in the chosen notation: its symbol, shape and live values, and the lab's. */
export interface ShapeRow {
  id: string
  kind: ShapeKind
  /** The notation's symbol (TeX) and shape, symbolic (n_h, m, …) and in numbers. */
  symbol: string
  dims: string[]
  size: number[]
  /** Values in the notation's orientation (the lab's rows transposed for the others), from a trace. */
  values: number[][] | null
  /** The lab's symbol (TeX) and shape, for readers of another notation. */
  lab: { symbol: string; shape: string }
}

/** n_x, n_h, n_y and the batch m of the table. */
export interface ShapeDims {
  inputs: number
  hidden: number
  outputs: number
  samples: number
}

const transpose = (rows: number[][]): number[][] =>
  rows.length === 0 ? [] : rows[0].map((_, column) => rows.map((row) => row[column]))
const asColumn = (values: number[]): number[][] => values.map((value) => [value])

/** The widest matrix whose values the lesson prints. */
export const PRINTED_WIDTH = 8

/**
 * Whether a run's live values can be shown, from its architecture as the runs list names it
 * ("2-4-1", "30000-1 logistic regression"): `otherDepth` without exactly one hidden layer,
 * `tooWide` past PRINTED_WIDTH units or inputs, else null. Checked before tracing, so a wide
 * run's weights are never fetched for nothing.
 */
export function liveValuesProblem(architecture: string): 'otherDepth' | 'tooWide' | null {
  const widths = architecture.split(' ')[0].split('-').map(Number)
  if (widths.length !== 3 || widths.some((width) => !Number.isInteger(width))) return 'otherDepth'
  return Math.max(...widths) > PRINTED_WIDTH ? 'tooWide' : null
}

/** The dims a trace of a one-hidden-layer network shows (null for another depth). */
export function traceDims(trace: TraceInspection): ShapeDims | null {
  if (trace.layers.length !== 2) return null
  return {
    inputs: trace.inputs[0]?.length ?? 0,
    hidden: trace.layers[0].a[0]?.length ?? 0,
    outputs: trace.layers[1].a[0]?.length ?? 0,
    samples: trace.inputs.length
  }
}

type Layer = TraceInspection['layers'][number]

/** What a row of the table is, in the lab's numbering: which matrix of which layer. */
type Entry =
  | { id: string; kind: 'batch'; of: 'X' | 'Y' | 'Z' | 'A' | 'Delta'; layer: number }
  | { id: string; kind: 'weights'; of: 'W' | 'dW'; layer: number }
  | { id: string; kind: 'bias'; of: 'b' | 'db'; layer: number }

/** The forward pass, then the backward pass, of a one-hidden-layer network. */
const ENTRIES: Entry[] = [
  { id: 'X', kind: 'batch', of: 'X', layer: 0 },
  { id: 'W1', kind: 'weights', of: 'W', layer: 1 },
  { id: 'b1', kind: 'bias', of: 'b', layer: 1 },
  { id: 'Z1', kind: 'batch', of: 'Z', layer: 1 },
  { id: 'A1', kind: 'batch', of: 'A', layer: 1 },
  { id: 'W2', kind: 'weights', of: 'W', layer: 2 },
  { id: 'b2', kind: 'bias', of: 'b', layer: 2 },
  { id: 'Z2', kind: 'batch', of: 'Z', layer: 2 },
  { id: 'A2', kind: 'batch', of: 'A', layer: 2 },
  { id: 'Y', kind: 'batch', of: 'Y', layer: 2 },
  { id: 'dZ2', kind: 'batch', of: 'Delta', layer: 2 },
  { id: 'dW2', kind: 'weights', of: 'dW', layer: 2 },
  { id: 'db2', kind: 'bias', of: 'db', layer: 2 },
  { id: 'dZ1', kind: 'batch', of: 'Delta', layer: 1 },
  { id: 'dW1', kind: 'weights', of: 'dW', layer: 1 },
  { id: 'db1', kind: 'bias', of: 'db', layer: 1 }
]

/** An entry's symbol in a notation. */
function symbolOf(entry: Entry, n: Notation): string {
  if (entry.of === 'X' || entry.of === 'Y') return entry.of
  return n[entry.of](entry.layer)
}

/** An entry's values in a trace: batch matrices one row per sample (the lab's layout). */
function traced(entry: Entry, trace: TraceInspection): number[][] | number[] {
  if (entry.of === 'X') return trace.inputs
  if (entry.of === 'Y') return trace.targets
  const layer: Layer = trace.layers[entry.layer - 1]
  const values = {
    Z: layer.z,
    A: layer.a,
    Delta: layer.delta,
    W: layer.weights,
    dW: layer.weightGradients,
    b: layer.biases,
    db: layer.biasGradients
  }
  return values[entry.of]
}

/** An entry's shape: symbolic and in numbers in the notation, and the lab's as text. */
function shapeOf(
  entry: Entry,
  n: Notation,
  widths: { symbol: string; size: number }[],
  m: number
): { dims: string[]; size: number[]; lab: string } {
  const into = widths[entry.layer]
  const from = widths[Math.max(entry.layer - 1, 0)]
  if (entry.kind === 'weights')
    return {
      dims: [into.symbol, from.symbol],
      size: [into.size, from.size],
      lab: `${into.size} × ${from.size}`
    }
  if (entry.kind === 'bias')
    return n.id === 'course'
      ? { dims: [into.symbol, '1'], size: [into.size, 1], lab: `${into.size}` }
      : { dims: [into.symbol], size: [into.size], lab: `${into.size}` }
  return n.rowsAreSamples
    ? { dims: ['m', into.symbol], size: [m, into.size], lab: `${m} × ${into.size}` }
    : { dims: [into.symbol, 'm'], size: [into.size, m], lab: `${m} × ${into.size}` }
}

/** Traced values in the notation's orientation: batch matrices transposed, biases a column. */
function oriented(entry: Entry, n: Notation, values: number[][] | number[]): number[][] {
  if (entry.kind === 'bias') {
    const vector = values as number[]
    return n.rowsAreSamples ? [vector] : asColumn(vector)
  }
  const matrix = values as number[][]
  return entry.kind === 'batch' && !n.rowsAreSamples ? transpose(matrix) : matrix
}

/**
 * Every matrix of the forward and backward pass in notation `n` with its shape, and with a trace
 * of the same network (a one-hidden-layer run traced on m rows) its live values, in the
 * notation's orientation.
 */
export function shapeRows(
  dims: ShapeDims,
  n: Notation,
  trace: TraceInspection | null = null
): ShapeRow[] {
  const live = trace && traceDims(trace) ? trace : null
  const widths = [
    { symbol: n.inputs, size: dims.inputs },
    { symbol: n.hidden, size: dims.hidden },
    { symbol: n.outputs, size: dims.outputs }
  ]
  return ENTRIES.map((entry) => {
    const shape = shapeOf(entry, n, widths, dims.samples)
    return {
      id: entry.id,
      kind: entry.kind,
      symbol: symbolOf(entry, n),
      dims: shape.dims,
      size: shape.size,
      values: live ? oriented(entry, n, traced(entry, live)) : null,
      lab: { symbol: symbolOf(entry, NOTATIONS.lab), shape: shape.lab }
    }
  })
}

/** TeX of a small matrix of values with 3 significant digits. */
export function matrixTex(values: number[][]): string {
  const cell = (value: number) => String(Number(value.toPrecision(3)))
  return `\\begin{bmatrix} ${values.map((row) => row.map(cell).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`
}
