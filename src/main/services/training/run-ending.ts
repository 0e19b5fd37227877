import type { LabDatabase } from '../../db/lab-database'
import { isDiskFull } from '../../machine-faults'
import type { RunOutcome } from './active-run'
import type { RunLock } from './run-locks'
import { message, type LabMessage } from '../../../shared/messages'
import type { UnsavedStep } from '../../../shared/message-tables/training-refusals'

/** How often an outcome that could not be stored (a full disk) is tried again. */
const RETRY_MS = 5_000
/** How often a running run records that it is alive (shown as its end when it was killed). */
const HEARTBEAT_MS = 5_000

/** Records every few seconds that the run is alive; returns the function that stops it. */
export function keepAlive(db: LabDatabase, runId: string): () => void {
  const heartbeat = setInterval(() => {
    try {
      db.runs.heartbeat(runId)
    } catch {
      // A heartbeat missed (a full disk) tells nothing: the run's lock says who trains it.
    }
  }, HEARTBEAT_MS)
  heartbeat.unref()
  return () => clearInterval(heartbeat)
}

/**
 * Why a run could not go on: one line saying what was not saved and, for a full disk, what to do
 * (`step`: an epoch's number, `run` for its start or progress, `end` for the run's end).
 */
export function notSaved(
  db: LabDatabase,
  runId: string,
  step: UnsavedStep,
  error: unknown
): LabMessage {
  const database = db.connection.name
  if (isDiskFull(error)) {
    const code = String((error as { code?: unknown }).code)
    return message('run.diskFull', { code, step, database, runId })
  }
  const problem = error instanceof Error ? error.message.split('\n')[0] : String(error)
  return message('run.notSaved', { step, database, problem, runId })
}

/**
 * Stores how a run ended and then lets go of its lock. When that cannot be written (its final
 * model on a full disk), the run is stored as failed, saying why; when not even that can be, it
 * is tried again every few seconds, the lock kept meanwhile (a process that ends lets go of it,
 * and the next one marks the run interrupted). Returns the outcome as it is (to be) stored.
 */
export function recordOutcome(
  db: LabDatabase,
  ended: RunOutcome,
  lock: RunLock,
  activeSeconds: number
): RunOutcome {
  const write = (outcome: RunOutcome): boolean => {
    try {
      db.runs.finish(outcome.runId, { ...outcome, activeSeconds })
      lock.release()
      return true
    } catch {
      return false
    }
  }
  let error: unknown
  try {
    db.runs.finish(ended.runId, { ...ended, activeSeconds })
    lock.release()
    return ended
  } catch (caught) {
    error = caught
  }
  // A run that failed already (its epoch could not be saved) keeps that first reason.
  const firstFailure = ended.status === 'failed' ? ended.error : null
  const failed: RunOutcome = {
    ...ended,
    status: 'failed',
    model: null,
    summary: null,
    error: firstFailure ?? notSaved(db, ended.runId, 'end', error)
  }
  if (!write(failed)) {
    const retry = setInterval(() => {
      if (write(failed)) clearInterval(retry)
    }, RETRY_MS)
    retry.unref()
  }
  return failed
}
