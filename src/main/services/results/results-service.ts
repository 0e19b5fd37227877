import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { TableText, ResultsModel } from '../../../shared/ipc/requests'
import type { ModelFile } from '../../../shared/model/model-file'
import type { EvaluationReport, FilePredictions } from '../../../shared/model/results'
import { parseModelFile } from '../../../shared/validation/model-file'
import type { LabDatabase } from '../../db/lab-database'
import type { DatasetFiles } from '../datasets/dataset-files'
import { checkMainThreadWork, forwardCost } from '../main-thread-work'
import { runModel } from '../run-model'
import { evaluateDataset, evaluateTable } from './evaluation-sources'
import { readInputFile, type InputPurpose } from './input-file'
import { parseInputTable, type InputTable } from './input-table'
import { predictTable } from './table-predictions'

/** What the results read: runs' models and stored datasets. */
export interface ResultsStores {
  db: LabDatabase
  datasets: DatasetFiles
}

/** The model a request names: a run's (final, or its latest checkpoint) or an opened file's. */
export function resultsModel(lab: ResultsStores, source: ResultsModel): ModelFile {
  return 'runId' in source ? runModel(lab.db, source.runId) : parseModelFile(source.model)
}

/** The app's Predict on a file: the file's rows (matched by input name), each with its outputs. */
export async function predictTableText(
  lab: ResultsStores,
  source: ResultsModel,
  file: TableText
): Promise<FilePredictions> {
  const model = resultsModel(lab, source)
  const table = await sentTable(file, 'predict', model.inputNames ?? [])
  checkRows(model, table.rows.length)
  return predictTable(model, table)
}

/** The app's Evaluate: on a stored dataset, or on a labelled file the page read. */
export async function evaluateOn(
  lab: ResultsStores,
  source: ResultsModel,
  data: { datasetId: string } | { table: TableText; labelColumn?: string }
): Promise<EvaluationReport> {
  const model = resultsModel(lab, source)
  if ('datasetId' in data) {
    checkRows(model, lab.datasets.summary(data.datasetId).rows)
    return evaluateDataset(model, lab.datasets.load(data.datasetId))
  }
  const table = await sentTable(data.table, 'evaluate', model.inputNames ?? [])
  checkRows(model, table.rows.length)
  return evaluateTable(model, table, data.labelColumn)
}

/**
 * The table of a file the page sent: CSV text parsed as it is; a file sent as bytes (a workbook,
 * Parquet, arrays, a .gz) written to a temporary folder under its own name and read by the
 * importer's reader for its format, then removed. Messages name the file by its original name.
 */
async function sentTable(
  file: TableText,
  purpose: InputPurpose,
  expectedNames: readonly string[]
): Promise<InputTable> {
  const name = basename(file.name)
  if (file.encoding !== 'base64') return parseInputTable(file.text, name, expectedNames)
  const folder = await mkdtemp(join(tmpdir(), 'backprop-lab-results-'))
  try {
    const path = join(folder, name)
    await writeFile(path, Buffer.from(file.text, 'base64'))
    return await readInputFile(name, purpose, expectedNames, path)
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Refuses a file or dataset whose forward passes would hold main's thread for long. */
function checkRows(model: ModelFile, rows: number): void {
  checkMainThreadWork({ kind: 'results', rows }, forwardCost(model) * rows)
}
