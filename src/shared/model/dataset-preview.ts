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
