import { tableFormatOf } from '../../../shared/model/table-formats'
import type { RowProblem } from '../../../shared/model/results'
import type { TableDataset } from '../datasets/csv/table-to-dataset'
import { TABLE_READERS } from '../datasets/tables/read-table'
import type { ReadTable } from '../datasets/tables/table-import'
import { readFeaturesArray } from '../datasets/tables/npy-table'
import { UserError, userError } from '../../../shared/errors'
import { readInputTable, type InputTable } from './input-table'
import { importsAsDataset, isIdxFile } from '../datasets/import-service'

/** What the rows are read for: predicting needs only inputs, evaluating needs labels too. */
export type InputPurpose = 'predict' | 'evaluate'

/**
 * Reads a file of rows to predict or evaluate on, in any format `import` reads, through the
 * importer's own readers: CSV/TSV (`-`: standard input; `.gz`), JSON, JSON Lines, Excel, Parquet
 * and NumPy arrays (.npy with its labels .npy, .npz). `file` is the path to read, `path` the name
 * messages use (the app's uploads are named by their original file name).
 */
export async function readInputFile(
  path: string,
  purpose: InputPurpose,
  expectedNames: readonly string[] = [],
  file = path
): Promise<InputTable> {
  // An upload's own name (`path`) can say IDX where its saved copy (`file`) does not.
  if (path !== '-' && (isIdxFile(path) || importsAsDataset(file)))
    throw userError('results.imagesNotRows', { file: path })
  const format = path === '-' ? 'csv' : tableFormatOf(path)
  if (format === 'csv') return readInputTable(file, expectedNames, path === '-' ? 'stdin' : path)
  const arrays = format === 'npy' || format === 'npz'
  if (arrays && purpose === 'predict')
    return inputTableOf(await readFeaturesArray(path, file), format)
  try {
    return inputTableOf(await TABLE_READERS[format](path, file, {}), format)
  } catch (error) {
    throw needsLabels(error)
  }
}

/** Arrays without labels, refused for evaluating: said as such (predicting would take them). */
function needsLabels(error: unknown): unknown {
  const detail = error instanceof UserError ? error.detail : undefined
  if (detail?.code === 'array.noLabelsFile')
    return userError('data.arrayNeedsLabels', detail.params)
  if (detail?.code === 'array.noPair') return userError('data.npzNeedsLabels', detail.params)
  return error
}

/** A reader's table as rows of text; NumPy arrays (numbers, no column names) are taken in order. */
function inputTableOf(read: ReadTable, format: string): InputTable {
  const { table } = read
  const rejected: RowProblem[] = (table.rejected ?? []).map((item) => ({
    line: item.line ?? 0,
    ...(item.line === undefined ? { place: item.file } : {}),
    problem: item.problem!
  }))
  const arrays = format === 'npy' || format === 'npz'
  const rows = read.dataset ? datasetRows(read.dataset) : table.rows
  const places = read.dataset?.rowSources ?? table.places
  if (read.dataset)
    for (const item of read.dataset.skipped)
      rejected.push({ line: 0, place: item.file, problem: item.problem! })
  return {
    file: table.file,
    names: table.names,
    rows,
    lines: read.dataset ? rows.map(() => 0) : table.lines,
    decimalComma: false,
    ragged: [],
    hasHeader: !arrays,
    ...(places ? { places } : {}),
    rejected,
    ...(arrays ? { unnamedColumns: true } : {})
  }
}

/** A numeric arrays dataset back as text rows (`String` round-trips each number): x1 … xN, label. */
function datasetRows(dataset: TableDataset): string[][] {
  const width = dataset.featureNames.length
  const count = dataset.features.length / width
  return Array.from({ length: count }, (_, row) => {
    const cells = Array.from(dataset.features.subarray(row * width, (row + 1) * width), String)
    if (dataset.labels && dataset.classes) cells.push(dataset.classes[dataset.labels[row]])
    else if (dataset.targets) cells.push(String(dataset.targets[row]))
    return cells
  })
}
