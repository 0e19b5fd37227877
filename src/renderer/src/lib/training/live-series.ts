import { ref, shallowRef, toRaw, triggerRef } from 'vue'
import type { EpochMetrics } from '@shared/model/training'
import type { TrainingUpdate } from '@shared/model/views'
import { BatchLossSeries, type BatchLossPoint } from './loss-series'

/** The most batch-loss points kept for the live chart (older ones are thinned). */
const MAX_LOSS_POINTS = 4000
/** Batch costs main stores per epoch, at most. */
const STORED_LOSSES_PER_EPOCH = 50
/** The most stored batch costs a finished run's curve loads (more would stall the page). */
const MAX_STORED_LOSSES_LOADED = 20_000

/** A run's curves so far: its epochs and its batch costs. */
export interface RunHistory {
  epochs: readonly EpochMetrics[]
  batchLosses: readonly BatchLossPoint[]
}

/**
 * Whether a finished run's stored batch costs (up to 50 per epoch) are worth loading over the
 * live ones, which arrive a few times a second: yes unless there are so many that loading them
 * would stall the page (a long run's live series is dense already).
 */
export function storedLossesWorthLoading(epochs: number, batchesPerEpoch: number): boolean {
  return epochs * Math.min(STORED_LOSSES_PER_EPOCH, batchesPerEpoch) <= MAX_STORED_LOSSES_LOADED
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

  /** Adds an update's finished epochs and its batch cost. */
  function append(update: TrainingUpdate): void {
    if (update.epochs.length > 0) {
      epochs.value.push(...update.epochs)
      triggerRef(epochs)
    }
    if (lossSeries.add({ step: update.step, loss: update.loss })) triggerRef(batchLosses)
    revision.value++
  }

  /** Starts over from a history (a stored run's curves), or from nothing. */
  function replace(history: RunHistory = { epochs: [], batchLosses: [] }): void {
    epochs.value = [...toRaw(history.epochs)]
    replaceLosses(history.batchLosses)
  }

  /** Swaps in another batch-cost series (a finished run's stored one). */
  function replaceLosses(points: readonly BatchLossPoint[]): void {
    lossSeries.reset(toRaw(points))
    triggerRef(batchLosses)
    revision.value++
  }

  return { epochs, batchLosses, revision, append, replace, replaceLosses }
}
