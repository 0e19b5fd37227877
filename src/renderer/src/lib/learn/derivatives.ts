import type { ElementwiseRecord } from '@shared/model/activations/activation-record'
import { ACTIVATION_CATALOGUE, HIDDEN_ACTIVATION_NAMES } from '@shared/model/activations/catalogue'
import { DEFAULT_ACTIVATION_SETTINGS } from '@shared/model/activations/activation-record'
import type { HiddenActivationName } from '@shared/model/network'

/** An activation of the deep-networks lesson, its derivative as TeX and as a function. */
export interface ActivationSlope {
  activation: HiddenActivationName
  /** f(z) and f′(z) in the lab's notation (z, with the leaky ReLU's α). */
  definition: string
  derivative: string
  /** f′(z) as the lab's engine takes it, z = 0 included (CONTRACTS.md section 1). */
  slope: (z: number) => number
}

/** f′ of an elementwise activation as a function of z alone, with the default settings. */
function slopeFunction(record: ElementwiseRecord): (z: number) => number {
  const settings = DEFAULT_ACTIVATION_SETTINGS
  return (z) => record.slope(z, record.value(z, settings), settings)
}

/**
 * Every hidden activation with its derivative, from the activation catalogue; ReLU and leaky ReLU
 * at exactly z = 0 as the lab takes them.
 */
export const ACTIVATION_SLOPES: readonly ActivationSlope[] = HIDDEN_ACTIVATION_NAMES.map(
  (activation) => {
    const record: ElementwiseRecord = ACTIVATION_CATALOGUE[activation]
    return {
      activation,
      definition: record.tex.definition(1),
      derivative: record.tex.derivative,
      slope: slopeFunction(record)
    }
  }
)

/** The inputs z at which the lesson's table evaluates each f′. */
export const SLOPE_POINTS = [-4, -1, 0, 1, 4] as const

/** f′ of one activation. */
export function slopeOf(activation: HiddenActivationName): (z: number) => number {
  return slopeFunction(ACTIVATION_CATALOGUE[activation])
}

/**
 * The largest factor f′ contributes to δ per layer for an activation, over the table's points and
 * z = 0: sigmoid 0.25, tanh 1, ReLU 1. A stack of L sigmoid layers multiplies δ by at most 0.25^L
 * (times the weights).
 */
export function largestSlope(activation: HiddenActivationName): number {
  const slope = slopeOf(activation)
  return Math.max(...SLOPE_POINTS.map(slope))
}
