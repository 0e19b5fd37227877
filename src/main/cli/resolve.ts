import { existsSync } from 'node:fs'
import type { ModelFile } from '../../shared/model/model-file'
import type { DatasetSummary } from '../../shared/model/dataset'
import { userError } from '../../shared/errors'
import type { Lab } from '../lab'
import type { ImportOptions } from '../services/datasets/imported-dataset'
import { readModelFile } from '../services/model-files'
import { modelEpoch } from '../services/run-pages'
import type { Output } from './output'
import { importWithProgress } from './import-progress'

/** A model named on the command line: the file's or run's model, and where it came from. */
export interface ResolvedModel {
  model: ModelFile
  runId: string | null
  /** The run's epoch whose weights these are (null for a model file). */
  epoch: number | null
}

/**
 * MODEL is a model file path, a run id, or RUN@EPOCH (the weights of that stored epoch). A run's
 * model is its final one, or for a run that never finished, the weights of its last checkpoint.
 */
export function resolveModel(lab: Lab, reference: string): ResolvedModel {
  if (existsSync(reference)) return { model: readModelFile(reference), runId: null, epoch: null }
  const { runId, epoch } = parseRunEpoch(reference)
  if (!lab.runs.find(runId)) throw userError('cli.noModel', { reference })
  if (epoch !== null) return { model: lab.runs.modelAt(runId, epoch), runId, epoch }
  const run = lab.runs.get(runId)
  return {
    model: lab.runs.model(runId),
    runId,
    epoch: run.model ? modelEpoch(run) : run.epochs
  }
}

/** `r3` or `r3@20` (`train --from`, and MODEL of `predict`, `trace`, `gradcheck`, `export`). */
export function parseRunEpoch(reference: string): { runId: string; epoch: number | null } {
  const match = /^(.+)@(\d+)$/.exec(reference)
  return match ? { runId: match[1], epoch: Number(match[2]) } : { runId: reference, epoch: null }
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
    throw userError('cli.noData', { reference })
  }
  const { dataset, reused } = await importWithProgress(lab, out, reference, options)
  out.note(
    `${reused ? 'using' : 'imported'} dataset ${dataset.datasetId} "${dataset.name}": ${dataset.rows} rows, ${dataset.features} features${dataset.classes ? `, ${dataset.classes.length} classes` : ''}`
  )
  return dataset
}
