import type { RunConfig } from '../../../shared/model/run'
import { userError } from '../../../shared/errors'
import type { LabDatabase } from '../../db/lab-database'

/**
 * A run in an experiment with a teacher's task keeps the settings the teacher locked: refused
 * with one line naming the setting and the teacher's value otherwise.
 */
export function checkTaskLocks(db: LabDatabase, experimentId: string, config: RunConfig): void {
  const task = db.tasks.forExperiment(experimentId)
  if (!task) return
  for (const setting of task.locked) {
    const fixed = (task.config as Partial<RunConfig>)[setting]
    if (fixed === undefined) continue
    if (JSON.stringify(config[setting]) !== JSON.stringify(fixed))
      throw userError('task.locked', {
        setting,
        fixed: JSON.stringify(fixed),
        got: JSON.stringify(config[setting])
      })
  }
}
