import type { RunEvaluationSummary } from '../../shared/model/run-page'
import type { TrainingUpdate } from '../../shared/model/live-run'
import { thinEvenly } from '../../shared/series'
import type { ActiveRun } from '../services/training/active-run'
import type { Emit } from './handler-types'

/** How often live training numbers are pushed to renderers (ms): ten times a second. */
const UPDATE_INTERVAL_MS = 100
/**
 * The most stored batch costs an update carries (thinned evenly beyond): 2,000 a second draw a
 * dense curve, while a tiny dataset's thousands of epochs a second would make each update tens
 * of kilobytes that the page must parse and keep only a fraction of.
 */
export const MAX_BATCH_LOSSES_PER_UPDATE = 200

/**
 * Forwards a run's events to the renderers, coalesced: batch progress, finished epochs and their
 * stored batch costs (thinned) are gathered and pushed at most every UPDATE_INTERVAL_MS, so a
 * fast engine never floods the UI.
 */
export function forwardRunEvents(run: ActiveRun, plannedEpochs: number, emit: Emit): void {
  let pending: TrainingUpdate | null = null
  const flush = () => {
    if (pending?.batchLosses)
      pending.batchLosses = thinEvenly(pending.batchLosses, MAX_BATCH_LOSSES_PER_UPDATE)
    if (pending) emit('training:update', pending)
    pending = null
  }
  const timer = setInterval(flush, UPDATE_INTERVAL_MS)
  const update = (): TrainingUpdate =>
    (pending ??= {
      runId: run.runId,
      epoch: 0,
      batch: 0,
      batchesPerEpoch: 0,
      plannedEpochs,
      step: 0,
      loss: NaN,
      paused: false,
      epochs: []
    })
  run.subscribe({
    progress: (_runId, progress) => {
      Object.assign(update(), {
        epoch: progress.epoch,
        batch: progress.batch,
        batchesPerEpoch: progress.batchesPerEpoch,
        step: progress.step,
        loss: progress.loss,
        paused: progress.paused
      })
    },
    epoch: (_runId, metrics) => {
      const current = update()
      current.epochs.push(metrics)
      if (current.epoch < metrics.epoch)
        Object.assign(current, { epoch: metrics.epoch, batch: current.batchesPerEpoch })
    },
    batchLosses: (_runId, points) => {
      if (points.length > 0) (update().batchLosses ??= []).push(...points)
    },
    finished: (outcome) => {
      clearInterval(timer)
      flush()
      emit('training:ended', {
        runId: outcome.runId,
        status: outcome.status,
        error: outcome.error,
        epochs: outcome.epochs,
        summary: outcome.summary as RunEvaluationSummary | null
      })
    }
  })
}
