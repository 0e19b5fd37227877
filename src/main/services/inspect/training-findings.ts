import type { DiagnosticFinding } from '../../../shared/model/inspect'

/** A hidden layer's ‖∂J/∂W‖ below this share of the last layer's counts as vanishing… */
export const VANISHING_RATIO = 1e-3
/** …and below this share as a problem (six orders of magnitude lost on the way to the input). */
export const VANISHING_PROBLEM_RATIO = 1e-6
/** A norm at least this many times what it was EXPLODING_EPOCHS epochs earlier counts as exploding… */
export const EXPLODING_GROWTH = 10
export const EXPLODING_EPOCHS = 5
/** …and any norm above this as a problem, however it got there. */
export const EXPLODING_NORM = 1e3
/** The train loss counts as rising when it went up in at least RISING_EPOCHS − 1 of the last RISING_EPOCHS epochs… */
export const RISING_EPOCHS = 5
/** …and ended at least this share above where the window began. */
export const RISING_SHARE = 0.05

/**
 * `vanishing-gradients`: each hidden layer l whose ‖∂J/∂W(l)‖ is under VANISHING_RATIO times the
 * last layer's: the backward pass multiplies δ by Wᵀ and f′(z) layer by layer, and small factors
 * (saturated sigmoids, tiny weights) shrink it by orders of magnitude on the way to the input, so
 * those layers barely learn. `norms` are the latest per-layer weight-gradient norms.
 */
export function vanishingFindings(norms: readonly number[]): DiagnosticFinding[] {
  const outputNorm = norms[norms.length - 1]
  if (!(outputNorm > 0)) return []
  const findings: DiagnosticFinding[] = []
  for (let l = 0; l < norms.length - 1; l++) {
    const ratio = norms[l] / outputNorm
    if (ratio >= VANISHING_RATIO) continue
    findings.push({
      kind: 'vanishing-gradients',
      layer: l + 1,
      severity: ratio < VANISHING_PROBLEM_RATIO ? 'problem' : 'warning',
      values: { norm: norms[l], outputNorm, ratio }
    })
  }
  return findings
}

/** One epoch's per-layer weight-gradient norms. */
export interface EpochNorms {
  epoch: number
  norms: number[]
}

/**
 * `exploding-gradients`: a layer whose ‖∂J/∂W‖ grew at least EXPLODING_GROWTH times over the last
 * EXPLODING_EPOCHS epochs, rising in all of them or all but one (a warning: the steps feed on
 * themselves; a norm that only bounced back from one tiny epoch, as batches of one sample give,
 * is not growing), or is above EXPLODING_NORM (a problem: a step of η times that throws the
 * weights far away). `history` is in epoch order, its last entry the latest; without earlier
 * epochs only the absolute bound applies.
 */
export function explodingFindings(history: readonly EpochNorms[]): DiagnosticFinding[] {
  const latest = history.at(-1)
  if (!latest) return []
  const start = Math.max(0, history.length - 1 - EXPLODING_EPOCHS)
  const earlier = history.length > 1 ? history[start] : null
  const window = history.slice(start)
  const findings: DiagnosticFinding[] = []
  latest.norms.forEach((norm, l) => {
    const earlierNorm = earlier?.norms[l] ?? 0
    const growth = earlierNorm > 0 ? norm / earlierNorm : 0
    const rises = window.slice(1).filter((entry, i) => entry.norms[l] > window[i].norms[l]).length
    const growing = growth >= EXPLODING_GROWTH && rises >= window.length - 2
    const tooLarge = norm > EXPLODING_NORM
    if (!tooLarge && !growing) return
    findings.push({
      kind: 'exploding-gradients',
      layer: l + 1,
      severity: tooLarge ? 'problem' : 'warning',
      values: { norm, earlierNorm, growth, epochs: earlier ? latest.epoch - earlier.epoch : 0 }
    })
  })
  return findings
}

/**
 * `rising-loss`: the train loss went up in at least RISING_EPOCHS − 1 of the last RISING_EPOCHS
 * epochs and ended RISING_SHARE or more above where that window began, while the learning rate is
 * at least the optimizer's default: steps that large overshoot the minimum and climb the other
 * side. A problem once the loss is above its first epoch's (training undid all its progress).
 */
export function risingLossFindings(
  trainLoss: readonly number[],
  learningRate: number,
  defaultLearningRate: number
): DiagnosticFinding[] {
  if (trainLoss.length < RISING_EPOCHS + 1 || learningRate < defaultLearningRate) return []
  const window = trainLoss.slice(-(RISING_EPOCHS + 1))
  const rises = window.slice(1).filter((loss, i) => loss > window[i]).length
  const from = window[0]
  const to = window[RISING_EPOCHS]
  if (rises < RISING_EPOCHS - 1 || !(to >= from * (1 + RISING_SHARE))) return []
  return [
    {
      kind: 'rising-loss',
      severity: to > trainLoss[0] ? 'problem' : 'warning',
      values: { epochs: RISING_EPOCHS, from, to, learningRate, defaultLearningRate }
    }
  ]
}
