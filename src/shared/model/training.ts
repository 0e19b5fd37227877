/**
 * How a network is trained: optimizer settings and the per-epoch numbers a run reports.
 */

/** Optimizers, sorted in order of increasing complexity. */
export const OPTIMIZER_NAMES = ['sgd', 'momentum', 'adam'] as const
export type OptimizerName = (typeof OPTIMIZER_NAMES)[number]

/** An optimizer and its hyperparameters (tagged on `kind`). */
export type OptimizerConfig =
  | { kind: 'sgd'; learningRate: number }
  | { kind: 'momentum'; learningRate: number; momentum: number }
  | { kind: 'adam'; learningRate: number; beta1: number; beta2: number; epsilon: number }

/**
 * The penalties J adds on the weights (never the biases): L1 adds λ₁ Σₗ Σ|W(l)| (subgradient
 * λ₁ sign(W), 0 at W = 0), L2 adds (λ/2) Σₗ ‖W(l)‖² (gradient λW). 0 turns one off.
 */
export interface Regularization {
  l1: number
  l2: number
}

/** No penalty on the weights. */
export const NO_REGULARIZATION: Readonly<Regularization> = { l1: 0, l2: 0 }

/** One epoch's numbers, as the `train --json` stream prints them. */
export interface EpochMetrics {
  epoch: number
  /** J (with its L1 and L2 terms) averaged over the epoch's batches, each before its update. */
  trainLoss: number
  /** Accuracy over the epoch's batches before each update; null for regression. */
  trainAccuracy: number | null
  valLoss: number | null
  valAccuracy: number | null
  /** Training samples per second of the epoch's batches (forward, backward, update). */
  samplesPerSecond: number
}
