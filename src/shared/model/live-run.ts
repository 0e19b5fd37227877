import type { RunEvaluationSummary } from './run-page'
import type { EpochMetrics } from './training'

/** A network's output over a grid of 2-D inputs, for the decision-boundary heatmap. */
export interface DecisionBoundary {
  xMin: number
  xMax: number
  yMin: number
  yMax: number
  /** Cells per side; `values` has resolution² entries, row by row from yMin upwards. */
  resolution: number
  /** P(class 1) for one sigmoid output, else the predicted class index of each cell. */
  values: number[]
  kind: 'probability' | 'class'
  /** The epoch whose weights drew it. */
  epoch: number
}

/** Live training numbers pushed to the renderer (coalesced to a few per second). */
export interface TrainingUpdate {
  runId: string
  epoch: number
  batch: number
  batchesPerEpoch: number
  plannedEpochs: number
  /** Batches since the start. */
  step: number
  /** The latest batch cost. */
  loss: number
  paused: boolean
  /** Epochs finished since the previous update, in order. */
  epochs: EpochMetrics[]
  /**
   * Batch costs of those epochs as stored (up to 50 per epoch), in step order and thinned to at
   * most 200 per update; absent when no epoch finished. They fill in the curve between the
   * latest costs of each update.
   */
  batchLosses?: { step: number; loss: number }[]
}

/** A run has started: its split sizes and the engine it runs on. */
export interface TrainingStartedInfo {
  runId: string
  trainRows: number
  validationRows: number
  testRows: number
  batchesPerEpoch: number
  plannedEpochs: number
  kernels: string
}

/** A run training in the lab, as a window that reloaded finds it again. */
export interface LiveRunInfo extends TrainingStartedInfo {
  paused: boolean
}

/** A run has ended. */
export interface TrainingEndedInfo {
  runId: string
  status: 'completed' | 'stopped' | 'failed'
  error: string | null
  epochs: number
  summary: RunEvaluationSummary | null
}
