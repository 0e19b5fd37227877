import { checkTarget, type TargetCheck, type TargetMetric } from '../../../shared/model/task'
import type { LabDatabase } from '../../db/lab-database'
import type { RunEvaluationSummary } from '../../../shared/model/run-page'

/**
 * When a run in an experiment with a task ends (completed, or stopped by the learner or early
 * stopping), measures it against the task's target and records the result on the run. A failed
 * run is not measured.
 */
export function checkRunTarget(db: LabDatabase, runId: string): TargetCheck | null {
  const run = db.runs.get(runId)
  if (!run || run.status === 'failed') return null
  const target = db.tasks.forExperiment(run.experimentId)?.target
  if (!target) return null
  const summary = run.summary as RunEvaluationSummary | null
  const figures: Record<TargetMetric, number | null> = {
    'val-accuracy': summary?.validation?.accuracy ?? null,
    'val-loss': summary?.validation?.loss ?? null,
    'train-accuracy': summary?.train?.accuracy ?? null,
    'train-loss': summary?.train?.loss ?? null
  }
  const hiddenUnits = run.network.layers.slice(0, -1).reduce((sum, layer) => sum + layer.units, 0)
  const check = checkTarget(target, { figures, hiddenUnits, epochs: run.epochs })
  db.runs.setTargetCheck(runId, check)
  return check
}
