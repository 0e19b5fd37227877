import { UserError } from '../../shared/errors'
import type { ModelFile } from '../../shared/model/model-file'
import type { LabDatabase } from '../db/lab-database'
import { modelFromParameters } from './training/model-from-parameters'

/**
 * A run's model: its final one, or for a run that never finished (or is still training), the
 * weights of its last checkpoint. Throws UserError for an unknown run or one without weights.
 */
export function runModel(db: LabDatabase, runId: string): ModelFile {
  const run = db.runs.get(runId)
  if (!run) throw new UserError(`${runId}: no such model file or run id (see: backprop-lab runs)`)
  if (run.model) return run.model
  const checkpoint = db.checkpoints.latest(run.runId)
  if (!checkpoint)
    throw new UserError(
      `run ${run.runId} has no trained weights yet (it stopped before its first epoch ended)`
    )
  const dataset = run.datasetId ? db.datasets.get(run.datasetId) : undefined
  return modelFromParameters(run, dataset, checkpoint.parameters, checkpoint.precision)
}
