/**
 * The Inspect screen's one-step views (issue 6): a traced gradient-descent step, a gradient check
 * and one layer's batch gradients. Re-exported by `inspect.ts`; notation as described there.
 */
import type { GradientTolerance } from './gradient-tolerance'
import type { FlatMatrix, ModelSource, ValueRange } from './inspect'
import type { NetworkSpec, Precision } from './network'

/** Which rows or inputs a trace or a gradient check works on. */
export interface BatchChoice {
  /** Dataset rows of the run's dataset (their inputs preprocessed as in training); needs `runId`. */
  rows?: number[]
  /** Or explicit first-layer inputs (used as given, as the CLI's `trace` does) with their targets. */
  inputs?: number[][]
  targets?: number[][]
}

/** `inspect:trace`: one plain gradient-descent step on a copy of the model (the stored one never changes). */
export type TraceRequest = ModelSource &
  BatchChoice & {
    /** η; default: the run's learning rate, else the model file's `learningRate` hint, else 0.1. */
    learningRate?: number
    /** λ₁; default: the run's L1 strength, else the model file's `l1`, else 0. */
    l1?: number
    /** λ; default: the run's L2 strength, else the model file's `l2`, else 0. */
    l2?: number
    /** Only this layer's numbers in `layers` (default: every layer), for big networks. */
    layer?: number
  }

/** Every number of one layer in one traced gradient-descent step (CONTRACTS.md section 3, `trace`). */
export interface TraceLayer {
  /** 1-based layer number l. */
  layer: number
  /** z(l), a(l) and δ(l) = ∂Lᵢ/∂z(l) (each sample's own loss, no 1/m), one row per sample. */
  z: number[][]
  a: number[][]
  delta: number[][]
  /** ∂J/∂W(l) and ∂J/∂b(l), averaged over the batch, with the L1 and L2 terms. */
  weightGradients: number[][]
  biasGradients: number[]
  /** Parameters before and after the step (frozen ones unchanged). */
  weights: number[][]
  biases: number[]
  updatedWeights: number[][]
  updatedBiases: number[]
}

/** The engine's `traceStep` result (the CLI's `trace` JSON): J before the update, every layer's numbers. */
export interface StepTrace {
  /** J of the batch before the update (with the L1 and L2 terms). */
  loss: number
  layers: TraceLayer[]
}

/** A traced step and what it was run with. */
export interface TraceInspection extends StepTrace {
  epoch: number | null
  learningRate: number
  l1: number
  l2: number
  precision: 'f64'
  /** The dataset rows traced, or null for given inputs. */
  rows: number[] | null
  /** a(0) of each sample (after preprocessing for dataset rows) and its target row. */
  inputs: number[][]
  targets: number[][]
  /** Per layer: which parameters are frozen (not trainable), so the step leaves them unchanged. */
  frozen: { layer: number; weights: boolean; biases: boolean }[]
  /**
   * The network traced, every layer even when `layer` kept one: widths, activations (with a
   * leaky ReLU's alpha) and the loss, for showing f′(z) and ∂L/∂a beside the numbers.
   */
  network: NetworkSpec
}

/** `inspect:gradcheck`: backprop against central differences on a small batch. */
export type GradientCheckRequest = ModelSource &
  BatchChoice & {
    /** Without rows or inputs: the first `count` rows of this part (default: validation, else train). */
    part?: 'train' | 'validation'
    /** Rows taken from `part` (default 8). */
    count?: number
    /**
     * The precision of the backprop gradients checked: `f64` (default) or the model's own
     * (`model`: the run's; Float64 for a file). Central differences are always taken in Float64.
     */
    precision?: 'f64' | 'model'
    /** The central differences' step ε (default 1e-5). */
    epsilon?: number
    /**
     * Teaching: break backprop on purpose, in this check only (the model and training are
     * untouched), so the check turns red. Without a layer, one is picked at random.
     */
    broken?: { kind: 'flip-bias-sign'; layer?: number } | { kind: 'drop-l2' }
  }

/** How a check's backprop was broken on purpose: a layer's bias gradient negated, or λW left out. */
export type BrokenBackprop = { kind: 'flip-bias-sign'; layer: number } | { kind: 'drop-l2' }

/** The parameter of a layer judged closest to failing, with its absolute values. */
export interface GradientMismatchView {
  kind: 'weight' | 'bias'
  /** Unit j; for a weight W[j][k], `column` is k; null for a bias. */
  row: number
  column: number | null
  backprop: number
  numeric: number
  /** |backprop − numeric|, and the most it may be: atol + rtol · max(|backprop|, |numeric|). */
  absoluteError: number
  tolerance: number
}

/** One layer's check (the engine's LayerGradientCheck, with how many parameters it compared). */
export interface LayerGradientCheckView {
  layer: number
  /** The largest relative error over the parameters judged. */
  maxRelativeError: number
  worst: GradientMismatchView
  /** Every parameter judged is within its tolerance. */
  passed: boolean
  /** Parameters whose ±ε crossed a ReLU kink (counted, not judged). */
  kinks: number
  /** Parameters compared; in networks over 2,000 parameters, 64 weights and 32 biases per layer, evenly spread. */
  checkedWeights: number
  totalWeights: number
  checkedBiases: number
  totalBiases: number
}

/** The gradient check's result (CONTRACTS.md `gradcheck` plus what it was run with). */
export interface GradientCheckInspection {
  layers: LayerGradientCheckView[]
  passed: boolean
  /** |b − n| ≤ atol + rtol · max(|b|, |n|): atol from J's rounding, rtol 1e-6 (Float64) or 1e-3 (Float32). */
  tolerance: GradientTolerance
  /** J at the checked parameters, with its L1 and L2 terms (λ₁ = `l1`, λ = `l2`). */
  loss: number
  l1: number
  l2: number
  /** Set when backprop was broken on purpose for this check. */
  broken: BrokenBackprop | null
  /**
   * The precision backprop ran in. Float32 gradients are compared with Float64 central
   * differences of the same parameters: in Float32, J's own rounding (about 1e-7 · J / ε) would
   * drown gradients under 1e-3 and fail half of all healthy networks.
   */
  precision: Precision
  epsilon: number
  epoch: number | null
  rows: number[] | null
}

/** `inspect:batch-gradients`: ∂J/∂W(l) and ∂J/∂b(l) of one layer on one batch, at the current weights. */
export interface BatchGradientsRequest {
  runId: string
  /** A stored epoch's weights instead of the run's as they stand. */
  epoch?: number
  layer: number
  /** Training rows; default: the first batch of the run's first epoch, in its (shuffled) order. */
  rows?: number[]
}

/** One layer's gradients of J on a batch (Float64, with the run's L2 term). */
export interface BatchGradients {
  epoch: number
  layer: number
  /** The rows of the batch (at most 1,024: a bigger batch is cut, see `truncated`). */
  rows: number[]
  truncated: boolean
  /** J of the batch at the current weights. */
  loss: number
  weightGradients: FlatMatrix
  biasGradients: number[]
  weightGradientRange: ValueRange
  /** ‖∂J/∂W(l)‖ (Frobenius) and ‖∂J/∂b(l)‖. */
  weightGradientNorm: number
  biasGradientNorm: number
}
