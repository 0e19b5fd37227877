import type { NumberWriter } from '../activations/activation-record'
import type { ActivationName } from '../activations/catalogue'

/**
 * The shape of one loss's record in the loss catalogue (catalogue.ts): which output activations
 * it pairs with, one output unit's share of a sample's loss and its gradient as the lab computes
 * them, how the lab writes it (TeX, and with the numbers in the step-through), and what the
 * PyTorch training script writes for it.
 */

/** Probabilities are clipped to [ε, 1 − ε] before a log when no stable form in z applies. */
export const LOG_EPSILON = 1e-12

/** Clips a probability away from 0 and 1 so its log stays finite. */
export function clipProbability(p: number): number {
  return Math.min(Math.max(p, LOG_EPSILON), 1 - LOG_EPSILON)
}

/** The pieces of the cost J over a batch in TeX, filled in for the network (equations.ts). */
export interface CostTexParts {
  /** The output activations, e.g. `a^{(2)}`. */
  a: string
  /** `\frac{1}{m} \sum_{i=1}^{m}` */
  samples: string
  /** `\sum_{k=1}^{K} ` over the outputs, or empty for one output. */
  overOutputs: string
  /** The index of one output of one sample: `ik`, or `i` for one output. */
  ik: string
}

/** `def loss_sum(logits, targets)` of train.py: its docstring and body. */
export interface PythonLoss {
  docstring: string
  body: readonly string[]
}

export interface LossRecord {
  /** The output activation with which ∂L/∂z collapses to a − y, exact and stable. */
  fusedActivation: ActivationName
  /** The output activations it accepts: the cross-entropies take logs of probabilities. */
  outputs: readonly ActivationName[] | 'any'
  /** One output unit's share of one sample's loss, Lᵢₖ(a, y), as the lab computes it. */
  term(a: number, y: number): number
  /** ∂Lᵢₖ/∂a, as the lab computes it (for outputs without the fused gradient). */
  gradient(a: number, y: number): number
  written: {
    /** How Lᵢₖ is computed, with the numbers. */
    term(a: number, y: number, numbers: NumberWriter): string
    /** How ∂Lᵢₖ/∂a is computed, with the numbers. */
    gradient(a: number, y: number, numbers: NumberWriter): string
  }
  tex: {
    /** One sample's J, summed over the outputs j. */
    sample: string
    /** J over a batch of m samples. */
    cost(parts: CostTexParts): string
  }
  exports: {
    pytorch: {
      /** loss_sum in z when the output is the fused activation, or null: `plain` serves. */
      fused: PythonLoss | null
      /** loss_sum from `outputs` = f(z), clipped to [ε, 1 − ε] first where `clipped`. */
      plain: PythonLoss & { clipped: boolean }
    }
  }
}
