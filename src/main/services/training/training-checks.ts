import { scheduleProblem } from '../../../shared/model/lr-schedule'
import type { RunConfig } from '../../../shared/model/run'
import { UserError } from '../../../shared/errors'

/**
 * The settings a run cannot start with, as one line each: a schedule whose numbers do not fit the
 * run, early stopping without a validation part to watch, a checkpoint budget of nothing.
 */
export function checkTrainingConfig(config: RunConfig): void {
  const problem = scheduleProblem(config.lrSchedule, config.learningRate, config.epochs)
  if (problem) throw new UserError(`learning-rate schedule: ${problem}`)
  const watching = config.earlyStopping
  if (watching) {
    if (!(config.split.length >= 2 && config.split[1] > 0))
      throw new UserError(
        'early stopping watches the validation part: give the split one (e.g. --split 0.8,0.2)'
      )
    if (!Number.isInteger(watching.patience) || watching.patience < 1)
      throw new UserError(
        `early stopping's patience must be a whole number of epochs from 1, got ${watching.patience}`
      )
  }
  if (!(config.checkpointBudgetMb > 0))
    throw new UserError(
      `the checkpoint budget must be more than 0 MB, got ${config.checkpointBudgetMb}`
    )
}
