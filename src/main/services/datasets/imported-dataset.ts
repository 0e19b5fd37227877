import { englishText, type LabMessage } from '../../../shared/messages'

/**
 * What every importer (CSV, image folder, IDX, generator) produces: the dataset in memory, before
 * the dataset store writes its arrays to binary files and its metadata to SQLite.
 */

/** The kinds of source a dataset can come from. */
export type DatasetKind = 'csv' | 'images' | 'idx' | 'generated'

/** A row or file that was left out, and why (CONTRACTS.md `import` JSON: `skipped`). */
export interface SkippedItem {
  /** The file, as the user gave it or relative to the folder they gave. */
  file: string
  /** 1-based file line, for text files only. */
  line?: number
  /** Why, in English (the CLI's text and `import --json`). */
  reason: string
  /** Why, as a message code (the app says it in the user's language). */
  problem?: LabMessage
}

/** A left-out row or file: its problem as a code, and as English text. */
export function skippedItem(
  file: string,
  line: number | undefined,
  problem: LabMessage
): SkippedItem {
  return { file, ...(line === undefined ? {} : { line }), reason: englishText(problem), problem }
}

/** A dataset held in memory. Features are raw values (images: pixels scaled to [0, 1]). */
export interface ImportedDataset {
  kind: DatasetKind
  name: string
  /** Absolute path of the file or folder imported (or a generator description). */
  source: string
  rows: number
  featureCount: number
  /** [rows × featureCount], row-major, one sample per row. */
  features: Float32Array
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
  targets: Float32Array | null
  /**
   * Where each row came from, for showing samples (image: path relative to the imported folder;
   * IDX: `file#index`), or null for tables (rows are numbered by their file line instead).
   */
  rowSources: string[] | null
  /** CSV: the 1-based file line of each row, or null for other kinds. */
  rowLines: Int32Array | null
  /** Rows or files left out, with the reason. */
  skipped: SkippedItem[]
  /** Things done that the user should know (columns ignored or one-hot encoded, images resized). */
  notes: LabMessage[]
  /** SHA-256 (hex) of the source content, so importing the same data twice reuses the dataset. */
  contentHash: string
}

/** Options the CLI's `import` (and the app's import dialog) pass to importers. */
export interface ImportOptions {
  name?: string
  /** CSV: the class label column (default: the last column). */
  labelColumn?: string
  /** CSV: regression target columns (instead of a label column). */
  targets?: string[]
  /** CSV: columns to leave out of the features. */
  ignoreColumns?: string[]
  /** Images: force this size (otherwise the most common size). */
  imageSize?: { width: number; height: number }
  /** Images: convert to one gray channel (otherwise detected). */
  grayscale?: boolean
}

/** Progress reporting and cancellation for a long import. */
export interface ImportControl {
  /** Called now and then with items done (rows, files or bytes) out of total (if known). */
  onProgress?: (done: number, total: number | null) => void
  /** Aborting stops the import; it then rejects with an AbortError and leaves nothing behind. */
  signal?: AbortSignal
}
