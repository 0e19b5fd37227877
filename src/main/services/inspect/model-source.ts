import type { ModelSource } from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import { userError } from '../../../shared/errors'
import type { RunRecord } from '../../db/run-repo'
import type { LabDatabase } from '../../db/lab-database'
import type { DatasetFiles } from '../datasets/dataset-files'
import type { TrainingService } from '../training/training-service'
import { readModelFile } from '../model-files'
import { checkpointModel } from '../run-model'
import { requireCheckpoint } from '../training/checkpoint-lineage'

/** What inspecting reads: the store, the dataset files, and the runs training in this process. */
export interface InspectSources {
  db: LabDatabase
  datasets: DatasetFiles
  training: Pick<TrainingService, 'currentModel'>
}

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
export function runModel(sources: InspectSources, run: RunRecord, revision: string): InspectedRun {
  const current = sources.training.currentModel(run.runId) ?? latestCheckpointModel(sources, run)
  if (!current) throw userError('run.noWeights', { runId: run.runId, stopped: false })
  return { model: current.model, run, epoch: current.epoch, stamp: `${run.runId}@${revision}` }
}

function latestCheckpointModel(
  sources: InspectSources,
  run: RunRecord
): { model: ModelFile; epoch: number } | null {
  const checkpoint = sources.db.checkpoints.latest(run.runId)
  if (!checkpoint) return null
  return { model: checkpointModel(sources.db, run, checkpoint), epoch: checkpoint.epoch }
}

/**
 * A run's model at a stored epoch (its own checkpoint or its line's), exact: the weights that
 * epoch ended with. A checkpoint never changes, so `runId#epoch` stamps its caches.
 */
export function runModelAtEpoch(
  sources: InspectSources,
  run: RunRecord,
  epoch: number
): InspectedRun {
  const model = checkpointModel(sources.db, run, requireCheckpoint(sources.db, run, epoch))
  return { model, run, epoch, stamp: `${run.runId}#${epoch}` }
}

/**
 * The model of any source: a run's as it stands or at a stored epoch (through `ofRun`, which may
 * cache it), a model file's content, or a file on main's side.
 */
export function resolveModelSource(
  source: ModelSource,
  ofRun: (runId: string, epoch?: number) => InspectedRun
): InspectedModel {
  const { runId, epoch, model, modelPath } = source as {
    runId?: string
    epoch?: number
    model?: ModelFile
    modelPath?: string
  }
  if (runId !== undefined) return ofRun(runId, epoch)
  return { model: model ?? readModelFile(modelPath!), run: null, epoch: null, stamp: null }
}
