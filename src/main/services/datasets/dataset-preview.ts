import type { DatasetPreview, PreviewRow } from '../../../shared/model/views'
import type { DatasetStore } from './dataset-store'

/**
 * A page of a dataset's rows (all rows, or only those of one class), read from its files, with
 * each row's origin: its CSV line or its image's path.
 */
export function previewDataset(
  store: DatasetStore,
  datasetId: string,
  offset: number,
  limit: number,
  classIndex?: number
): DatasetPreview {
  const { summary, features, labels, targets } = store.load(datasetId)
  const origins = store.rowOrigins(datasetId)
  const width = summary.features
  const targetWidth = summary.targets?.length ?? 0
  const matching =
    classIndex === undefined || !labels
      ? null
      : Array.from(labels.keys()).filter((row) => labels[row] === classIndex)
  const total = matching ? matching.length : summary.rows
  const rows: PreviewRow[] = []
  for (let position = offset; position < Math.min(total, offset + limit); position++) {
    const row = matching ? matching[position] : position
    rows.push({
      row,
      values: Array.from(features.subarray(row * width, (row + 1) * width)),
      label: labels ? labels[row] : null,
      targets: targets ? Array.from(targets.subarray(row * targetWidth, (row + 1) * targetWidth)) : null,
      origin: originOf(origins, row)
    })
  }
  return { datasetId, total, offset, rows }
}

/** A row's origin: its image's path, its CSV line, or (generated data) its row number. */
function originOf(origins: { rowSources?: string[]; rowLines?: number[] }, row: number): string {
  const source = origins.rowSources?.[row]
  if (source !== undefined) return source
  const line = origins.rowLines?.[row]
  return line === undefined ? `row ${row + 1}` : `line ${line}`
}
