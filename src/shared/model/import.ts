import type { NetworkDraft } from './app-state'
import type { DatasetSummary } from './dataset'
import type { RunConfig } from './run'

/** Options of an import: the CLI's `import` (and `train PATH`) and the Data screen's alike. */
export interface ImportOptions {
  name?: string
  /** CSV: the class label column (default: the last column). */
  labelColumn?: string
  /** CSV: regression target columns (instead of a label column). */
  targets?: string[]
  /** CSV: columns to leave out of the features. */
  ignoreColumns?: string[]
  /** Excel: the sheet to read (otherwise the first). */
  sheet?: string
  /** NumPy .npy: the labels array file (otherwise the one beside it: X.npy → y.npy). */
  labelsFile?: string
  /** NumPy .npz: the features and labels arrays (otherwise X/y, x/y or inputs/targets). */
  arrays?: { features: string; labels: string }
  /** Images: force this size (otherwise the most common size). */
  imageSize?: { width: number; height: number }
  /** Images: convert to one gray channel (otherwise detected). */
  grayscale?: boolean
}

/** The options that shape a dataset (its name does not), as kept in its import key. */
export type ShapingOptions = Omit<ImportOptions, 'name'>

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
