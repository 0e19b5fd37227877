import { ref, shallowRef, toRaw, triggerRef } from 'vue'
import type { EpochMetrics } from '@shared/model/training'
import type { TrainingUpdate } from '@shared/model/views'
import { BatchLossSeries, type BatchLossPoint } from './loss-series'

/** The most batch-loss points kept for the live chart (older ones are thinned). */
export const MAX_LOSS_POINTS = 4000

/** A run's curves so far: its epochs and its batch costs. */
export interface RunHistory {
  epochs: readonly EpochMetrics[]
  batchLosses: readonly BatchLossPoint[]
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

  /**
   * Adds an update's finished epochs (those past the last one shown: a run watched again after
   * a reload starts from its stored epochs, which the first updates may repeat), their stored
   * batch costs, and its latest batch cost (when it is past them: mid-epoch on a slow run).
   */
  function append(update: TrainingUpdate): void {
    const shownEpoch = epochs.value.at(-1)?.epoch ?? 0
    const fresh = update.epochs.filter(({ epoch }) => epoch > shownEpoch)
    if (fresh.length > 0) {
      epochs.value.push(...fresh)
      triggerRef(epochs)
    }
    let changed = lossSeries.addStored(update.batchLosses ?? [])
    const last = lossSeries.points.at(-1)
    if (last === undefined || update.step > last.step)
      changed = lossSeries.add({ step: update.step, loss: update.loss }) || changed
    if (changed) triggerRef(batchLosses)
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
