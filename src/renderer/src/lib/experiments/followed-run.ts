import type { RunPage } from '@shared/model/run-page'
import type { TrainingUpdate } from '@shared/model/live-run'
import type { BatchLossSeries } from '@renderer/lib/training/loss-series'
import { takeUpdate } from '@renderer/composables/live-series'

/**
 * A run's view with a live update applied, as the Experiments screen follows a run it opened
 * while the run trains: the update's fresh epochs and their figures, and the batch costs of
 * `losses`, the view's cost series (kept to a bounded size), which the update is added to.
 */
export function followedRunView(
  view: RunPage,
  update: TrainingUpdate,
  losses: BatchLossSeries
): RunPage {
  const shownEpoch = view.detail.metrics.at(-1)?.epoch ?? 0
  const { fresh, lossesChanged } = takeUpdate(update, shownEpoch, losses)
  const last = fresh.at(-1)
  const detail = last
    ? {
        ...view.detail,
        metrics: [...view.detail.metrics, ...fresh],
        epochs: last.epoch,
        trainLoss: last.trainLoss,
        valLoss: last.valLoss,
        valAccuracy: last.valAccuracy
      }
    : view.detail
  const batchLosses = lossesChanged ? [...losses.points] : view.batchLosses
  return { ...view, detail, batchLosses }
}
