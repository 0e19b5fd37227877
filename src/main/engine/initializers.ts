import type { InitName } from '../../shared/model/network'
import type { Rng } from './rng'
import type { FloatArray } from './tensor/matrix'

/** Fills a layer's weight array (fanOut × fanIn) with starting values. */
export type Initializer = (weights: FloatArray, fanIn: number, fanOut: number, rng: Rng) => void

/** Every initializer by name. Biases always start at zero. */
export const INITIALIZERS = {
  /**
   * Glorot/Xavier uniform: U(−r, r) with r = √(6 / (fanIn + fanOut)), which keeps the variance
   * of activations and gradients roughly equal across layers for tanh and sigmoid.
   * Paper: Glorot & Bengio 2010, "Understanding the difficulty of training deep feedforward networks".
   */
  xavier(weights, fanIn, fanOut, rng) {
    const limit = Math.sqrt(6 / (fanIn + fanOut))
    for (let i = 0; i < weights.length; i++) weights[i] = rng.uniform(-limit, limit)
  },
  /**
   * He normal: N(0, 2 / fanIn), suited to ReLU layers, which zero half their inputs.
   * Paper: He et al. 2015, "Delving Deep into Rectifiers".
   */
  he(weights, fanIn, _fanOut, rng) {
    const standardDeviation = Math.sqrt(2 / fanIn)
    for (let i = 0; i < weights.length; i++) weights[i] = standardDeviation * rng.normal()
  },
  /** All zeros: fine for logistic regression, but hidden units then stay identical (no symmetry breaking). */
  zeros(weights) {
    weights.fill(0)
  },
  /** U(−1/√fanIn, 1/√fanIn), the classic default of many libraries. */
  uniform(weights, fanIn, _fanOut, rng) {
    const limit = 1 / Math.sqrt(fanIn)
    for (let i = 0; i < weights.length; i++) weights[i] = rng.uniform(-limit, limit)
  }
} as const satisfies Record<InitName, Initializer>
