import type { LabDatabase } from '../../db/lab-database'
import type { RunLocks } from './run-locks'
import { message } from '../../../shared/messages'

/** A run whose heartbeat is older than this is not alive, whatever its pid says (pids get reused). */
const STALE_HEARTBEAT_MS = 60_000

/** True when a process with this id exists. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Marks runs left `running` by a process that died (killed, crashed, power cut) as
 * `interrupted`, so they show truthfully and can be resumed. A run's owner holds its lock for as
 * long as it lives, stopped or not; only runs from before locks are judged by pid and heartbeat.
 * Returns their ids.
 */
export function markInterruptedRuns(db: LabDatabase, locks: RunLocks, now = Date.now()): string[] {
  const interrupted: string[] = []
  for (const run of db.runs.listRunning()) {
    const heartbeat = Date.parse(run.heartbeatAt ?? run.startedAt)
    const alive =
      locks.isHeld(run.runId) ??
      (run.pid !== null && processIsAlive(run.pid) && now - heartbeat < STALE_HEARTBEAT_MS)
    if (alive) continue
    db.runs.markInterrupted(
      run.runId,
      message('run.interrupted', { pid: String(run.pid ?? '?'), runId: run.runId })
    )
    interrupted.push(run.runId)
  }
  return interrupted
}
