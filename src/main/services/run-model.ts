import { UserError } from '../../shared/errors'
import { inputNamesField, type ModelFile } from '../../shared/model/model-file'
import type { LabDatabase } from '../db/lab-database'
import { modelFromParameters } from './training/model-from-parameters'

/**
 * A run's model: its final one, or for a run that never finished (or is still training), the
 * weights of its last checkpoint. Throws UserError for an unknown run or one without weights.
 */
export function runModel(db: LabDatabase, runId: string): ModelFile {
  const run = db.runs.get(runId)
  if (!run) throw new UserError(`${runId}: no such model file or run id (see: backprop-lab runs)`)
  const dataset = run.datasetId ? db.datasets.get(run.datasetId) : undefined
  // Runs trained before models carried inputNames get them from their dataset.
  if (run.model)
    return { ...inputNamesField(dataset?.featureNames, run.model.inputSize), ...run.model }
  const checkpoint = db.checkpoints.latest(run.runId)
  if (!checkpoint)
    throw new UserError(
      `run ${run.runId} has no trained weights yet (it stopped before its first epoch ended)`
    )
  return modelFromParameters(
    run.network,
    run.preprocessing,
    dataset,
    checkpoint.parameters,
    checkpoint.precision
  )
}
