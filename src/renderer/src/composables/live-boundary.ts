import { shallowRef, type Ref } from 'vue'
import type { EpochMetrics } from '@shared/model/training'
import type { DecisionBoundary } from '@shared/model/live-run'
import type { RunPhase } from '@renderer/lib/training/run-controls'

/** The watched run's state the boundary follows (the training store's refs). */
export interface LiveBoundarySources {
  runId: Ref<string | null>
  phase: Ref<RunPhase>
  epochs: Ref<EpochMetrics[]>
  /** Batches the run has trained (its last reported position), null before any. */
  step: Ref<number | null>
  /** True when every batch's weights reach main (slow motion, or paused for Step). */
  batchByBatch: Ref<boolean>
}

/** Asks the lab for a run's decision boundary at its latest weights. */
export type FetchBoundary = (runId: string, resolution: number) => Promise<DecisionBoundary | null>

/**
 * The decision boundary of the watched run (2-feature data only), fetched on demand and kept in
 * a shallow ref (Chart.js must never see reactive proxies).
 */
export function createLiveBoundary(sources: LiveBoundarySources, fetchBoundary: FetchBoundary) {
  const { runId, phase, epochs, step, batchByBatch } = sources
  const boundary = shallowRef<DecisionBoundary | null>(null)
  let inFlight = false
  /** What the drawn boundary was fetched at: the run, and its batch or epoch (see `stamp`). */
  let drawnStamp: string | null = null

  /**
   * What the newest weights main has are: a batch's in slow motion or when stepping, else the
   * last finished epoch's (at full speed only epochs bring new weights).
   */
  const stamp = (id: string) =>
    batchByBatch.value
      ? `${id} batch ${step.value}`
      : `${id} epoch ${epochs.value.at(-1)?.epoch ?? 0}`

  /** True when the drawn boundary is as new as main's weights of the live run can be. */
  const upToDate = (current: string) => {
    const drawn = boundary.value
    if (phase.value === 'ended' || drawn === null) return false
    if (current === drawnStamp) return true
    return !batchByBatch.value && drawn.epoch === epochs.value.at(-1)?.epoch
  }

  /**
   * Fetches the boundary of the run's latest weights. Skipped while a request is under way, and
   * while the run lives, when nothing newer than the drawn boundary can be there.
   */
  async function refresh(resolution = 60): Promise<void> {
    const id = runId.value
    if (!id || inFlight) return
    const current = stamp(id)
    if (upToDate(current)) return
    inFlight = true
    try {
      const result = await fetchBoundary(id, resolution)
      if (id === runId.value) {
        boundary.value = result
        drawnStamp = current
      }
    } finally {
      inFlight = false
    }
  }

  return { boundary, refresh }
}
