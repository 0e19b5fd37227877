/**
 * The three notations the lessons can be read in, as TeX symbol builders:
 * - `lab`: the lab's own (CONTRACTS.md section 1): layers l = 1 … L with a(0) = x, W(l) maps layer
 *   l − 1 to layer l, and a batch is stacked one row per sample, as in the lab's data files.
 * - `course`: Andrew Ng's course notes: W^[l], A^[0] = X, one column per sample, dZ/dW/db.
 * - `derivation`: the feed-forward derivation: layers 1 … n_l with layer 1 the input, s_l units in
 *   layer l, W(l) ∈ ℝ^{s_{l+1}×s_l} and b(l) ∈ ℝ^{s_{l+1}} map layer l to l + 1, columns as samples.
 * Layers are always given as the lab counts them (0 = the inputs); the derivation's activations
 * are one higher (its z(2) is the lab's z(1)), its weights and biases keep the same number.
 * In every notation i counts samples (a superscript, x^{(i)}) and j units or features (a
 * subscript, x_j).
 */
export const NOTATION_IDS = ['lab', 'course', 'derivation'] as const
export type NotationId = (typeof NOTATION_IDS)[number]

/** A unit or feature subscript (j, 1, 2…) or none. */
type Unit = number | string | undefined

export interface Notation {
  id: NotationId
  /** z, a and δ of layer l (lab numbering), of unit `unit` and sample `sample` when given. */
  z(l: number, unit?: Unit, sample?: string): string
  a(l: number, unit?: Unit, sample?: string): string
  delta(l: number, unit?: Unit, sample?: string): string
  /** W(l) of the lab's layer l, or its entry in row `row` and column `column` (1-based). */
  W(l: number, row?: number, column?: number): string
  b(l: number, unit?: Unit): string
  /** A batch of z, a or δ of layer l: m × units in the lab, units × m in the others. */
  Z(l: number): string
  A(l: number): string
  Delta(l: number): string
  /** ∂J/∂W(l) and ∂J/∂b(l) (the course writes dW^[l], db^[l]). */
  dW(l: number): string
  db(l: number): string
  /** Widths: the inputs, the hidden units and the outputs of a one-hidden-layer network. */
  inputs: string
  hidden: string
  outputs: string
  /** True when a batch has one row per sample (the lab), false when one column per sample. */
  rowsAreSamples: boolean
  /** The learning rate's letter. */
  rate: string
}

/** What sets a notation apart: how it writes layers, δ and gradients, its widths and its rate. */
interface Style {
  id: NotationId
  /** The superscript of the lab's layer l for z, a, δ and for W, b (without braces). */
  activationLayer(l: number): string
  weightLayer(l: number): string
  /** `delta`: δ, Δ and ∂J/∂W; `d`: the course's dz, dZ and dW. */
  derivatives: 'delta' | 'd'
  widths: [inputs: string, hidden: string, outputs: string]
  rowsAreSamples: boolean
  rate: string
}

function build(style: Style): Notation {
  const { activationLayer: layer, weightLayer: weight } = style
  const above = (l: number, sample?: string) => `^{${layer(l)}${sample ? `(${sample})` : ''}}`
  const below = (unit: Unit) => (unit === undefined ? '' : `_{${unit}}`)
  const entry = (row?: number, column?: number) =>
    row === undefined ? '' : `_{${row}${column ?? ''}}`
  const d = style.derivatives === 'd'
  const [inputs, hidden, outputs] = style.widths
  return {
    id: style.id,
    z: (l, unit, sample) => `z${above(l, sample)}${below(unit)}`,
    a: (l, unit, sample) => `a${above(l, sample)}${below(unit)}`,
    delta: (l, unit, sample) => `${d ? 'dz' : '\\delta'}${above(l, sample)}${below(unit)}`,
    W: (l, row, column) => `W^{${weight(l)}}${entry(row, column)}`,
    b: (l, unit) => `b^{${weight(l)}}${below(unit)}`,
    Z: (l) => `Z^{${layer(l)}}`,
    A: (l) => `A^{${layer(l)}}`,
    Delta: (l) => `${d ? 'dZ' : '\\Delta'}^{${layer(l)}}`,
    dW: (l) => (d ? `dW^{${weight(l)}}` : `\\partial J / \\partial W^{${weight(l)}}`),
    db: (l) => (d ? `db^{${weight(l)}}` : `\\partial J / \\partial b^{${weight(l)}}`),
    inputs,
    hidden,
    outputs,
    rowsAreSamples: style.rowsAreSamples,
    rate: style.rate
  }
}

export const NOTATIONS: Record<NotationId, Notation> = {
  lab: build({
    id: 'lab',
    activationLayer: (l) => `(${l})`,
    weightLayer: (l) => `(${l})`,
    derivatives: 'delta',
    widths: ['n_x', 'n_h', 'n_y'],
    rowsAreSamples: true,
    rate: '\\eta'
  }),
  course: build({
    id: 'course',
    activationLayer: (l) => `[${l}]`,
    weightLayer: (l) => `[${l}]`,
    derivatives: 'd',
    widths: ['n_x', 'n_h', 'n_y'],
    rowsAreSamples: false,
    rate: '\\alpha'
  }),
  derivation: build({
    id: 'derivation',
    activationLayer: (l) => `(${l + 1})`,
    weightLayer: (l) => `(${l})`,
    derivatives: 'delta',
    widths: ['s_1', 's_2', 's_3'],
    rowsAreSamples: false,
    rate: '\\alpha'
  })
}

/** The notation for an id, the lab's for anything else (a stored choice this version lacks). */
export function notationOf(id: unknown): Notation {
  return (NOTATION_IDS as readonly unknown[]).includes(id)
    ? NOTATIONS[id as NotationId]
    : NOTATIONS.lab
}

/** Per-notation values: `pick(n, { lab, course, derivation })`. */
export function pick<T>(n: Notation, choices: Record<NotationId, T>): T {
  return choices[n.id]
}

/**
 * What each notation's legend says once, in TeX (the same in every language): how layers are
 * counted, the forward step and the shapes.
 */
export const NOTATION_LEGENDS: Record<NotationId, string> = {
  lab: 'a^{(0)} = x, \\quad z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}, \\quad W^{(l)} \\in \\mathbb{R}^{\\text{units}(l) \\times \\text{units}(l-1)}, \\quad Z^{(l)} \\in \\mathbb{R}^{m \\times \\text{units}(l)} \\quad (l = 1, \\ldots, L)',
  course:
    'A^{[0]} = X, \\quad Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}, \\quad W^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times n^{[l-1]}}, \\quad Z^{[l]} \\in \\mathbb{R}^{n^{[l]} \\times m} \\quad (l = 1, \\ldots, L)',
  derivation:
    'a^{(1)} = x, \\quad z^{(l+1)} = W^{(l)} a^{(l)} + b^{(l)}, \\quad W^{(l)} \\in \\mathbb{R}^{s_{l+1} \\times s_l}, \\quad b^{(l)} \\in \\mathbb{R}^{s_{l+1}} \\quad (l = 1, \\ldots, n_l - 1)'
}
