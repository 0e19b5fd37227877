import { existsSync } from 'node:fs'
import type { ModelFile } from '../../shared/model/model-file'
import type { DatasetSummary } from '../../shared/model/dataset'
import { UserError } from '../../shared/errors'
import type { Lab } from '../lab'
import type { ImportOptions } from '../services/datasets/imported-dataset'
import { readModelFile } from '../services/model-files'
import type { Output } from './output'
import { importWithProgress } from './import-progress'

/** A model named on the command line: the file's or run's model, and where it came from. */
export interface ResolvedModel {
  model: ModelFile
  runId: string | null
}

/**
 * MODEL is a model file path or a run id. A run's model is its final one, or for a run that
 * never finished, the weights of its last checkpoint.
 */
export function resolveModel(lab: Lab, reference: string): ResolvedModel {
  if (existsSync(reference)) return { model: readModelFile(reference), runId: null }
  if (!lab.runs.find(reference))
    throw new UserError(`${reference}: no such model file or run id (see: backprop-lab runs)`)
  return { model: lab.runs.model(reference), runId: reference }
}

/**
 * DATA is a dataset id (`d3`) or a path to import on the fly (reported on stderr, so stdout
 * carries only the training stream).
 */
export async function resolveDataset(
  lab: Lab,
  out: Output,
  reference: string,
  options: ImportOptions
): Promise<DatasetSummary> {
  const stored = /^d\d+$/.test(reference) ? lab.datasets.find(reference) : undefined
  if (stored && !existsSync(reference)) return stored
  if (!existsSync(reference)) {
    throw new UserError(
      `${reference}: no such file, folder or dataset id (see: backprop-lab datasets)`
    )
  }
  const { dataset, reused } = await importWithProgress(lab, out, reference, options)
  out.note(
    `${reused ? 'using' : 'imported'} dataset ${dataset.datasetId} "${dataset.name}": ${dataset.rows} rows, ${dataset.features} features${dataset.classes ? `, ${dataset.classes.length} classes` : ''}`
  )
  return dataset
}
