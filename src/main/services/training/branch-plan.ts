import type { BranchRequest } from '../../../shared/model/branch'
import { replayWatch } from '../../../shared/model/early-stopping'
import { scheduleProblem } from '../../../shared/model/lr-schedule'
import type { RunConfig } from '../../../shared/model/run'
import { DEFAULT_LEARNING_RATES } from '../../../shared/model/run-defaults'
import { userError, userErrorOf } from '../../../shared/errors'
import type { Checkpoint } from '../../db/checkpoint-repo'
import type { LabDatabase } from '../../db/lab-database'
import type { RunRecord } from '../../db/run-repo'
import type { ResumeState, TrainingJob } from '../../worker/protocol'
import { checkpointAt, requireCheckpoint } from './checkpoint-lineage'

/** Everything a branch starts from. */
export interface BranchPlan {
  parent: RunRecord
  epoch: number
  config: RunConfig
  checkpoint: Checkpoint
  resume: ResumeState
  watch: TrainingJob['watch']
}

/**
 * Works out a branch of `request.runId` at an epoch with a stored checkpoint: its config (the
 * parent's with the changes; a new optimizer without a rate gets that optimizer's default), the
 * state to resume (the optimizer's kept when its kind is, else fresh), and early stopping's
 * watch continued from the parent's epochs when its settings are the parent's.
 */
export function planBranch(db: LabDatabase, request: BranchRequest): BranchPlan {
  const parent = db.runs.get(request.runId)
  if (!parent) throw userError('run.notFound', { runId: request.runId, seeRuns: true })
  if (!parent.datasetId)
    throw userError('run.datasetDeleted', { runId: parent.runId, without: 'branch' })
  const epoch = request.epoch ?? db.checkpoints.epochs(parent.runId).at(-1)
  if (epoch === undefined) throw userError('branch.noCheckpoint', { runId: parent.runId })
  const checkpoint = requireCheckpoint(db, parent, epoch)
  const changes = { ...request.changes }
  if (
    changes.optimizer &&
    changes.optimizer !== parent.config.optimizer &&
    changes.learningRate === undefined
  )
    changes.learningRate = DEFAULT_LEARNING_RATES[changes.optimizer]
  const config: RunConfig = { ...parent.config, ...changes, name: changes.name ?? null }
  if (config.epochs <= epoch)
    throw userError('branch.nothingToTrain', { runId: parent.runId, epochs: config.epochs, epoch })
  const problem = scheduleProblem(config.lrSchedule, config.learningRate, config.epochs)
  if (problem) throw userErrorOf(problem)
  const sameOptimizer = config.optimizer === parent.config.optimizer
  const resume: ResumeState = {
    completedEpochs: epoch,
    parameters: checkpoint.parameters,
    optimizerStep: sameOptimizer ? checkpoint.optimizerStep : 0,
    optimizerSlots: sameOptimizer ? checkpoint.optimizerSlots : [],
    rng: checkpoint.rng as ResumeState['rng']
  }
  return {
    parent,
    epoch,
    config,
    checkpoint,
    resume,
    watch: branchWatch(db, parent, config, epoch)
  }
}

/**
 * Early stopping's state at the branch point: the parent's own watch replayed to that epoch when
 * the branch watches the same way (so an unchanged branch stops where its parent did), else a
 * fresh watch. The best epoch's weights come along when they are to be restored.
 */
function branchWatch(
  db: LabDatabase,
  parent: RunRecord,
  config: RunConfig,
  epoch: number
): TrainingJob['watch'] {
  const watching = config.earlyStopping
  if (!watching || JSON.stringify(watching) !== JSON.stringify(parent.config.earlyStopping))
    return null
  const state = replayWatch(watching, db.metrics.epochs(parent.runId), epoch)
  if (!state) return null
  const best = watching.restoreBest ? checkpointAt(db, parent, state.bestEpoch) : undefined
  return { state, bestParameters: best?.parameters ?? null }
}
