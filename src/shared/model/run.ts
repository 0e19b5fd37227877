import type { EarlyStop, EarlyStoppingConfig } from './early-stopping'
import type { LearningRateSchedule } from './lr-schedule'
import type { HiddenActivationName, InitName, LossName, Precision } from './network'
import type { NormalizeName } from './preprocessing'
import type { InputFeatureName } from './input-features'
import type { EpochMetrics, OptimizerName } from './training'
import type { LabMessage } from '../messages'

/** Status of a training run (CONTRACTS.md, `runs`). */
export type RunStatus = 'running' | 'completed' | 'stopped' | 'interrupted' | 'failed'

/** Output layer choice: `auto` picks from the data (softmax, one sigmoid, or linear). */
export type OutputChoice = 'auto' | 'sigmoid' | 'softmax' | 'linear'

/**
 * Everything a training run was given, with defaults filled in (`run ID --json` prints it as
 * `config`). The CLI's `train` options map onto it one to one.
 */
export interface RunConfig {
  hidden: number[]
  activation: HiddenActivationName
  /** Per-hidden-layer activations (the app's designer); when absent every hidden layer uses `activation`. */
  hiddenActivations?: HiddenActivationName[]
  output: OutputChoice
  loss: 'auto' | LossName
  optimizer: OptimizerName
  learningRate: number
  /** How the rate changes by epoch (constant unless set). */
  lrSchedule: LearningRateSchedule
  momentum: number
  /** L1 strength λ₁: J adds λ₁ Σ|W| (weights only). */
  l1: number
  /** L2 strength λ: J adds (λ/2) Σ‖W‖² (weights only). */
  l2: number
  batchSize: number | 'full'
  /** Total epochs; for a branch, counted from the start of its first ancestor. */
  epochs: number
  /** Stop when validation stops improving (null: train every epoch). */
  earlyStopping: EarlyStoppingConfig | null
  seed: number
  init: InitName
  initModel: string | null
  precision: Precision
  /** Fractions for train, validation and (optionally) test; `[1]` trains on everything. */
  split: number[]
  normalize: NormalizeName
  /**
   * The features the first layer reads, computed from 2-D data's (x, y) (input-features.ts);
   * absent: the dataset's own columns.
   */
  inputFeatures?: InputFeatureName[]
  shuffle: boolean
  name: string | null
  /** Storage the run's checkpoints may take, in MB (see checkpoint-rule.ts). */
  checkpointBudgetMb: number
}

/** Where a branch came from: the run and the epoch whose checkpoint it continued. */
export interface RunParent {
  runId: string
  epoch: number
}

/** One row of `runs` (CONTRACTS.md). */
export interface RunSummary {
  runId: string
  name: string
  datasetId: string | null
  status: RunStatus
  epochs: number
  trainLoss: number | null
  valLoss: number | null
  valAccuracy: number | null
  startedAt: string
  endedAt: string | null
}

/** `run ID`: the summary plus how it was made and every epoch's numbers. */
export interface RunDetail extends RunSummary {
  config: RunConfig
  seed: number
  dataHash: string
  engineVersion: string
  error: LabMessage | string | null
  metrics: EpochMetrics[]
  /** The run it branched from, or null. */
  parent: RunParent | null
  /** Why and when it stopped early, or null. */
  earlyStop: EarlyStop | null
  /** Runs raced together share this id (null: not raced). */
  raceId: string | null
}
