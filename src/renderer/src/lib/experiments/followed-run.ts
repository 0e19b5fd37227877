import type { RunView, TrainingUpdate } from '@shared/model/views'
import type { BatchLossSeries } from '@renderer/lib/training/loss-series'

/**
 * A run's view with a live update applied, as the Experiments screen follows a run it opened
 * while the run trains: the update's epochs past the last one shown (the first updates after
 * opening may repeat epochs the view was read with), and the batch costs of `losses` (the view's
 * series, kept to a bounded size) after the update's stored costs and its latest one.
 */
export function followedRunView(
  view: RunView,
  update: TrainingUpdate,
  losses: BatchLossSeries
): RunView {
  const shownEpoch = view.detail.metrics.at(-1)?.epoch ?? 0
  const fresh = update.epochs.filter(({ epoch }) => epoch > shownEpoch)
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
  let changed = losses.addStored(update.batchLosses ?? [])
  const lastStep = losses.points.at(-1)?.step ?? 0
  if (update.step > lastStep)
    changed = losses.add({ step: update.step, loss: update.loss }) || changed
  const batchLosses = changed ? [...losses.points] : view.batchLosses
  return { ...view, detail, batchLosses }
}
