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

/**
 * Fewest milliseconds between two requests made on the guess that main has newer weights (full
 * speed): about 30 redraws a second at most (issue 18 asks for 20; one every two 60 Hz frames),
 * so the CPU beyond that goes to training rather than to pictures nobody could tell apart.
 * Epochs the page hears of (about seven changes a second) are still asked for at once.
 */
export const FULL_SPEED_GAP_MS = 30

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
  /** When the drawn boundary was asked for (page clock, ms). */
  let drawnAt = 0
  const pace = createEpochPace()

  /**
   * What the newest weights main has are: a batch's in slow motion or when stepping, else the
   * last finished epoch's (at full speed only epochs bring new weights).
   */
  const stamp = (id: string) =>
    batchByBatch.value
      ? `${id} batch ${step.value}`
      : `${id} epoch ${epochs.value.at(-1)?.epoch ?? 0}`

  /**
   * True when the drawn boundary is as new as main's weights of the live run can be. At full
   * speed main has each epoch's weights as soon as it ends, while the page hears of epochs only
   * with `training:change` (seven a second): when the run's epochs take less time than has passed
   * since the drawn boundary was asked for, main most likely has newer ones, so the boundary
   * follows training faster than the changes come (issue 18: ≥ 20 redraws a second). A drawn
   * epoch newer than any the page has heard of says the same before the pace is known (a run's
   * first epoch is drawn before its first change comes), so the boundary moves from the start.
   */
  const upToDate = (current: string, now: number) => {
    const drawn = boundary.value
    if (phase.value === 'ended' || drawn === null) return false
    if (batchByBatch.value) return current === drawnStamp
    const heard = epochs.value.at(-1)?.epoch ?? 0
    const guessAfter =
      drawn.epoch > heard ? FULL_SPEED_GAP_MS : Math.max(pace.epochMs(), FULL_SPEED_GAP_MS)
    if (phase.value === 'running' && now - drawnAt >= guessAfter) return false
    return current === drawnStamp || drawn.epoch === heard
  }

  /**
   * Fetches the boundary of the run's latest weights. Skipped while a request is under way, and
   * while the run lives, when nothing newer than the drawn boundary can be there. True when it
   * asked main (and has its answer).
   */
  async function refresh(resolution = 60): Promise<boolean> {
    const id = runId.value
    if (!id || inFlight) return false
    const now = performance.now()
    pace.observe(epochs.value.at(-1)?.epoch ?? 0, now)
    const current = stamp(id)
    if (upToDate(current, now)) return false
    inFlight = true
    try {
      const result = await fetchBoundary(id, resolution)
      if (id === runId.value) {
        // The same epoch's weights again (full speed, no epoch ended meanwhile): nothing to redraw.
        if (!sameWeights(boundary.value, result)) boundary.value = result
        drawnStamp = current
        drawnAt = now
      }
    } finally {
      inFlight = false
    }
    return true
  }

  return { boundary, refresh }
}

/** True when two boundaries were drawn from the same weights: the same epoch, no batch apart. */
function sameWeights(drawn: DecisionBoundary | null, fetched: DecisionBoundary | null): boolean {
  if (drawn === null || fetched === null) return false
  if (drawn.position || fetched.position) return false
  return drawn.epoch === fetched.epoch && drawn.resolution === fetched.resolution
}

/**
 * How long the run's epochs take, from when the page heard of new ones (page clock, ms):
 * Infinity until it has heard of epochs twice.
 */
function createEpochPace() {
  let seen = { epoch: 0, at: -1 }
  let epochMs = Infinity
  return {
    observe(epoch: number, now: number): void {
      if (epoch < seen.epoch) epochMs = Infinity
      if (epoch > seen.epoch && seen.at >= 0) epochMs = (now - seen.at) / (epoch - seen.epoch)
      if (epoch !== seen.epoch) seen = { epoch, at: now }
    },
    epochMs: () => epochMs
  }
}
