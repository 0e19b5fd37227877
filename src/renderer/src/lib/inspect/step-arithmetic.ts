import type { NumberWriter } from '@shared/model/activations/activation-record'
import { activationRecord, settingsOf } from '@shared/model/activations/catalogue'
import { lossRecord } from '@shared/model/losses/catalogue'
import type { LayerSpec, LossName } from '@shared/model/network'
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

/** The step-through's numbers inside an activation's written arithmetic. */
const NUMBERS: NumberWriter = { exact: formatExact, operand }

/**
 * a = f(z) written out with the numbers, as the activation's record in the catalogue writes it:
 * σ(0.3775), max(0, -1.2), exp(z) / Σ exp(z).
 */
export function activationExpression(layer: LayerSpec, z: number, allZ: readonly number[]): string {
  const record = activationRecord(layer.activation)
  return record.kind === 'elementwise'
    ? record.written.value(z, settingsOf(layer), NUMBERS)
    : record.written(z, allZ, NUMBERS)
}

/**
 * f′(z) of one unit with how it follows from a = f(z), or null for a row-wise activation (softmax,
 * whose derivative couples every unit: δ comes from the fused a − y instead).
 */
export function derivativeOf(
  layer: LayerSpec,
  z: number,
  a: number
): { expression: string; value: number } | null {
  const record = activationRecord(layer.activation)
  if (record.kind === 'row-wise') return null
  const settings = settingsOf(layer)
  return {
    expression: record.written.slope(z, a, settings, NUMBERS),
    value: record.slope(z, a, settings)
  }
}

/** True when δ(L) = ∂L/∂z(L) is simply a − y (the engine's fused gradient). */
export function isFusedOutput(loss: LossName, output: LayerSpec): boolean {
  return lossRecord(loss).fusedActivation === output.activation
}

/** One output unit's share of the sample's loss, written out and computed. */
export function lossTerm(
  loss: LossName,
  a: number,
  y: number
): { expression: string; value: number } {
  const record = lossRecord(loss)
  return { expression: record.written.term(a, y, NUMBERS), value: record.term(a, y) }
}

/** ∂L/∂a of one output unit, written out and computed (for outputs without the fused gradient). */
export function lossGradient(
  loss: LossName,
  a: number,
  y: number
): { expression: string; value: number } {
  const record = lossRecord(loss)
  return { expression: record.written.gradient(a, y, NUMBERS), value: record.gradient(a, y) }
}
