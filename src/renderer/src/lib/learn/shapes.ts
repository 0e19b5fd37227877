import type { TraceInspection } from '@shared/model/inspect'

/**
 * How a matrix of the one-hidden-layer lesson is stored: `batch` matrices have one column per
 * sample in the course's notation and one row per sample in the lab's (the lab's is the
 * transpose), `weights` are the same in both, `bias` is a column in the course and a vector in
 * the lab.
 */
export type ShapeKind = 'batch' | 'weights' | 'bias'

/** One matrix: its symbols, its shape in the course's orientation, and live values if any. */
export interface ShapeRow {
  id: string
  /** The course's symbol and the lab's (TeX). */
  course: string
  lab: string
  kind: ShapeKind
  /** The shape in the course's orientation, symbolic (n_h, m, …) and in numbers. */
  dims: [string, string]
  size: [number, number]
  /** Values in the course's orientation (the lab's transposed back), from a trace. */
  values: number[][] | null
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

/**
 * Every matrix of the forward and backward pass with its shape, and with a trace of the same
 * network (a one-hidden-layer run traced on m rows) its live values.
 */
export function shapeRows(dims: ShapeDims, trace: TraceInspection | null = null): ShapeRow[] {
  const live = trace && traceDims(trace) ? trace : null
  const [hidden, output] = live ? live.layers : [null, null]
  const { inputs: nx, hidden: nh, outputs: ny, samples: m } = dims
  const rows: [
    string,
    string,
    string,
    ShapeKind,
    [string, string],
    [number, number],
    number[][] | null | undefined
  ][] = [
    ['X', 'X', 'a^{(0)}', 'batch', ['n_x', 'm'], [nx, m], live && transpose(live.inputs)],
    ['W1', 'W^{(1)}', 'W^{(1)}', 'weights', ['n_h', 'n_x'], [nh, nx], hidden?.weights],
    ['b1', 'b^{(1)}', 'b^{(1)}', 'bias', ['n_h', '1'], [nh, 1], hidden && asColumn(hidden.biases)],
    ['Z1', 'Z^{(1)}', 'z^{(1)}', 'batch', ['n_h', 'm'], [nh, m], hidden && transpose(hidden.z)],
    ['A1', 'A^{(1)}', 'a^{(1)}', 'batch', ['n_h', 'm'], [nh, m], hidden && transpose(hidden.a)],
    ['W2', 'W^{(2)}', 'W^{(2)}', 'weights', ['n_y', 'n_h'], [ny, nh], output?.weights],
    ['b2', 'b^{(2)}', 'b^{(2)}', 'bias', ['n_y', '1'], [ny, 1], output && asColumn(output.biases)],
    ['A2', 'A^{(2)}', 'a^{(2)}', 'batch', ['n_y', 'm'], [ny, m], output && transpose(output.a)],
    ['Y', 'Y', 'y', 'batch', ['n_y', 'm'], [ny, m], live && transpose(live.targets)],
    [
      'dZ2',
      'dZ^{(2)}',
      '\\delta^{(2)}',
      'batch',
      ['n_y', 'm'],
      [ny, m],
      output && transpose(output.delta)
    ],
    [
      'dW2',
      'dW^{(2)}',
      '\\partial J / \\partial W^{(2)}',
      'weights',
      ['n_y', 'n_h'],
      [ny, nh],
      output?.weightGradients
    ],
    [
      'db2',
      'db^{(2)}',
      '\\partial J / \\partial b^{(2)}',
      'bias',
      ['n_y', '1'],
      [ny, 1],
      output && asColumn(output.biasGradients)
    ],
    [
      'dZ1',
      'dZ^{(1)}',
      '\\delta^{(1)}',
      'batch',
      ['n_h', 'm'],
      [nh, m],
      hidden && transpose(hidden.delta)
    ],
    [
      'dW1',
      'dW^{(1)}',
      '\\partial J / \\partial W^{(1)}',
      'weights',
      ['n_h', 'n_x'],
      [nh, nx],
      hidden?.weightGradients
    ],
    [
      'db1',
      'db^{(1)}',
      '\\partial J / \\partial b^{(1)}',
      'bias',
      ['n_h', '1'],
      [nh, 1],
      hidden && asColumn(hidden.biasGradients)
    ]
  ]
  return rows.map(([id, course, lab, kind, symbolic, size, values]) => ({
    id,
    course,
    lab,
    kind,
    dims: symbolic,
    size,
    values: values ?? null
  }))
}

/** The lab's shape of a matrix as text: the transpose for batch matrices, a length for biases. */
export function labShape(row: ShapeRow): string {
  const [rows, cols] = row.size
  if (row.kind === 'batch') return `${cols} × ${rows}`
  return row.kind === 'bias' ? `${rows}` : `${rows} × ${cols}`
}

/** TeX of a small matrix of values with 3 significant digits. */
export function matrixTex(values: number[][]): string {
  const cell = (value: number) => String(Number(value.toPrecision(3)))
  return `\\begin{bmatrix} ${values.map((row) => row.map(cell).join(' & ')).join(' \\\\ ')} \\end{bmatrix}`
}
