import type { ExportFormat } from '../../../shared/model/exports'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Precision } from '../../../shared/model/network'
import type { OptimizerConfig } from '../../../shared/model/training'
import type { LearningRateSchedule } from '../../../shared/model/lr-schedule'

export { EXPORT_FORMATS, type ExportFormat } from '../../../shared/model/exports'

/**
 * How the run was trained, so that the PyTorch `train.py` continues with the same settings. The
 * loss is the model's own (`model.loss`).
 */
export interface ExportTraining {
  optimizer: OptimizerConfig
  /** How the rate changes by epoch (train.py builds it from torch.optim.lr_scheduler). */
  lrSchedule: LearningRateSchedule
  /** L1 strength λ₁: λ₁ Σ|W| on weights only. */
  l1: number
  /** L2 strength λ: (λ/2) Σ‖W‖² on weights only. */
  l2: number
  /** Samples per batch (for a full batch, the number of training rows). */
  batchSize: number
  epochs: number
  seed: number
  /** Whether the run reshuffled the training set every epoch. */
  shuffle: boolean
  precision: Precision
}

/** The run's training rows, raw (before the model's preprocessing), for `--with-data`. */
export interface ExportData {
  /** [rows × inputSize], row-major. */
  inputs: Float32Array
  /** [rows × outputSize], row-major: one-hot rows for classes, values for regression. */
  targets: Float32Array
  rows: number
  inputSize: number
  outputSize: number
}

/** What the CLI's `export` and the app's Export menu ask for. */
export interface ExportRequest {
  model: ModelFile
  format: ExportFormat
  /** The folder to write; it is created, and must not exist already with files in it. */
  outDir: string
  /**
   * A handful of real raw samples (rows of inputSize values). The export stores the app's
   * predictions for them so that `check.py` can prove the exported model gives the same outputs.
   * When empty, seeded synthetic samples in the range of the model's preprocessing are used and
   * the README says so.
   */
  referenceInputs: number[][]
  /** The run's training settings (PyTorch: enables `train.py`). */
  training?: ExportTraining
  /** The run's training rows (PyTorch: written as `data.npz` beside `train.py`). */
  data?: ExportData
}

/** What an export wrote. */
export interface ExportResult {
  format: ExportFormat
  outDir: string
  /** Absolute paths of the files written, README first. */
  files: string[]
}

/** One file of an export: its name inside the folder, its contents and a line for the README. */
export interface ExportFile {
  name: string
  contents: string | Uint8Array
  description: string
}
