import type { NetworkSpec } from '@shared/model/network'

/** TeX of the quantities a step names; units 0-based in, shown 1-based as in the math (W^{(2)}_{12}). */
export interface StepSymbols {
  /** a(l)_j; l = 0 for the inputs. */
  a(layer: number, unit: number): string
  z(layer: number, unit: number): string
  b(layer: number, unit: number): string
  w(layer: number, unit: number, input: number): string
  target(unit: number): string
  delta(layer: number, unit: number): string
  /** ∂J/∂a(l)_j. */
  dJda(layer: number, unit: number): string
  /** ∂a/∂z of unit j: f′(z). */
  dadz(layer: number, unit: number): string
  /** ∂z(l)_j/∂W(l)[j][k] (which is a(l−1)_k). */
  dzdw(layer: number, unit: number, input: number): string
  dJdw(layer: number, unit: number, input: number): string
  dJdb(layer: number, unit: number): string
  /** The cost J of the sample. */
  cost: string
  /** The share of the cost from output unit j. */
  costTerm(unit: number): string
  /** A parameter after the update. */
  updated(parameter: string): string
}

const index = (unit: number) => `_{${unit + 1}}`
/** Row j and column k of a weight, 1-based; separated by a comma once either has two digits. */
const weightIndices = (unit: number, input: number) =>
  unit < 9 && input < 9 ? `${unit + 1}${input + 1}` : `${unit + 1},${input + 1}`
const partial = (of: string, by: string) => `\\frac{\\partial ${of}}{\\partial ${by}}`

/** The lab's own symbols (CONTRACTS.md notation): a^{(2)}_1, W^{(2)}_{11} (row j, column k), δ^{(1)}_2. */
export const LAB_SYMBOLS: StepSymbols = {
  a: (layer, unit) => `a^{(${layer})}${index(unit)}`,
  z: (layer, unit) => `z^{(${layer})}${index(unit)}`,
  b: (layer, unit) => `b^{(${layer})}${index(unit)}`,
  w: (layer, unit, input) => `W^{(${layer})}_{${weightIndices(unit, input)}}`,
  target: (unit) => `y${index(unit)}`,
  delta: (layer, unit) => `\\delta^{(${layer})}${index(unit)}`,
  dJda: (layer, unit) => partial('J', LAB_SYMBOLS.a(layer, unit)),
  dadz: (layer, unit) => `f'(${LAB_SYMBOLS.z(layer, unit)})`,
  dzdw: (layer, _unit, input) => LAB_SYMBOLS.a(layer - 1, input),
  dJdw: (layer, unit, input) => partial('J', LAB_SYMBOLS.w(layer, unit, input)),
  dJdb: (layer, unit) => partial('J', LAB_SYMBOLS.b(layer, unit)),
  cost: 'J',
  costTerm: (unit) => `\\ell${index(unit)}`,
  updated: (parameter) => `{${parameter}}^{\\text{new}}`
}

/** The file name of the textbook worked example's preset (resources/presets). */
export const TEXTBOOK_PRESET_FILE = 'textbook-2-2-2.model.json'

/** True for a path to the textbook worked example's preset. */
export function isTextbookPreset(path: string): boolean {
  return (
    path.replace(/\\/g, '/').endsWith(`/${TEXTBOOK_PRESET_FILE}`) || path === TEXTBOOK_PRESET_FILE
  )
}

/** True for a 2-2-2 network: the shape the textbook's names (i1, h1, o1, w1 … w8) fit. */
export function fitsTextbookNames(network: NetworkSpec): boolean {
  return (
    network.inputSize === 2 &&
    network.layers.length === 2 &&
    network.layers.every((layer) => layer.units === 2)
  )
}

const it = (text: string) => `\\mathit{${text}}`
/** The textbook's name of unit j of layer l: i1, h1, o1. */
const unitName = (layer: number, unit: number) => `${['i', 'h', 'o'][layer]}${unit + 1}`
const net = (layer: number, unit: number) => `${it('net')}_{${unitName(layer, unit)}}`
const out = (layer: number, unit: number) =>
  layer === 0 ? `i_{${unit + 1}}` : `${it('out')}_{${unitName(layer, unit)}}`
/** w1 … w4 into the hidden layer, w5 … w8 into the outputs, row by row. */
const weightName = (layer: number, unit: number, input: number) =>
  `w_{${(layer - 1) * 4 + unit * 2 + input + 1}}`
const total = `E_{${it('total')}}`

/**
 * The names Matt Mazur's "A Step by Step Backpropagation Example" gives the same quantities of
 * its 2-2-2 network: i1, net_h1, out_h1, w1 … w8, b1 and b2, E_total, δ_o1, and the chain rule's
 * factors ∂E_total/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5.
 */
export const TEXTBOOK_SYMBOLS: StepSymbols = {
  a: out,
  z: net,
  b: (layer) => `b_{${layer}}`,
  w: weightName,
  target: (unit) => `${it('target')}_{o${unit + 1}}`,
  delta: (layer, unit) => `\\delta_{${unitName(layer, unit)}}`,
  dJda: (layer, unit) => partial(total, out(layer, unit)),
  dadz: (layer, unit) => partial(out(layer, unit), net(layer, unit)),
  dzdw: (layer, unit, input) => partial(net(layer, unit), weightName(layer, unit, input)),
  dJdw: (layer, unit, input) => partial(total, weightName(layer, unit, input)),
  dJdb: (layer) => partial(total, `b_{${layer}}`),
  cost: total,
  costTerm: (unit) => `E_{o${unit + 1}}`,
  updated: (parameter) => `{${parameter}}^{+}`
}
