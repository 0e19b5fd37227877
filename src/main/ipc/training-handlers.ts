import { trainRowsOf } from '../../shared/model/run-defaults'
import { UserError } from '../../shared/errors'
import type { ActiveRun } from '../services/training/active-run'
import { decisionBoundary } from '../services/training/decision-boundary'
import { completeRunConfig } from '../services/training/run-config'
import { readModelFile } from '../services/model-files'
import type { HandlerContext, InvokeHandlers } from './handler-types'
import { RunFeed } from './run-changes'

type TrainingChannels =
  | 'training:start'
  | 'training:stop'
  | 'training:pause'
  | 'training:resume'
  | 'training:step'
  | 'training:continue'
  | 'training:boundary'
  | 'training:live'

/**
 * The Training screen's calls: start, control, continue, and the live decision boundary. Start
 * and continue answer at once with the run's first state (its id), before any change of it is
 * sent; the controls answer with the state they left the run in.
 */
export function trainingHandlers({
  lab,
  emit
}: HandlerContext): Pick<InvokeHandlers, TrainingChannels> {
  const feed = new RunFeed(emit)
  const activeRun = (runId: string): ActiveRun => {
    const run = lab.training.get(runId)
    if (!run) throw new UserError(`run ${runId} is not training`)
    return run
  }
  const control =
    (verb: 'stop' | 'pause' | 'resume' | 'step') =>
    ({ runId }: { runId: string }) => {
      activeRun(runId)[verb]()
      return feed.state(runId)!
    }
  return {
    'training:start': ({ datasetId, config: given, startPaused, experimentId }) => {
      const dataset = lab.datasets.summary(datasetId)
      const config = completeRunConfig(given, trainRowsOf(dataset.rows, given.split ?? [0.8, 0.2]))
      const initialModel = config.initModel ? readModelFile(config.initModel) : null
      const run = lab.training.start({ datasetId, config, initialModel, startPaused, experimentId })
      return feed.follow(run, config.epochs)
    },
    'training:stop': control('stop'),
    'training:pause': control('pause'),
    'training:resume': control('resume'),
    'training:step': control('step'),
    'training:continue': ({ runId }) => {
      const run = lab.training.resume(runId)
      return feed.follow(run, lab.db.runs.get(runId)!.config.epochs)
    },
    'training:boundary': ({ runId, resolution }) => {
      const record = lab.db.runs.get(runId)
      if (!record?.datasetId) return null
      const current = lab.training.currentModel(runId)
      if (!current) return null
      return decisionBoundary(
        current.model,
        lab.datasets.summary(record.datasetId),
        resolution,
        current.epoch
      )
    },
    'training:live': ({ runId }) => feed.state(runId)
  }
}
