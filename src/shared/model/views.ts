import type { DatasetSummary } from './dataset'
import type { ModelFile } from './model-file'
import type { NetworkSpec } from './network'
import type { Preprocessing } from './preprocessing'
import type { RunConfig, RunDetail, RunSummary } from './run'
import type { EpochMetrics } from './training'

/** A page of a dataset's rows, for tables and image thumbnails. */
export interface DatasetPreview {
  datasetId: string
  /** Rows matching the request (all rows, or those of one class). */
  total: number
  offset: number
  rows: PreviewRow[]
}

/** One row as stored: raw feature values (pixels in [0, 1] for images) and its label or targets. */
export interface PreviewRow {
  /** 0-based row index in the dataset. */
  row: number
  values: number[]
  /** Class index, or null for regression. */
  label: number | null
  targets: number[] | null
  /** Where the row came from, the same in every language: `iris.csv:12`, an image's path, or `#3` (generated). */
  origin: string
}

/** What a CSV column is used as: an input, the class label, a regression target, or nothing. */
export type ColumnRoleName = 'feature' | 'label' | 'target' | 'ignore'

/** One column of an imported CSV file and the role it got, for the Data screen's role editor. */
export interface CsvColumn {
  /** The header's name (or `columnN` for a file without a header). */
  name: string
  role: ColumnRoleName
  /** The feature names it became: itself, or one `name=value` per category of a text column. */
  inputs: string[]
  /** True when the importer left the column out by itself (id-like or unusable text), not as asked. */
  leftOutByImporter: boolean
}

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

/** A run in the Experiments list. */
export interface RunListItem extends RunSummary {
  experimentId: string
  datasetName: string | null
  /** Layer widths from inputs to outputs, e.g. "4-32-3". */
  architecture: string
  trainAccuracy: number | null
  plannedEpochs: number
  /** Seconds from start to end (or to now, while running). */
  seconds: number | null
  notes: string
  tags: string[]
}

/** Everything the Experiments screen shows of one run. */
export interface RunView {
  detail: RunDetail
  network: NetworkSpec
  preprocessing: Preprocessing | null
  datasetName: string | null
  classes: string[] | null
  /** Thinned per-batch losses: step (batches since the start) and J of that batch. */
  batchLosses: { step: number; loss: number }[]
  /** Final evaluation (confusion matrices), once the run has ended. */
  summary: RunEvaluationSummary | null
  model: ModelFile | null
}

/** One part's evaluation as stored with a finished run. */
export interface PartEvaluation {
  loss: number
  accuracy: number | null
  confusion: number[][] | null
}

/** The final evaluation of a run on each part of its split. */
export interface RunEvaluationSummary {
  train: PartEvaluation | null
  validation: PartEvaluation | null
  test: PartEvaluation | null
  trainingSeconds: number
  samplesPerSecond: number
}

/** The languages the UI is written in (English is the reference; every other must match it). */
export const UI_LOCALES = ['en', 'zh-CN'] as const
export type UiLocale = (typeof UI_LOCALES)[number]

/** What the lab remembers between sessions so that reopening it restores the last work. */
export interface UiState {
  view: string
  datasetId: string | null
  network: NetworkDraft | null
  training: Partial<RunConfig> | null
  runId: string | null
  /** A preset's weights the design starts from (the textbook example), if any. */
  presetModel?: string | null
  /** The UI language chosen (absent before the first save: then the system language decides). */
  locale?: UiLocale
  /** Progress through the Learn screen's lessons (absent before the first lesson is opened). */
  learn?: LearnProgress
}

/** What the Learn screen remembers: the lesson open, the lessons visited, the exercises answered. */
export interface LearnProgress {
  /** The lesson shown (null before the first visit). */
  lesson: string | null
  visited: string[]
  /** Exercise key (`lesson.exercise`) → whether its last answer was right. */
  answered: Record<string, boolean>
}

/** The network being designed, before a dataset fixes its inputs and outputs. */
export interface NetworkDraft {
  hidden: { units: number; activation: RunConfig['activation'] }[]
  output: RunConfig['output']
  loss: RunConfig['loss']
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

/** Import progress pushed while a dataset imports. */
export interface ImportProgress {
  importId: string
  done: number
  total: number | null
}

/** The result of an import. */
export interface ImportOutcome {
  dataset: DatasetSummary
  reused: boolean
  /** A sample's own network and settings (the textbook example's preset weights). */
  suggested?: { network: NetworkDraft; config: Partial<RunConfig> }
}

/** Facts about the running lab. */
export interface AppInfo {
  version: string
  mode: 'electron' | 'browser'
  home: string
  engineVersion: string
}
