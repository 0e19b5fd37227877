import type { ModelFile } from '../../shared/model/model-file'
import { readStoredRows, storedRow, type StoredValues } from '../engine/data-rows'
import type { LabDatabase } from '../db/lab-database'
import type { DatasetFiles } from './datasets/dataset-files'
import {
  exportModel,
  type ExportData,
  type ExportFormat,
  type ExportResult,
  type ExportTraining
} from './export'
import { optimizerConfig } from './training/run-config'
import { classTargets, splitForRun } from '../dataset-arrays/run-data'

/** How many real rows an export keeps as reference samples for its check. */
const REFERENCE_ROWS = 5

/** What to export: a model on its own (a model file), or a run's model with its data and settings. */
export interface ExportSource {
  model: ModelFile
  runId: string | null
}

/**
 * Exports a model. For a run, the reference samples are real rows of its dataset (from its
 * validation part when it has one), `train.py` gets the run's settings, and `withData` writes
 * the run's training rows beside it.
 */
export async function exportSource(
  db: LabDatabase,
  datasets: DatasetFiles,
  source: ExportSource,
  format: ExportFormat,
  outDir: string,
  withData: boolean
): Promise<ExportResult> {
  const run = source.runId ? db.runs.get(source.runId) : undefined
  if (!run || !run.datasetId || !db.datasets.get(run.datasetId)) {
    return exportModel({ model: source.model, format, outDir, referenceInputs: [] })
  }
  const { summary, features, labels, targets, testFrom } = datasets.load(run.datasetId)
  const width = summary.features
  const split = splitForRun(summary.rows, run.config.split, run.seed, labels, testFrom)
  const referenceRows = (split.validation.length > 0 ? split.validation : split.train).slice(
    0,
    REFERENCE_ROWS
  )
  const referenceInputs = Array.from(referenceRows, (row) => storedRow(features, width, row))
  const outputSize = run.network.layers[run.network.layers.length - 1].units
  const training: ExportTraining = {
    optimizer: optimizerConfig(run.config),
    lrSchedule: run.config.lrSchedule,
    l1: run.config.l1,
    l2: run.config.l2,
    batchSize: run.config.batchSize === 'full' ? split.train.length : run.config.batchSize,
    epochs: run.config.epochs,
    seed: run.seed,
    shuffle: run.config.shuffle,
    precision: run.config.precision
  }
  let data: ExportData | undefined
  if (withData) {
    const allTargets = labels ? classTargets(labels, outputSize) : targets!
    data = {
      inputs: gatherRows(features, width, split.train),
      targets: gatherRows(allTargets, outputSize, split.train),
      rows: split.train.length,
      inputSize: width,
      outputSize
    }
  }
  return exportModel({ model: source.model, format, outDir, referenceInputs, training, data })
}

/** The chosen rows as Float32 values (pixel bytes as b / 255). */
function gatherRows(values: StoredValues, width: number, rows: Int32Array): Float32Array {
  const gathered = new Float32Array(rows.length * width)
  const row = new Float64Array(width)
  rows.forEach((index, position) =>
    gathered.set(readStoredRows(values, width, index, 1, row), position * width)
  )
  return gathered
}
