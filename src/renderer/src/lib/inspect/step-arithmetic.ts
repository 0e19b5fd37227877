import type { LayerSpec, LossName } from '@shared/model/network'
import { DEFAULT_LEAKY_RELU_ALPHA } from '@shared/model/network'
import { formatExact } from './number-format'

/** A number inside written-out arithmetic: negative ones in parentheses. */
export function operand(value: number): string {
  const text = formatExact(value)
  return value < 0 ? `(${text})` : text
}

/** The most terms a written-out sum shows before it leaves the small ones out. */
export const MAX_SUM_TERMS = 8
/** Terms shown of a sum too long to write out: the ones that contribute most. */
const SHOWN_TERMS = 4

/**
 * A sum of products written out, `0.15 × 0.05 + 0.2 × 0.1 + 0.35`: every term, in order, up to
 * MAX_SUM_TERMS; a longer one (an image's 784 pixels) shows its SHOWN_TERMS largest terms |w·x|
 * first and `…` for the rest (so the black pixels' zero terms never lead), with `plus` (e.g. a
 * bias) at the end.
 */
export function sumOfProducts(
  pairs: readonly (readonly [number, number])[],
  plus?: number
): string {
  const term = ([left, right]: readonly [number, number]) => `${operand(left)} × ${operand(right)}`
  const size = ([left, right]: readonly [number, number]) => Math.abs(left * right)
  const terms =
    pairs.length <= MAX_SUM_TERMS
      ? pairs.map(term)
      : [
          ...pairs
            .map((pair, index) => ({ pair, index }))
            .sort((a, b) => size(b.pair) - size(a.pair) || a.index - b.index)
            .slice(0, SHOWN_TERMS)
            .map(({ pair }) => term(pair)),
          '…'
        ]
  if (plus !== undefined) terms.push(operand(plus))
  return terms.join(' + ')
}

/** a = f(z) written out with the numbers: σ(0.3775), max(0, -1.2), exp(z) / Σ exp(z). */
export function activationExpression(layer: LayerSpec, z: number, allZ: readonly number[]): string {
  switch (layer.activation) {
    case 'sigmoid':
      return `σ(${formatExact(z)})`
    case 'tanh':
      return `tanh(${formatExact(z)})`
    case 'relu':
      return `max(0, ${formatExact(z)})`
    case 'leaky-relu':
      return `max(${formatExact(layer.alpha ?? DEFAULT_LEAKY_RELU_ALPHA)} × ${operand(z)}, ${formatExact(z)})`
    case 'linear':
      return formatExact(z)
    case 'softmax': {
      const top = Math.max(...allZ)
      const sum = allZ.reduce((total, value) => total + Math.exp(value - top), 0)
      return `exp(${operand(z)} - ${operand(top)}) / ${formatExact(sum)}`
    }
  }
}

/**
 * f′(z) of one unit with how it follows from a = f(z), or null for softmax (whose derivative
 * couples every unit: δ comes from the fused a − y instead).
 */
export function derivativeOf(
  layer: LayerSpec,
  z: number,
  a: number
): { expression: string; value: number } | null {
  switch (layer.activation) {
    case 'sigmoid':
      return { expression: `${formatExact(a)} × (1 - ${formatExact(a)})`, value: a * (1 - a) }
    case 'tanh':
      return { expression: `1 - ${operand(a)}²`, value: 1 - a * a }
    case 'relu':
      return { expression: `${formatExact(z)} ${z > 0 ? '>' : '≤'} 0`, value: z > 0 ? 1 : 0 }
    case 'leaky-relu': {
      const alpha = layer.alpha ?? DEFAULT_LEAKY_RELU_ALPHA
      return {
        expression: `${formatExact(z)} ${z > 0 ? '>' : '≤'} 0`,
        value: z > 0 ? 1 : alpha
      }
    }
    case 'linear':
      return { expression: '1', value: 1 }
    case 'softmax':
      return null
  }
}

/** The output activation whose pairing with a loss gives the fused gradient δ(L) = a − y. */
const FUSED_OUTPUT: Record<LossName, LayerSpec['activation']> = {
  'half-squared-error': 'linear',
  'binary-cross-entropy': 'sigmoid',
  'cross-entropy': 'softmax'
}

/** True when δ(L) = ∂L/∂z(L) is simply a − y (the engine's fused gradient). */
export function isFusedOutput(loss: LossName, output: LayerSpec): boolean {
  return FUSED_OUTPUT[loss] === output.activation
}

/** One output unit's share of the sample's loss, written out and computed. */
export function lossTerm(
  loss: LossName,
  a: number,
  y: number
): { expression: string; value: number } {
  switch (loss) {
    case 'half-squared-error':
      return {
        expression: `½ × (${formatExact(a)} - ${formatExact(y)})²`,
        value: 0.5 * (a - y) ** 2
      }
    case 'binary-cross-entropy':
      return {
        expression: `-[${formatExact(y)} × ln(${formatExact(a)}) + (1 - ${formatExact(y)}) × ln(1 - ${formatExact(a)})]`,
        value: -(y * Math.log(a) + (1 - y) * Math.log(1 - a))
      }
    case 'cross-entropy':
      return {
        expression: `-${operand(y)} × ln(${formatExact(a)})`,
        value: y === 0 ? 0 : -y * Math.log(a)
      }
  }
}

/** ∂L/∂a of one output unit, written out and computed (for outputs without the fused gradient). */
export function lossGradient(
  loss: LossName,
  a: number,
  y: number
): { expression: string; value: number } {
  switch (loss) {
    case 'half-squared-error':
      return { expression: `${formatExact(a)} - ${formatExact(y)}`, value: a - y }
    case 'binary-cross-entropy':
      return {
        expression: `(${formatExact(a)} - ${formatExact(y)}) / (${formatExact(a)} × (1 - ${formatExact(a)}))`,
        value: (a - y) / (a * (1 - a))
      }
    case 'cross-entropy':
      return { expression: `-${operand(y)} / ${formatExact(a)}`, value: -y / a }
  }
}
