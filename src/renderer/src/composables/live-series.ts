import { ref, shallowRef, toRaw, triggerRef } from 'vue'
import type { EpochMetrics } from '@shared/model/training'
import type { TrainingUpdate } from '@shared/model/live-run'
import { BatchLossSeries, type BatchLossPoint } from '@renderer/lib/training/loss-series'

/** The most batch-loss points kept for the live chart (older ones are thinned). */
export const MAX_LOSS_POINTS = 4000

/** A run's curves so far: its epochs and its batch costs. */
export interface RunHistory {
  epochs: readonly EpochMetrics[]
  batchLosses: readonly BatchLossPoint[]
}

/**
 * What a live update adds to a run's curves: its finished epochs past `shownEpoch` (a run
 * watched from its stored epochs, after a reload or opened mid-run, may hear the last of them
 * again), and into `losses` its epochs' stored batch costs, then its latest batch cost when it
 * is past them (mid-epoch on a slow run). Returns the fresh epochs and whether `losses` changed.
 */
export function takeUpdate(
  update: TrainingUpdate,
  shownEpoch: number,
  losses: BatchLossSeries
): { fresh: EpochMetrics[]; lossesChanged: boolean } {
  const fresh = update.epochs.filter(({ epoch }) => epoch > shownEpoch)
  let lossesChanged = losses.addStored(update.batchLosses ?? [])
  const last = losses.points.at(-1)
  if (last === undefined || update.step > last.step)
    lossesChanged = losses.add({ step: update.step, loss: update.loss }) || lossesChanged
  return { fresh, lossesChanged }
}

/**
 * The live curves of the run watched. The arrays sit in shallow refs and grow in place (Chart.js
 * must never see reactive proxies, and copying thousands of epochs per update would be waste);
 * `revision` ticks whenever they change, so charts redraw without deep-watching them.
 */
export function createLiveSeries() {
  const lossSeries = new BatchLossSeries(MAX_LOSS_POINTS)
  /** Every finished epoch. */
  const epochs = shallowRef<EpochMetrics[]>([])
  /** Batch costs (step, J), thinned to at most MAX_LOSS_POINTS. */
  const batchLosses = shallowRef<BatchLossPoint[]>(lossSeries.points)
  const revision = ref(0)

  /** Adds what an update brings (see takeUpdate). */
  function append(update: TrainingUpdate): void {
    const shownEpoch = epochs.value.at(-1)?.epoch ?? 0
    const { fresh, lossesChanged } = takeUpdate(update, shownEpoch, lossSeries)
    if (fresh.length > 0) {
      epochs.value.push(...fresh)
      triggerRef(epochs)
    }
    if (lossesChanged) triggerRef(batchLosses)
    revision.value++
  }

  /** Starts over from a history (a stored run's curves), or from nothing. */
  function replace(history: RunHistory = { epochs: [], batchLosses: [] }): void {
    epochs.value = [...toRaw(history.epochs)]
    lossSeries.reset(toRaw(history.batchLosses))
    triggerRef(batchLosses)
    revision.value++
  }

  return { epochs, batchLosses, revision, append, replace }
}
