import type { LiveRunInfo, TrainingStartedInfo } from '../../shared/model/live-run'
import type { TrainingStarted } from '../worker/protocol'
import { UserError } from '../../shared/errors'
import { trainRowsOf } from '../../shared/model/run-defaults'
import type { ActiveRun } from '../services/training/active-run'
import { decisionBoundary } from '../services/training/decision-boundary'
import { completeRunConfig } from '../services/training/run-config'
import { readModelFile } from '../services/model-files'
import type { HandlerContext, InvokeHandlers } from './handler-types'
import { forwardRunEvents } from './training-events'

type TrainingChannels =
  | 'training:start'
  | 'training:stop'
  | 'training:pause'
  | 'training:resume'
  | 'training:step'
  | 'training:continue'
  | 'training:boundary'
  | 'training:live'

/** What the renderer is told of a run's start, from the worker's report. */
function startedInfo(
  runId: string,
  info: TrainingStarted,
  plannedEpochs: number
): TrainingStartedInfo {
  return {
    runId,
    trainRows: info.trainRows,
    validationRows: info.validationRows,
    testRows: info.testRows,
    batchesPerEpoch: info.batchesPerEpoch,
    plannedEpochs,
    kernels: info.kernels
  }
}

/** Resolves when the worker reports the run's split and engine, or rejects if it ends first. */
function whenStarted(run: ActiveRun, plannedEpochs: number): Promise<TrainingStartedInfo> {
  return new Promise((resolve, reject) => {
    const unsubscribe = run.subscribe({
      started: (runId, info) => {
        unsubscribe()
        resolve(startedInfo(runId, info, plannedEpochs))
      },
      finished: (outcome) => {
        unsubscribe()
        reject(new UserError(outcome.error ?? `run ${outcome.runId} ended before it started`))
      }
    })
  })
}

/** The Training screen's calls: start, control, continue, and the live decision boundary. */
export function trainingHandlers({
  lab,
  emit
}: HandlerContext): Pick<InvokeHandlers, TrainingChannels> {
  /** Tells every renderer (other windows, browser tabs) that a run started. */
  const announce = async (started: Promise<TrainingStartedInfo>) => {
    const info = await started
    emit('training:started', info)
    return info
  }
  const activeRun = (runId: string): ActiveRun => {
    const run = lab.training.get(runId)
    if (!run) throw new UserError(`run ${runId} is not training`)
    return run
  }
  return {
    'training:start': ({ datasetId, config: given, startPaused, experimentId }) => {
      const dataset = lab.datasets.summary(datasetId)
      const config = completeRunConfig(given, trainRowsOf(dataset.rows, given.split ?? [0.8, 0.2]))
      const initialModel = config.initModel ? readModelFile(config.initModel) : null
      const run = lab.training.start({ datasetId, config, initialModel, startPaused, experimentId })
      forwardRunEvents(run, config.epochs, emit)
      return announce(whenStarted(run, config.epochs))
    },
    'training:stop': ({ runId }) => activeRun(runId).stop(),
    'training:pause': ({ runId }) => activeRun(runId).pause(),
    'training:resume': ({ runId }) => activeRun(runId).resume(),
    'training:step': ({ runId }) => activeRun(runId).step(),
    'training:continue': ({ runId }) => {
      const run = lab.training.resume(runId)
      const planned = lab.db.runs.get(runId)!.config.epochs
      forwardRunEvents(run, planned, emit)
      return announce(whenStarted(run, planned))
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
    'training:live': ({ runId }): LiveRunInfo | null => {
      const run = lab.training.get(runId)
      if (!run?.startedInfo) return null
      const planned = lab.db.runs.get(runId)!.config.epochs
      return { ...startedInfo(runId, run.startedInfo, planned), paused: run.paused }
    }
  }
}
