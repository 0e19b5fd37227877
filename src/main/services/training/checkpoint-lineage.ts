import { userError } from '../../../shared/errors'
import type { Checkpoint } from '../../db/checkpoint-repo'
import type { LabDatabase } from '../../db/lab-database'
import type { RunRecord } from '../../db/run-repo'

/**
 * A run's checkpoints including those it inherited: a branch stores its own from the epoch it
 * branched at, and its earlier epochs are its parent's (and so on up the line).
 */

/** The checkpoint of `epoch` in the run's line, or undefined when none is stored. */
export function checkpointAt(
  db: LabDatabase,
  run: RunRecord,
  epoch: number
): Checkpoint | undefined {
  for (let current: RunRecord | undefined = run; current;) {
    const own = db.checkpoints.at(current.runId, epoch)
    if (own) return own
    const parent = current.parent
    if (!parent || epoch > parent.epoch) return undefined
    current = db.runs.get(parent.runId)
  }
  return undefined
}

/** Epochs with a checkpoint in the run's line, ascending (exact to scrub to and branch from). */
export function storedEpochs(db: LabDatabase, run: RunRecord): number[] {
  const own = db.checkpoints.epochs(run.runId)
  const parent = run.parent && db.runs.get(run.parent.runId)
  if (!parent) return own
  const inherited = storedEpochs(db, parent).filter((epoch) => epoch < run.parent!.epoch)
  return [...inherited, ...own]
}

/** The stored epochs just below and above `epoch` in the run's line. */
export function nearestStored(db: LabDatabase, run: RunRecord, epoch: number): number[] {
  const epochs = storedEpochs(db, run)
  const below = epochs.filter((stored) => stored < epoch).at(-1)
  const above = epochs.find((stored) => stored > epoch)
  return [below, above].filter((stored): stored is number => stored !== undefined)
}

/** The checkpoint of `epoch` in the run's line, or a UserError naming the nearest stored epochs. */
export function requireCheckpoint(db: LabDatabase, run: RunRecord, epoch: number): Checkpoint {
  const checkpoint = checkpointAt(db, run, epoch)
  if (checkpoint) return checkpoint
  const near = nearestStored(db, run, epoch)
  throw userError('run.noCheckpointAt', { runId: run.runId, epoch, nearest: near })
}
