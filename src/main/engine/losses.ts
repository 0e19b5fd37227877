import type { ActivationName, ActivationSettings, LossName } from '../../shared/model/network'
import type { Kernels } from './tensor/kernels'
import type { FloatArray, Matrix } from './tensor/matrix'

/** Probabilities are clipped to [ε, 1 − ε] before a log when no stable fused form applies. */
const LOG_EPSILON = 1e-12

/**
 * A cost over a batch. J = (1/m) Σᵢ Lᵢ (+ the L2 term, added by the network), where Lᵢ is one
 * sample's loss summed over the output units.
 */
export interface Loss {
  readonly name: LossName
  /**
   * Σᵢ Lᵢ over the batch. Takes z as well as a = f(z) so that sigmoid and softmax outputs can
   * use the stable forms written in z (log-sum-exp, softplus).
   */
  sum(z: Matrix, a: Matrix, y: Matrix, outputActivation: ActivationName): number
  /** out = ∂Lᵢ/∂a for each sample, for output activations without a fused gradient. */
  outputGradient(a: FloatArray, y: FloatArray, out: FloatArray, count: number): void
  /** The output activation for which ∂Lᵢ/∂z simplifies to a − y. */
  readonly fusedActivation: ActivationName
}

/** Clips a probability away from 0 and 1 so its log stays finite. */
function clipProbability(p: number): number {
  return Math.min(Math.max(p, LOG_EPSILON), 1 - LOG_EPSILON)
}

/** ½‖a − y‖²; with a linear output, ∂L/∂z = a − y. */
const halfSquaredError: Loss = {
  name: 'half-squared-error',
  fusedActivation: 'linear',
  sum(_z, a, y) {
    let total = 0
    for (let i = 0; i < a.data.length; i++) {
      const difference = a.data[i] - y.data[i]
      total += 0.5 * difference * difference
    }
    return total
  },
  outputGradient(a, y, out, count) {
    // ∂/∂a ½(a − y)² = a − y
    for (let i = 0; i < count; i++) out[i] = a[i] - y[i]
  }
}

/** −Σₖ [y log a + (1 − y) log(1 − a)]; with a sigmoid output, ∂L/∂z = a − y. */
const binaryCrossEntropy: Loss = {
  name: 'binary-cross-entropy',
  fusedActivation: 'sigmoid',
  sum(z, a, y, outputActivation) {
    let total = 0
    if (outputActivation === 'sigmoid') {
      // With a = σ(z): −[y log σ(z) + (1 − y) log(1 − σ(z))] = max(z, 0) − y z + log(1 + e^(−|z|))
      for (let i = 0; i < z.data.length; i++) {
        const zi = z.data[i]
        total += Math.max(zi, 0) - y.data[i] * zi + Math.log1p(Math.exp(-Math.abs(zi)))
      }
      return total
    }
    for (let i = 0; i < a.data.length; i++) {
      const p = clipProbability(a.data[i])
      total -= y.data[i] * Math.log(p) + (1 - y.data[i]) * Math.log(1 - p)
    }
    return total
  },
  outputGradient(a, y, out, count) {
    // ∂L/∂a = −y/a + (1 − y)/(1 − a) = (a − y) / (a (1 − a))
    for (let i = 0; i < count; i++) {
      const p = clipProbability(a[i])
      out[i] = (p - y[i]) / (p * (1 - p))
    }
  }
}

/** −Σₖ yₖ log aₖ; with a softmax output, ∂L/∂z = a − y. */
const crossEntropy: Loss = {
  name: 'cross-entropy',
  fusedActivation: 'softmax',
  sum(z, a, y, outputActivation) {
    let total = 0
    if (outputActivation === 'softmax') {
      // log softmax(z)ₖ = zₖ − logsumexp(z), logsumexp(z) = max z + log Σⱼ e^(zⱼ − max z)
      for (let i = 0; i < z.rows; i++) {
        const start = i * z.cols
        let max = -Infinity
        for (let k = 0; k < z.cols; k++) max = Math.max(max, z.data[start + k])
        let sum = 0
        for (let k = 0; k < z.cols; k++) sum += Math.exp(z.data[start + k] - max)
        const logSumExp = max + Math.log(sum)
        for (let k = 0; k < z.cols; k++) {
          const target = y.data[start + k]
          if (target !== 0) total -= target * (z.data[start + k] - logSumExp)
        }
      }
      return total
    }
    for (let i = 0; i < a.data.length; i++) {
      const target = y.data[i]
      if (target !== 0) total -= target * Math.log(clipProbability(a.data[i]))
    }
    return total
  },
  outputGradient(a, y, out, count) {
    // ∂L/∂aₖ = −yₖ / aₖ
    for (let i = 0; i < count; i++) out[i] = -y[i] / clipProbability(a[i])
  }
}

/** Every loss by name. */
export const LOSSES = {
  'half-squared-error': halfSquaredError,
  'binary-cross-entropy': binaryCrossEntropy,
  'cross-entropy': crossEntropy
} as const satisfies Record<LossName, Loss>

/**
 * δ(L) = ∂Lᵢ/∂z(L) for every sample (without the 1/m). Where the output activation matches the
 * loss (sigmoid + binary cross-entropy, softmax + cross-entropy, linear + half squared error) the
 * chain rule collapses to a − y, which is exact and stable; otherwise δ = ∂L/∂a ⊙ f′(z).
 */
export function outputDelta(
  loss: Loss,
  activation: ActivationName,
  settings: ActivationSettings,
  kernels: Kernels,
  z: Matrix,
  a: Matrix,
  y: Matrix,
  out: Matrix
): void {
  const count = a.rows * a.cols
  if (activation === loss.fusedActivation) {
    for (let i = 0; i < count; i++) out.data[i] = a.data[i] - y.data[i]
    return
  }
  loss.outputGradient(a.data, y.data, out.data, count)
  kernels.activationBackward(activation, settings, z, a, out, out)
}
