import type { NetworkDraft } from '@shared/model/app-state'
import type { Task } from '@shared/model/task'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import type { TrainAgainPlan } from './train-again'

/**
 * What a teacher's task loads for the learner: its dataset, the teacher's network and settings
 * (over the learner's own where the task says nothing), or null when the task has no dataset.
 */
export function taskPlan(task: Task, own: TrainingSettings): TrainAgainPlan | null {
  const { config } = task
  if (!task.datasetId) return null
  const draft: NetworkDraft = {
    hidden: (config.hidden ?? []).map((units, index) => ({
      units,
      activation: config.hiddenActivations?.[index] ?? config.activation ?? 'relu'
    })),
    output: config.output ?? 'auto',
    loss: config.loss ?? 'auto'
  }
  const settings = structuredClone(own)
  for (const key of Object.keys(own) as (keyof TrainingSettings)[]) {
    const value = config[key as keyof typeof config]
    if (value !== undefined) (settings as Record<string, unknown>)[key] = structuredClone(value)
  }
  if (config.epochs !== undefined) settings.epochs = config.epochs
  return { datasetId: task.datasetId, draft, presetModel: null, settings }
}
