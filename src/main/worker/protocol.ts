import type { EarlyStop, EarlyStoppingConfig, WatchState } from '../../shared/model/early-stopping'
import type { LayerEpochInternals } from '../../shared/model/inspect'
import type { LearningRateSchedule } from '../../shared/model/lr-schedule'
import type { ModelFile } from '../../shared/model/model-file'
import type { InitName, NetworkSpec, Precision } from '../../shared/model/network'
import type { Pace } from '../../shared/model/pace'
import type { Preprocessing } from '../../shared/model/preprocessing'
import type { InputFeatureName } from '../../shared/model/input-features'
import type { EpochMetrics, OptimizerConfig, Regularization } from '../../shared/model/training'
import type { BatchCost } from '../../shared/series'
import type { Evaluation, NormalizationKind, RngState } from '../engine'
import type { DatasetPaths } from '../dataset-arrays/stored-arrays'
import type { LabMessage } from '../../shared/messages'

/** Everything the engine worker needs to train one run (big arrays come from `files`). */
export interface TrainingJob {
  runId: string
  dataset: {
    files: DatasetPaths
    rows: number
    features: number
    inputShape: number[]
    classes: string[] | null
    targetNames: string[] | null
    /** Feature names in input order (the model file's `inputNames`). */
    featureNames: string[]
  }
  network: NetworkSpec
  init: InitName
  /** Starting weights (from `--init-model`); otherwise `init` with the seed. */
  initialModel: ModelFile | null
  optimizer: OptimizerConfig
  /** The rate of each epoch, from `optimizer.learningRate` (see lr-schedule.ts). */
  lrSchedule: LearningRateSchedule
  regularization: Regularization
  batchSize: number | 'full'
  /** Total epochs, counted from the start (of the first ancestor, for a branch). */
  epochs: number
  earlyStopping: EarlyStoppingConfig | null
  /**
   * Where early stopping stood at the resumed (or branched-from) epoch, and the best epoch's
   * weights when they are to be restored; null when starting fresh or without early stopping.
   */
  watch: { state: WatchState; bestParameters: (Float32Array | Float64Array)[] | null } | null
  seed: number
  shuffle: boolean
  precision: Precision
  split: number[]
  normalization: NormalizationKind
  /** Features computed from each raw (x, y) row before the normalization, or null: the raw columns. */
  inputFeatures?: InputFeatureName[] | null
  /**
   * The preprocessing a resumed run already used (null: none). When absent, the initial model's
   * preprocessing is used if it has one (its weights expect it), else one is fitted (`normalization`).
   */
  preprocessing?: Preprocessing | null
  /** Continue from this saved state instead of starting fresh. */
  resume: ResumeState | null
  /** Wait for `resume` or `step` before training (the app's Step button). */
  startPaused: boolean
  /** Batches a second to train at (slow motion), or absent/null for full speed. */
  pace?: Pace
}

/** A checkpoint as the worker restores it. */
export interface ResumeState {
  completedEpochs: number
  parameters: (Float32Array | Float64Array)[]
  optimizerStep: number
  optimizerSlots: (Float32Array | Float64Array)[][]
  rng: RngState
}

/** Main → worker. */
export type EngineCommand =
  | { type: 'train'; job: TrainingJob }
  | { type: 'stop' }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'step' }
  | { type: 'pace'; pace: Pace }
  /** Main has taken one `epochs` report (see REPORTS_AHEAD in run-commands.ts). */
  | { type: 'epochsTaken' }

/** Sizes and settings the worker worked out before its first batch. */
export interface TrainingStarted {
  type: 'started'
  preprocessing: Preprocessing | null
  trainRows: number
  validationRows: number
  testRows: number
  batchesPerEpoch: number
  kernels: string
  /** Batches run in whole chunks per call into the kernels, on one thread (a small network). */
  batchesInChunks: boolean
  /** The state before the first epoch (epoch 0) of a fresh run, to checkpoint; null when resumed. */
  initial: ResumeState | null
}

/**
 * Where training stands: sent a few times a second while training, after each batch stepped
 * while paused, once when it comes to rest after a pause command (so main knows the exact batch
 * it stopped at), and before `finished`. Epochs finished before it are always sent before it.
 */
export interface TrainingProgress {
  type: 'progress'
  /** The last batch trained: its epoch and its number within the epoch (both 1-based). */
  epoch: number
  batch: number
  batchesPerEpoch: number
  /** Batches trained since the run began (across resumes). */
  step: number
  /** J of the last batch trained. */
  loss: number
  /** The batch costs kept (see keepsBatchCost) since the previous report, in step order. */
  costs: BatchCost[]
  /**
   * W and b after that batch, when each batch is to be seen: in slow motion, and for a batch
   * stepped while paused (at full speed the views follow the epochs' checkpoints).
   */
  parameters?: (Float32Array | Float64Array)[]
}

/**
 * Epochs finished since the last report (a tiny dataset can finish thousands a second, so they
 * travel in groups, a few dozen times a second at most), with the state after the last of them.
 */
export interface EpochsFinished {
  type: 'epochs'
  epochs: {
    metrics: EpochMetrics
    /** Milliseconds since the run (or this resume) started. */
    elapsedMs: number
    /** Per layer: the epoch's mean gradient norms and (some epochs) a histogram of W(l). */
    internals: LayerEpochInternals[]
    /** The state after this epoch, to checkpoint (main decides which to keep). */
    checkpoint: ResumeState
  }[]
}

/** Final evaluation on each part of the split (null where the part is empty). */
export interface TrainingSummary {
  train: Evaluation | null
  validation: Evaluation | null
  test: Evaluation | null
  trainingSeconds: number
  samplesPerSecond: number
}

/**
 * The run is over: how it ended, the model and its final evaluation. A run stopped part-way
 * through an epoch ends with the weights of its last completed epoch (those of its checkpoint),
 * so its model, evaluation and epoch figures describe one network.
 */
export interface TrainingFinished {
  type: 'finished'
  status: 'completed' | 'stopped' | 'failed'
  error: LabMessage | null
  model: ModelFile
  summary: TrainingSummary
  /** Set when early stopping ended the run. */
  earlyStop: EarlyStop | null
}

/** Worker → main. */
export type EngineEvent =
  | { type: 'ready' }
  | TrainingStarted
  | TrainingProgress
  | EpochsFinished
  | TrainingFinished
  | { type: 'crashed'; message: string }
