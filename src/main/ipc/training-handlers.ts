import { userError } from '../../shared/errors'
import type { ActiveRun } from '../services/training/active-run'
import { decisionBoundary } from '../services/training/decision-boundary'
import { LiveBoundaries } from '../services/training/live-boundaries'
import { plannedRun } from '../services/training/run-config'
import type { HandlerContext, InvokeHandlers } from './handler-types'
import { RunFeed } from './run-changes'

type TrainingChannels =
  | 'training:start'
  | 'training:stop'
  | 'training:pause'
  | 'training:resume'
  | 'training:step'
  | 'training:pace'
  | 'training:continue'
  | 'training:boundary'
  | 'training:branch'
  | 'training:race'
  | 'training:live'

/**
 * The Training screen's calls: start, control, continue, branch, and the decision boundary. Start
 * and continue answer at once with the run's first state (its id), before any change of it is
 * sent; the controls answer with the state they left the run in.
 */
export function trainingHandlers({
  lab,
  emit
}: HandlerContext): Pick<InvokeHandlers, TrainingChannels> {
  const feed = new RunFeed(emit)
  const liveBoundaries = new LiveBoundaries(lab.training)
  const activeRun = (runId: string): ActiveRun => {
    const run = lab.training.get(runId)
    if (!run) throw userError('run.notTraining', { runId })
    return run
  }
  const control =
    (verb: 'stop' | 'pause' | 'resume' | 'step') =>
    ({ runId }: { runId: string }) => {
      activeRun(runId)[verb]()
      return feed.state(runId)!
    }
  return {
    'training:start': ({ datasetId, config: given, startPaused, pace, experimentId }) => {
      const planned = plannedRun(lab.datasets.summary(datasetId), given)
      const run = lab.training.start({ datasetId, ...planned, startPaused, pace, experimentId })
      return feed.follow(run, planned.config.epochs)
    },
    'training:stop': control('stop'),
    'training:pause': control('pause'),
    'training:resume': control('resume'),
    'training:step': control('step'),
    'training:pace': ({ runId, pace }) => {
      activeRun(runId).setPace(pace)
      return feed.state(runId)!
    },
    'training:continue': ({ runId }) => {
      const run = lab.training.resume(runId)
      return feed.follow(run, lab.runs.get(runId).config.epochs)
    },
    'training:boundary': async ({ runId, resolution, epoch, precision }) => {
      const record = lab.runs.find(runId)
      if (!record?.datasetId) return null
      const dataset = lab.datasets.summary(record.datasetId)
      // A live drawing's many answers a second: the run's own f32 network, weights in place.
      const live =
        epoch === undefined && precision === 'colour'
          ? await liveBoundaries.boundary(runId, dataset, resolution)
          : null
      if (live) return live
      const current =
        epoch === undefined
          ? lab.training.currentModel(runId)
          : { model: lab.runs.modelAt(runId, epoch), epoch }
      if (!current) return null
      const boundary = decisionBoundary(
        current.model,
        dataset,
        resolution,
        current.epoch,
        precision
      )
      return boundary && 'position' in current
        ? { ...boundary, position: current.position }
        : boundary
    },
    'training:branch': (request) => {
      const run = lab.training.branch(request)
      return feed.follow(run, lab.runs.get(run.runId).config.epochs)
    },
    'training:race': (request) =>
      lab.training
        .race(request)
        .map((run) => feed.follow(run, lab.runs.get(run.runId).config.epochs)),
    'training:live': ({ runId }) => feed.state(runId)
  }
}
