import type { LabMessage } from '../messages'
import type { SkippedItem } from './skipped'

/** A dataset as listed and shown (its big arrays stay in binary files in the home folder). */
export interface DatasetSummary {
  datasetId: string
  name: string
  kind: 'csv' | 'images' | 'idx' | 'generated'
  source: string
  rows: number
  features: number
  inputShape: number[]
  featureNames: string[]
  /** Class names in label order, or null for regression. */
  classes: string[] | null
  /** Rows per class, in label order, or null for regression. */
  classCounts: number[] | null
  /** Regression target names, or null for classification. */
  targets: string[] | null
  /**
   * The source's own test set (IDX: the t10k files of a folder with the train files too): the
   * last `rows` rows, the test part of every run. Absent when the dataset has none.
   */
  officialTest?: OfficialTest
  contentHash: string
  /** Per-feature statistics over all rows. */
  statistics: FeatureStatistics
  audit: DatasetAudit
  /** Rows or files left out: `reason` in English, `problem` as a message code (older datasets: none). */
  skipped: SkippedItem[]
  /** What the import did that the user should know (older datasets stored English text). */
  notes: (LabMessage | string)[]
  createdAt: string
}

/** A dataset's own test rows: how many, and of each class (in label order; null for regression). */
export interface OfficialTest {
  rows: number
  classCounts: number[] | null
}

/** mean, standard deviation, min and max of every feature column. */
export interface FeatureStatistics {
  mean: number[]
  std: number[]
  min: number[]
  max: number[]
}

/** What an import noticed about the data itself. */
export interface DatasetAudit {
  /** Rows identical to an earlier row (features and label). */
  duplicateRows: number
  /** Names of feature columns with a single value (they carry no information). */
  constantFeatures: string[]
}

/**
 * A dataset folder in the home that the database does not list (a database emptied by a bad
 * sync, or an older backup put back): its data is all there and it can be registered again,
 * unless it was saved before folders carried their own description, or the lab lists the same
 * import already (`duplicateOf`).
 */
export interface UnregisteredDataset {
  folderId: string
  name: string | null
  kind: DatasetSummary['kind'] | null
  rows: number | null
  restorable: boolean
  duplicateOf: string | null
}
