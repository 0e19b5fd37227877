import { scheduleProblem } from '../../../shared/model/lr-schedule'
import type { RunConfig } from '../../../shared/model/run'
import { userError, userErrorOf } from '../../../shared/errors'

/**
 * The settings a run cannot start with, as one line each: a schedule whose numbers do not fit the
 * run, early stopping without a validation part to watch, a checkpoint budget of nothing.
 */
export function checkTrainingConfig(config: RunConfig): void {
  const problem = scheduleProblem(config.lrSchedule, config.learningRate, config.epochs)
  if (problem) throw userErrorOf(problem)
  const watching = config.earlyStopping
  if (watching) {
    if (!(config.split.length >= 2 && config.split[1] > 0))
      throw userError('training.earlyStoppingSplit', {})
    if (!Number.isInteger(watching.patience) || watching.patience < 1)
      throw userError('training.patience', { patience: watching.patience })
  }
  if (!(config.checkpointBudgetMb > 0))
    throw userError('training.checkpointBudget', { budget: config.checkpointBudgetMb })
}
