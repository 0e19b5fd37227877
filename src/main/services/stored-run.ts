import { userError } from '../../shared/errors'
import type { LabDatabase } from '../db/lab-database'
import type { RunRecord } from '../db/run-repo'

/**
 * A stored run, or the one UserError for an id the lab does not know. Every service that is
 * given a run id reads it through here, so the message is the same on every screen and command.
 */
export function storedRun(db: Pick<LabDatabase, 'runs'>, runId: string): RunRecord {
  const run = db.runs.get(runId)
  if (run) return run
  // `7` for `r7`: ids are written with their letter.
  const meant = /^\d+$/.test(runId) && db.runs.get(`r${runId}`) ? `r${runId}` : undefined
  throw userError('run.notFound', { runId, seeRuns: false, ...(meant ? { meant } : {}) })
}
