import { basename } from 'node:path'
import { closeSync, openSync, readSync } from 'node:fs'
import type { DatasetPreview, PreviewRow } from '../../../shared/model/dataset-preview'
import { storedRow } from '../../engine/data-rows'
import type { DatasetFiles } from './dataset-files'
import { bytesPerValue, readInt32, valuesOfFile } from '../../dataset-arrays/stored-arrays'

/**
 * A page of a dataset's rows (all rows, or only those of one class), read from its files, with
 * each row's origin: its CSV line or its image's path. Only the page's rows are read from the
 * feature file, so a page of a 70,000-image dataset stays cheap.
 */
export function previewDataset(
  db: DatasetFiles,
  datasetId: string,
  offset: number,
  limit: number,
  classIndex?: number
): DatasetPreview {
  const summary = db.summary(datasetId)
  const files = db.files(datasetId)
  const labels = files.labels ? readInt32(files.labels) : null
  const origins = db.rowOrigins(datasetId)
  const matching =
    classIndex === undefined || !labels
      ? null
      : Array.from(labels.keys()).filter((row) => labels[row] === classIndex)
  const total = matching ? matching.length : summary.rows
  const picked: number[] = []
  for (let position = offset; position < Math.min(total, offset + limit); position++) {
    picked.push(matching ? matching[position] : position)
  }
  const features = readRows(files.features, picked, summary.features)
  const targets = files.targets
    ? readRows(files.targets, picked, summary.targets?.length ?? 0)
    : null
  const rows: PreviewRow[] = picked.map((row, index) => ({
    row,
    values: features[index],
    label: labels ? labels[row] : null,
    targets: targets ? targets[index] : null,
    origin: originOf(origins, row, summary.source)
  }))
  return { datasetId, total, offset, rows }
}

/**
 * Reads some rows of a row-major stored value file as numbers (pixel bytes as b / 255), one
 * positioned read per row.
 */
function readRows(file: string, rows: readonly number[], width: number): number[][] {
  const size = bytesPerValue(file)
  const handle = openSync(file, 'r')
  try {
    return rows.map((row) => {
      const bytes = new Uint8Array(width * size)
      readSync(handle, bytes, 0, bytes.length, row * bytes.length)
      return storedRow(valuesOfFile(file, bytes.buffer), width, 0)
    })
  } finally {
    closeSync(handle)
  }
}

/**
 * A row's origin, written the same in every language: its image's path (`coat/00017.png`), its
 * file and line as in error messages (`iris.csv:12`), or for generated data its row number (`#3`).
 */
export function originOf(
  origins: { rowSources?: string[]; rowLines?: number[] },
  row: number,
  source: string
): string {
  const image = origins.rowSources?.[row]
  if (image !== undefined) return image
  const line = origins.rowLines?.[row]
  return line === undefined ? `#${row + 1}` : `${basename(source)}:${line}`
}
