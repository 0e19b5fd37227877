import { LOSS_CATALOGUE, LOSS_NAMES } from '../../shared/model/losses/catalogue'
import type { ActivationName, ActivationSettings, LossName } from '../../shared/model/network'
import type { Kernels } from './tensor/kernels'
import type { FloatArray, Matrix } from './tensor/matrix'

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

/**
 * Σᵢ Lᵢ written in z (and a = f(z) where that keeps the precision) for a loss and its fused
 * output activation, where the log of a would lose it (a saturated sigmoid or softmax rounds to
 * 0 or 1 before the log).
 */
type StableSum = (z: Matrix, a: Matrix, y: Matrix) => number

/** −[y log σ(z) + (1 − y) log(1 − σ(z))] = max(z, 0) − y z + log(1 + e^(−|z|)), summed. */
function sigmoidCrossEntropySum(z: Matrix, _a: Matrix, y: Matrix): number {
  let total = 0
  for (let i = 0; i < z.data.length; i++) {
    const zi = z.data[i]
    total += Math.max(zi, 0) - y.data[i] * zi + Math.log1p(Math.exp(-Math.abs(zi)))
  }
  return total
}

/**
 * −Σₖ yₖ log softmax(z)ₖ = Σₖ yₖ (logsumexp(z) − zₖ), summed over the rows, from z and
 * a = softmax(z) without an exp: for m = argmax a (= argmax z), aⱼ / aₘ = e^(zⱼ − zₘ), so
 *   logsumexp(z) − zₖ = (zₘ − zₖ) + log(1 + Σ_{j≠m} e^(zⱼ − zₘ))
 *                     = (zₘ − zₖ) + log1p(Σ_{j≠m} aⱼ / aₘ)
 * (aₘ ≥ 1/cols never underflows; for k = m this is log1p alone, so a loss near 0 keeps its
 * digits). A NaN in z makes its whole row of a NaN, and so the sum.
 */
function softmaxCrossEntropySum(z: Matrix, a: Matrix, y: Matrix): number {
  const logits = z.data
  const outputs = a.data
  const targets = y.data
  const cols = z.cols
  const end = z.rows * cols
  let total = 0
  for (let start = 0; start < end; start += cols) {
    // m and Σ_{j≠m} aⱼ in one pass: a value passed over, or a maximum overtaken, joins the others.
    let m = start
    let largest = outputs[start]
    let others = 0
    for (let k = start + 1; k < start + cols; k++) {
      const value = outputs[k]
      if (value > largest) {
        others += largest
        largest = value
        m = k
      } else {
        others += value
      }
    }
    const shift = Math.log1p(others / largest)
    for (let k = start; k < start + cols; k++) {
      if (targets[k] !== 0) total += targets[k] * (logits[m] - logits[k] + shift)
    }
  }
  return total
}

/** The stable sum of each loss with its fused output, or null where Σ L(a, y) is already exact. */
const STABLE_SUMS = {
  'half-squared-error': null,
  'binary-cross-entropy': sigmoidCrossEntropySum,
  'cross-entropy': softmaxCrossEntropySum
} satisfies Record<LossName, StableSum | null>

/** A loss from its record's scalar L(a, y) and ∂L/∂a, with its stable sum in z where it has one. */
function lossOf(name: LossName): Loss {
  const { fusedActivation, term, gradient } = LOSS_CATALOGUE[name]
  const stableSum: StableSum | null = STABLE_SUMS[name]
  return {
    name,
    fusedActivation,
    sum(z, a, y, outputActivation) {
      if (stableSum !== null && outputActivation === fusedActivation) return stableSum(z, a, y)
      let total = 0
      for (let i = 0; i < a.data.length; i++) total += term(a.data[i], y.data[i])
      return total
    },
    outputGradient(a, y, out, count) {
      for (let i = 0; i < count; i++) out[i] = gradient(a[i], y[i])
    }
  }
}

/** Every loss by name. */
export const LOSSES = Object.fromEntries(LOSS_NAMES.map((name) => [name, lossOf(name)])) as Record<
  LossName,
  Loss
>

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
