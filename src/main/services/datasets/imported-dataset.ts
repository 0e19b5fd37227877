import type { LabMessage } from '../../../shared/messages'

/**
 * What every importer (CSV, image folder, IDX, generator) produces: the dataset in memory, before
 * the dataset store writes its arrays to binary files and its metadata to SQLite.
 */

/** The kinds of source a dataset can come from. */
export type DatasetKind = 'csv' | 'images' | 'idx' | 'generated'

export type { SkippedItem } from '../../../shared/model/skipped'
import type { SkippedItem } from '../../../shared/model/skipped'

/**
 * A dataset held in memory. Features are raw values kept as exactly as the source has them:
 * pixel bytes for images and IDX (a byte b stands for b / 255), parsed numbers in Float64.
 */
export interface ImportedDataset {
  kind: DatasetKind
  name: string
  /** Absolute path of the file or folder imported (or a generator description). */
  source: string
  rows: number
  featureCount: number
  /** [rows × featureCount], row-major, one sample per row. */
  features: Uint8Array | Float64Array
  /** One name per feature column (tables: column names; images: `pixel_r_c[_channel]`). */
  featureNames: string[]
  /** [featureCount] for tables, [height, width, channels] for images. */
  inputShape: number[]
  /** Class names in label order (sorted folder names, sorted label values), or null for regression. */
  classes: string[] | null
  /** Class index of every row (into `classes`), or null for regression. */
  labels: Int32Array | null
  /** Regression target column names, or null for classification. */
  targetNames: string[] | null
  /** [rows × targetNames.length] regression targets, or null. */
  targets: Float64Array | null
  /**
   * Where each row came from, for showing samples (image: path relative to the imported folder;
   * IDX: `file#index`), or null for tables (rows are numbered by their file line instead).
   */
  rowSources: string[] | null
  /** CSV: the 1-based file line of each row, or null for other kinds. */
  rowLines: Int32Array | null
  /**
   * Rows from this index on are the source's own test set (IDX: the t10k files of a folder that
   * has the train files too); runs then split only the rows before it. Absent: no such set.
   */
  testFrom?: number
  /** Rows or files left out, with the reason. */
  skipped: SkippedItem[]
  /** Things done that the user should know (columns ignored or one-hot encoded, images resized). */
  notes: LabMessage[]
  /** SHA-256 (hex) of the source content, so importing the same data twice reuses the dataset. */
  contentHash: string
}

/** The importers' options: typed once, in shared/model/import.ts (the IPC contract uses it too). */
export type { ImportOptions } from '../../../shared/model/import'

/** Progress reporting and cancellation for a long import. */
export interface ImportControl {
  /** Called now and then with items done (rows, files or bytes) out of total (if known). */
  onProgress?: (done: number, total: number | null) => void
  /** Aborting stops the import; it then rejects with an AbortError and leaves nothing behind. */
  signal?: AbortSignal
}
