import type { DatasetSummary, OfficialTest } from '../../../shared/model/dataset'
import { readInt32, readTestFrom, type DatasetPaths } from '../../dataset-arrays/stored-arrays'
import { classCounts } from './statistics'

/**
 * The dataset's own test rows (kept in its folder's split file, see ImportedDataset.testFrom),
 * counted per class, or null when it has none: what the Data screen's split shows as the test part.
 */
export function officialTestOf(
  summary: Pick<DatasetSummary, 'rows' | 'classes'>,
  paths: Pick<DatasetPaths, 'split' | 'labels'>
): OfficialTest | null {
  const testFrom = readTestFrom(paths)
  if (testFrom === null || testFrom <= 0 || testFrom >= summary.rows) return null
  const rows = summary.rows - testFrom
  if (!summary.classes || !paths.labels) return { rows, classCounts: null }
  const labels = readInt32(paths.labels).subarray(testFrom)
  return { rows, classCounts: classCounts(labels, summary.classes.length) }
}
