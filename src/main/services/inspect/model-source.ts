import type { ModelSource } from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import { UserError } from '../../../shared/errors'
import type { RunRecord } from '../../db/run-repo'
import type { Lab } from '../../lab'
import { readModelFile } from '../model-files'
import { modelFromParameters } from '../training/model-from-parameters'

/** A model to inspect and where it came from. */
export interface InspectedModel {
  model: ModelFile
  /** The run it belongs to, or null for a model file. */
  run: RunRecord | null
  /** The run's epoch whose weights these are, or null for a model file. */
  epoch: number | null
  /** Changes whenever the weights may have: the key of caches built from them (null: do not cache). */
  stamp: string | null
}

/** A run's model: `run` and `epoch` are always set. */
export interface InspectedRun extends InspectedModel {
  run: RunRecord
  epoch: number
  stamp: string
}

/**
 * A run's model as it stands: the latest epoch's weights while it trains in this process, else
 * its final model, else (an interrupted run, or one training in another process) the weights of
 * its latest checkpoint. `revision` is the run's `RunRepo.revision`, read with the record.
 */
export function runModel(lab: Lab, run: RunRecord, revision: string): InspectedRun {
  const current = lab.training.currentModel(run.runId) ?? checkpointModel(lab, run)
  if (!current)
    throw new UserError(
      `run ${run.runId} has no trained weights yet: its first epoch has not ended`
    )
  return { model: current.model, run, epoch: current.epoch, stamp: `${run.runId}@${revision}` }
}

function checkpointModel(lab: Lab, run: RunRecord): { model: ModelFile; epoch: number } | null {
  const checkpoint = lab.db.checkpoints.latest(run.runId)
  if (!checkpoint) return null
  const dataset = run.datasetId ? lab.db.datasets.get(run.datasetId) : undefined
  const model = modelFromParameters(run, dataset, checkpoint.parameters, checkpoint.precision)
  return { model, epoch: checkpoint.epoch }
}

/**
 * The model of any source: a run's as it stands (through `ofRun`, which may cache it), a model
 * file's content, or a file on main's side.
 */
export function resolveModelSource(
  source: ModelSource,
  ofRun: (runId: string) => InspectedRun
): InspectedModel {
  const { runId, model, modelPath } = source as {
    runId?: string
    model?: ModelFile
    modelPath?: string
  }
  if (runId !== undefined) return ofRun(runId)
  return { model: model ?? readModelFile(modelPath!), run: null, epoch: null, stamp: null }
}
