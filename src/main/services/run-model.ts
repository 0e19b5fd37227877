import { UserError } from '../../shared/errors'
import type { ModelFile } from '../../shared/model/model-file'
import type { LabStore } from '../db/lab-store'
import { modelFromParameters } from './training/model-from-parameters'

/**
 * A run's model: its final one, or for a run that never finished (or is still training), the
 * weights of its last checkpoint. Throws UserError for an unknown run or one without weights.
 */
export function runModel(store: LabStore, runId: string): ModelFile {
  const run = store.runs.get(runId)
  if (!run) throw new UserError(`${runId}: no such model file or run id (see: backprop-lab runs)`)
  if (run.model) return run.model
  const checkpoint = store.checkpoints.latest(run.runId)
  if (!checkpoint)
    throw new UserError(
      `run ${run.runId} has no trained weights yet (it stopped before its first epoch ended)`
    )
  const dataset = run.datasetId ? store.datasets.get(run.datasetId) : undefined
  return modelFromParameters(
    run.network,
    run.preprocessing,
    dataset,
    checkpoint.parameters,
    checkpoint.precision
  )
}
