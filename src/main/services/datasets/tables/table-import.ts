import { basename, extname, resolve } from 'node:path'
import type { LabMessage } from '../../../../shared/messages'
import type { ImportedDataset, ImportOptions } from '../imported-dataset'
import {
  tableToDataset,
  type CsvTable,
  type OutputColumns,
  type TableDataset
} from '../csv/table-to-dataset'

/** A table read from any format, with what the reader noticed and the hash of the file. */
export interface ReadTable {
  /** The table's columns, and its rows unless `dataset` is given. */
  table: CsvTable
  /** The dataset already made (numeric arrays are read straight to numbers, not table text). */
  dataset?: TableDataset
  /** What reading did (`first sheet "Data" of 2`, `gzipped`), shown before the table's notes. */
  notes: LabMessage[]
  /** SHA-256 (hex) of the file's content. */
  contentHash: string
  /** The outputs when the user names none (arrays with several target columns). */
  outputs?: OutputColumns
}

/** A table's default dataset name: its file name without the extensions (`iris.csv.gz` → iris). */
export function tableName(path: string): string {
  const name = basename(path).replace(/\.gz$/i, '')
  return basename(name, extname(name))
}

/**
 * The dataset of a table (CSV, JSON, a spreadsheet, arrays): columns typed, the label or targets
 * taken out, bad rows left out and listed (tableToDataset). Every table is of kind `csv`.
 */
export function importedTable(
  path: string,
  { table, notes, contentHash, outputs, dataset: made }: ReadTable,
  options: ImportOptions
): ImportedDataset {
  const named = options.labelColumn !== undefined || options.targets !== undefined
  const dataset =
    made ??
    tableToDataset(table, {
      ...(named ? { labelColumn: options.labelColumn, targets: options.targets } : outputs),
      ignoreColumns: options.ignoreColumns
    })
  const featureCount = dataset.featureNames.length
  return {
    kind: 'csv',
    name: options.name ?? tableName(path),
    source: resolve(path),
    rows: dataset.features.length / featureCount,
    featureCount,
    features: dataset.features,
    featureNames: dataset.featureNames,
    inputShape: [featureCount],
    classes: dataset.classes,
    labels: dataset.labels,
    targetNames: dataset.targetNames,
    targets: dataset.targets,
    rowSources: dataset.rowSources,
    rowLines: dataset.rowLines,
    skipped: dataset.skipped,
    notes: [...notes, ...dataset.notes],
    contentHash
  }
}
