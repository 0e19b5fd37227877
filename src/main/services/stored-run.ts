import { userError } from '../../shared/errors'
import type { LabDatabase } from '../db/lab-database'
import type { RunRecord } from '../db/run-repo'

/**
 * A stored run, or the one UserError for an id the lab does not know. Every service that is
 * given a run id reads it through here, so the message is the same on every screen and command.
 */
export function storedRun(db: Pick<LabDatabase, 'runs'>, runId: string): RunRecord {
  const run = db.runs.get(runId)
  if (!run) throw userError('run.notFound', { runId, seeRuns: false })
  return run
}
