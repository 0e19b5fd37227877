/**
 * What the Inspect screen asks main for, and what it gets back (issue 6). Every large numeric
 * payload is one layer or one sample at a time. Notation as in CONTRACTS.md section 1: layers are
 * 1-based (l = 1 … L), W(l) is [units(l) × units(l−1)] and row j holds the weights into unit j.
 * Dataset rows and units are 0-based.
 */
import type { ModelFile } from './model-file'
import type { ActivationName, Trainable } from './network'

export * from './inspect-step'

/** A matrix as JSON: `values` row-major, element (i, j) at i·cols + j. */
export interface FlatMatrix {
  rows: number
  cols: number
  values: number[]
}

/** The smallest and largest of some values (both 0 for none). */
export interface ValueRange {
  min: number
  max: number
}

/** Counts of values in `counts.length` equal-width bins from `min` to `max` (max in the last bin). */
export interface WeightHistogram {
  min: number
  max: number
  counts: number[]
}

/** Bins of every weight histogram the lab records or computes. */
export const HISTOGRAM_BINS = 32

/** One layer's training internals for one finished epoch (recorded by the engine worker). */
export interface LayerEpochInternals {
  /** 1-based layer number l. */
  layer: number
  /** Mean over the epoch's batches of ‖∂J/∂W(l)‖ (Frobenius; with the L2 term, as J has it). */
  weightGradientNorm: number
  /** Mean over the epoch's batches of ‖∂J/∂b(l)‖. */
  biasGradientNorm: number
  /** W(l) at the epoch's end; null on epochs without one (thinned past epoch 200, see the worker). */
  histogram: WeightHistogram | null
}

/** Image inputs of shape [H, W, C] (flattened row-major H, W, C): each row of W(1) is such a picture. */
export interface ImageShape {
  height: number
  width: number
  channels: number
}

/** A part of a run's split. */
export type SplitPart = 'train' | 'validation' | 'test'

/** A class by index (label order) and name (the index as text when the model names none). */
export interface ClassRef {
  index: number
  name: string
}

/**
 * Where the inspected model comes from: a run (its model as it stands: the latest epoch's weights
 * while it trains, else its final model), a model file's content, or a model file on main's side
 * (e.g. the textbook preset's path, which `datasets:sample` suggests as `initModel`).
 */
export type ModelSource =
  { runId: string; epoch?: AtEpoch } | { model: ModelFile } | { modelPath: string }

/**
 * A run's weights at a stored epoch (the scrubber's), instead of its model as it stands; every
 * run call takes it. Epoch 0 is the initial weights.
 */
export type AtEpoch = number

/** `inspect:layer`: one layer of a run's model as it stands. */
export interface LayerRequest {
  runId: string
  epoch?: AtEpoch
  /** 1-based layer number. */
  layer: number
  /** Only stored histograms of epochs after this one (default 0: all), for polling while training. */
  histogramsSince?: number
}

/** A stored weight histogram and the epoch at whose end it was taken. */
export interface EpochHistogram {
  epoch: number
  histogram: WeightHistogram
}

/** One layer's parameters, for the weight heatmap, the bias bars and the histogram. */
export interface LayerInspection {
  runId: string
  /** The epoch whose weights these are. */
  epoch: number
  layer: number
  units: number
  /** units(l−1): the width of each row of W(l). */
  inputs: number
  activation: ActivationName
  trainable: Trainable
  /** W(l): `units` rows of `inputs` values. */
  weights: FlatMatrix
  /** b(l). */
  biases: number[]
  weightRange: ValueRange
  biasRange: ValueRange
  /** The histogram of W(l) as it stands. */
  histogram: WeightHistogram
  /** Layer 1 of image data: draw row j of W as a picture of this shape. Null otherwise. */
  inputImage: ImageShape | null
  /** The histograms stored while training (epochs after `histogramsSince`), in epoch order. */
  histograms: EpochHistogram[]
}

/** `inspect:history`: a run's per-epoch curves, for the loss and gradient-norm charts. */
export interface HistoryRequest {
  runId: string
  /** Only epochs after this one (default 0: all), for polling while training. */
  sinceEpoch?: number
}

/** One layer's gradient norms per epoch, aligned with `TrainingHistory.epochs`. */
export interface LayerNormSeries {
  layer: number
  /** Null for an epoch without recorded internals (a run trained before they were recorded). */
  weightGradientNorms: (number | null)[]
  biasGradientNorms: (number | null)[]
}

/** Per-epoch numbers of a run, every series aligned with `epochs`. */
export interface TrainingHistory {
  runId: string
  learningRate: number
  epochs: number[]
  trainLoss: number[]
  valLoss: (number | null)[]
  layers: LayerNormSeries[]
}

/**
 * `inspect:sample`: one sample through the model: a dataset row of the run's dataset, or raw
 * inputs (before preprocessing; the model's preprocessing is applied as `predict` does).
 */
export type SampleRequest =
  { runId: string; epoch?: AtEpoch; row: number } | (ModelSource & { inputs: number[] })

/** One layer's z(l) and a(l) = f(z(l)) for the sample. */
export interface SampleLayer {
  layer: number
  activation: ActivationName
  z: number[]
  a: number[]
}

/** Every number of one sample's forward pass, in Float64. */
export interface SampleInspection {
  /** The run's epoch whose weights were used; null for a model file. */
  epoch: number | null
  /** The dataset row, its origin (`iris.csv:12`, an image path, `#3`) and its part of the split; null for given inputs. */
  row: number | null
  origin: string | null
  part: SplitPart | null
  /** The inputs as given or stored, and as the first layer sees them (after preprocessing): a(0). */
  rawInputs: number[]
  inputs: number[]
  /** The shape to draw the inputs as a picture, for image data. */
  inputImage: ImageShape | null
  layers: SampleLayer[]
  /** a(L): probabilities after softmax or sigmoid, values for regression. */
  outputs: number[]
  classes: string[] | null
  /** The class the outputs pick (null for regression). */
  predicted: ClassRef | null
  /** The row's own class (null for given inputs and regression). */
  actual: ClassRef | null
  /** The row's target vector (one-hot for classes, 0/1 for one sigmoid unit); null for given inputs. */
  targets: number[] | null
}

/** `inspect:held-out`: which of a run's first `limit` dataset rows it holds out of training. */
export interface HeldOutRequest {
  runId: string
  limit: number
}

/** The validation and test rows among the first `limit`, in dataset order. */
export interface HeldOutRows {
  validation: number[]
  test: number[]
}

/** `inspect:confusion`: the confusion matrix of the current model on one part of the split. */
export interface ConfusionRequest {
  runId: string
  epoch?: AtEpoch
  part: SplitPart
}

/** matrix[actual][predicted] counts over a part (Float64 forward pass, the engine's class rule). */
export interface ConfusionInspection {
  epoch: number
  part: SplitPart
  classes: string[]
  matrix: number[][]
  total: number
  accuracy: number
}

/** `inspect:confusion-cell`: the rows of one cell, a page at a time. */
export interface ConfusionCellRequest {
  runId: string
  epoch?: AtEpoch
  part: SplitPart
  actual: number
  predicted: number
  offset: number
  limit: number
}

/** A page of one cell's dataset rows, in dataset order. */
export interface ConfusionCell {
  epoch: number
  /** Rows in the cell. */
  total: number
  offset: number
  rows: { row: number; origin: string }[]
}

/** Things the diagnostics look for; the renderer maps each to a translated sentence. */
export const DIAGNOSTIC_KINDS = [
  'dead-relu',
  'saturated-units',
  'vanishing-gradients',
  'exploding-gradients',
  'rising-loss'
] as const
export type DiagnosticKind = (typeof DIAGNOSTIC_KINDS)[number]

/**
 * One diagnostic finding. `values` per kind (fractions in [0, 1]):
 * - `dead-relu`: deadUnits, units, fraction, probeRows: ReLU units with a = 0 on every probe row.
 * - `saturated-units`: saturatedUnits, units, fraction, probeRows: sigmoid/tanh units at their
 *   asymptotes on ≥ 95 % of the probe rows (hidden layers only).
 * - `vanishing-gradients`: norm (this layer's ‖∂J/∂W‖), outputNorm (the last layer's), ratio.
 * - `exploding-gradients`: norm, earlierNorm (some epochs back; 0 if none), growth (norm / earlierNorm),
 *   epochs (how far back).
 * - `rising-loss`: epochs (the window: the loss rose in all or all but one of them), from, to
 *   (train losses at the window's ends), learningRate, defaultLearningRate (the optimizer's).
 */
export interface DiagnosticFinding {
  kind: DiagnosticKind
  /** The layer it concerns (1-based), when it concerns one. */
  layer?: number
  severity: 'warning' | 'problem'
  values: Record<string, number>
  /** The units concerned (0-based), for dead and saturated units. */
  units?: number[]
}

/** `inspect:diagnostics`: findings on a run's model as it stands. */
export interface Diagnostics {
  epoch: number
  /** Rows of the probe batch the unit findings looked at (validation rows, else training rows). */
  probeRows: number
  findings: DiagnosticFinding[]
}
