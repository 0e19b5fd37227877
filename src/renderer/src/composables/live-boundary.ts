import { shallowRef, type Ref } from 'vue'
import type { EpochMetrics } from '@shared/model/training'
import type { DecisionBoundary } from '@shared/model/live-run'
import type { RunPhase } from '@renderer/lib/training/run-controls'

/** The watched run's state the boundary follows (the training store's refs). */
export interface LiveBoundarySources {
  runId: Ref<string | null>
  phase: Ref<RunPhase>
  epochs: Ref<EpochMetrics[]>
}

/** Asks the lab for a run's decision boundary at its latest weights. */
export type FetchBoundary = (runId: string, resolution: number) => Promise<DecisionBoundary | null>

/**
 * The decision boundary of the watched run (2-feature data only), fetched on demand and kept in
 * a shallow ref (Chart.js must never see reactive proxies).
 */
export function createLiveBoundary(sources: LiveBoundarySources, fetchBoundary: FetchBoundary) {
  const { runId, phase, epochs } = sources
  const boundary = shallowRef<DecisionBoundary | null>(null)
  let inFlight = false

  /**
   * Fetches the boundary of the run's latest weights. Skipped while a request is under way, and
   * when no epoch has finished since the one drawn.
   */
  async function refresh(resolution = 60): Promise<void> {
    const id = runId.value
    const drawnEpoch = boundary.value?.epoch
    const lastEpoch = epochs.value.at(-1)?.epoch
    if (
      !id ||
      inFlight ||
      (phase.value !== 'ended' && drawnEpoch !== undefined && drawnEpoch === lastEpoch)
    )
      return
    inFlight = true
    try {
      const result = await fetchBoundary(id, resolution)
      if (id === runId.value) boundary.value = result
    } finally {
      inFlight = false
    }
  }

  return { boundary, refresh }
}
