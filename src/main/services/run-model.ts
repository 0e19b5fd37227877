import { userError } from '../../shared/errors'
import { inputNamesField, type ModelFile } from '../../shared/model/model-file'
import type { Checkpoint } from '../db/checkpoint-repo'
import type { LabDatabase } from '../db/lab-database'
import type { RunRecord } from '../db/run-repo'
import { storedRun } from './stored-run'
import { modelFromParameters } from './training/model-from-parameters'
import { requireCheckpoint } from './training/checkpoint-lineage'

/** The model file of a run's network with one of its checkpoints' weights. */
export function checkpointModel(
  db: LabDatabase,
  run: RunRecord,
  checkpoint: Pick<Checkpoint, 'parameters' | 'precision'>
): ModelFile {
  const dataset = run.datasetId ? db.datasets.get(run.datasetId) : undefined
  return modelFromParameters(run, dataset, checkpoint.parameters, checkpoint.precision)
}

/**
 * A run's model: its final one, or for a run that never finished (or is still training), the
 * weights of its last checkpoint. Throws UserError for an unknown run or one without weights.
 */
export function runModel(db: LabDatabase, runId: string): ModelFile {
  const run = storedRun(db, runId)
  // Runs trained before models carried inputNames get them from their dataset.
  if (run.model) {
    const dataset = run.datasetId ? db.datasets.get(run.datasetId) : undefined
    return { ...inputNamesField(dataset?.featureNames, run.model.inputSize), ...run.model }
  }
  const checkpoint = db.checkpoints.latest(run.runId)
  if (!checkpoint) throw userError('run.noWeights', { runId: run.runId, stopped: true })
  return checkpointModel(db, run, checkpoint)
}

/**
 * A run's model at one stored epoch (its own checkpoint, or its line's before it branched).
 * Throws UserError naming the nearest stored epochs when that epoch has no checkpoint.
 */
export function runModelAt(db: LabDatabase, runId: string, epoch: number): ModelFile {
  const run = storedRun(db, runId)
  return checkpointModel(db, run, requireCheckpoint(db, run, epoch))
}
