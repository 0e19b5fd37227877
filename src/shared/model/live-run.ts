import type { ActivationName } from './network'
import type { InputFeatureName } from './input-features'
import type { BatchCost } from '../series'
import type { EarlyStop } from './early-stopping'
import type { TargetCheck } from './task'
import type { RunEvaluationSummary } from './run-page'
import type { EpochMetrics } from './training'
import type { LabMessage } from '../messages'

/** A network's output over a grid of 2-D inputs, for the decision-boundary heatmap. */
/**
 * How exactly a boundary's values travel: every digit ('exact': tests, Inspect, the scrubber), or
 * rounded to what a colour can show ('colour': the live drawing, fetched many times a second).
 */
export type BoundaryPrecision = 'exact' | 'colour'

export interface DecisionBoundary {
  xMin: number
  xMax: number
  yMin: number
  yMax: number
  /** Cells per side; `values` has resolution² entries, row by row from yMin upwards. */
  resolution: number
  /**
   * P(class 1) for one sigmoid output, the predicted class index of each cell for more classes,
   * or for a regression model its (first) output ŷ itself, in the target's units.
   */
  values: number[]
  kind: 'probability' | 'class' | 'value'
  /** The epoch whose weights drew it (the last one completed). */
  epoch: number
  /** In slow motion and for a stepped batch: the batch after which its weights drew it. */
  position?: BatchPosition
  /**
   * Every neuron's own output a(l)ⱼ over the same plane on a coarser grid, layer by layer, as
   * Playground draws them; empty for a network with more than MAX_NEURON_PICTURES units.
   */
  neurons: NeuronPicture[]
  /**
   * W(l)[unit][input] of every layer, drawn as the connections between the pictures: with the
   * pictures only (absent when they are left out).
   */
  weights?: number[][][]
  /**
   * The input features the first layer reads (input-features.ts), when the model computes them
   * from x and y: the drawing shows one input picture per feature. With the pictures only.
   */
  inputFeatures?: InputFeatureName[]
}

/** A batch of a run: its epoch and number within the epoch (1-based), and the batches so far. */
export interface BatchPosition {
  epoch: number
  batch: number
  step: number
}

/** At most this many neurons get a picture (a bigger network is not a 2-D toy). */
export const MAX_NEURON_PICTURES = 64

/** One neuron's output over the plane: `resolution`² values, row by row from yMin upwards. */
export interface NeuronPicture {
  /** 1-based layer and 0-based unit. */
  layer: number
  unit: number
  activation: ActivationName
  resolution: number
  values: number[]
}

/**
 * A run as main sees it while it lives: `starting` until the engine has read the data, then
 * `running` or `paused` (main's word: it changes when the command is given, so a report the
 * engine sent before it cannot undo it), then how it ended.
 */
export type LiveRunStatus = 'starting' | 'running' | 'paused' | 'completed' | 'stopped' | 'failed'

/** The split and engine a run reported once it had read its data. */
export interface RunStartInfo {
  trainRows: number
  validationRows: number
  testRows: number
  batchesPerEpoch: number
  kernels: string
  /**
   * The network is small enough that the engine trains whole chunks of batches per call into its
   * kernels, on one of their threads (stepping batch by batch aside).
   */
  batchesInChunks: boolean
}

/** The last batch a run trained. */
export interface RunPosition {
  /** Batches trained since the run began (across continues). */
  step: number
  /** Its epoch and its number within the epoch (both 1-based). */
  epoch: number
  batch: number
  batchesPerEpoch: number
  /** J of that batch, before its update. */
  loss: number
}

/** How a run ended. */
export interface RunEndInfo {
  error: LabMessage | string | null
  /** Epochs completed. */
  epochs: number
  summary: RunEvaluationSummary | null
  /** Why and when it stopped early (null: it did not). */
  earlyStop: EarlyStop | null
  /** Its experiment's task target, checked at the end (null: no task). */
  targetCheck: TargetCheck | null
}

/**
 * A live run's whole state at one moment. `seq` orders every state and change main sends about
 * any run (it only grows), so a renderer keeps the newest and drops anything older.
 */
export interface LiveRunState {
  runId: string
  seq: number
  status: LiveRunStatus
  plannedEpochs: number
  /** Training time so far in seconds, pauses not counted, as of `seq`. */
  activeSeconds: number
  /** Null until the engine has read the data. */
  start: RunStartInfo | null
  /** Null before the first batch of this session (a continued run: its stored epochs say where). */
  position: RunPosition | null
  /** Null while the run lives. */
  end: RunEndInfo | null
}

/**
 * One change of a live run (the `training:change` event): the state after it, and the epochs
 * and batch costs it added. Main coalesces a fast run's changes to about seven a second (ten in
 * slow motion); a status change (pause, resume, end) is sent at once.
 */
export interface RunChange extends LiveRunState {
  /** Epochs finished since the previous change, in order. */
  epochs: EpochMetrics[]
  /** Batch costs kept since the previous change (see keepsBatchCost), in step order. */
  costs: BatchCost[]
}
