import { DEFAULT_LEAKY_RELU_ALPHA, type HiddenActivationName } from '@shared/model/network'

/** An activation of the deep-networks lesson, its derivative as TeX and as a function. */
export interface ActivationSlope {
  activation: Exclude<HiddenActivationName, 'linear'>
  /** f(z) and f′(z) in the lab's notation (z, with the leaky ReLU's α). */
  definition: string
  derivative: string
  /** f′(z) as the lab's engine takes it, z = 0 included (CONTRACTS.md section 1). */
  slope: (z: number) => number
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** The hidden activations with their derivatives; ReLU and leaky ReLU at exactly z = 0 as the lab does. */
export const ACTIVATION_SLOPES: readonly ActivationSlope[] = [
  {
    activation: 'sigmoid',
    definition: '\\sigma(z) = \\dfrac{1}{1 + e^{-z}}',
    derivative: "\\sigma'(z) = \\sigma(z)\\,\\big(1 - \\sigma(z)\\big)",
    slope: (z) => sigmoid(z) * (1 - sigmoid(z))
  },
  {
    activation: 'tanh',
    definition: '\\tanh(z) = \\dfrac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
    derivative: "\\tanh'(z) = 1 - \\tanh^{2}(z)",
    slope: (z) => 1 - Math.tanh(z) ** 2
  },
  {
    activation: 'relu',
    definition: '\\operatorname{ReLU}(z) = \\max(0, z)',
    derivative:
      "\\operatorname{ReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}",
    slope: (z) => (z > 0 ? 1 : 0)
  },
  {
    activation: 'leaky-relu',
    definition: `\\operatorname{LeakyReLU}_{\\alpha}(z) = \\max(\\alpha z, z), \\quad \\alpha = ${DEFAULT_LEAKY_RELU_ALPHA}`,
    derivative:
      "\\operatorname{LeakyReLU}_{\\alpha}'(z) = \\begin{cases} 1 & z > 0 \\\\ \\alpha & z \\le 0 \\end{cases}",
    slope: (z) => (z > 0 ? 1 : DEFAULT_LEAKY_RELU_ALPHA)
  }
]

/** The inputs z at which the lesson's table evaluates each f′. */
export const SLOPE_POINTS = [-4, -1, 0, 1, 4] as const

/** f′ of one activation. */
export function slopeOf(activation: ActivationSlope['activation']): (z: number) => number {
  return ACTIVATION_SLOPES.find((entry) => entry.activation === activation)!.slope
}

/**
 * The largest factor f′ contributes to δ per layer for an activation, over the table's points and
 * z = 0: sigmoid 0.25, tanh 1, ReLU 1. A stack of L sigmoid layers multiplies δ by at most 0.25^L
 * (times the weights).
 */
export function largestSlope(activation: ActivationSlope['activation']): number {
  const slope = slopeOf(activation)
  return Math.max(...SLOPE_POINTS.map(slope))
}
