import type { EpochMetrics } from '@shared/model/training'
import type { LiveRun } from '@renderer/lib/runs/live-run'

/** Where a run stands: the last batch trained (its epoch, and its number within the epoch). */
export interface RunPosition {
  epoch: number
  plannedEpochs: number
  batch: number
  batchesPerEpoch: number
}

/**
 * Where a run stands: the last batch main reported trained; before any (a continued run, or one
 * found again paused), the end of its last finished epoch; null before it trains at all.
 */
export function runPosition(run: LiveRun | undefined): RunPosition | null {
  const state = run?.state
  if (!state) return null
  const { plannedEpochs } = state
  if (state.position) {
    const { epoch, batch, batchesPerEpoch } = state.position
    return { epoch, plannedEpochs, batch, batchesPerEpoch }
  }
  const finished = run.epochs.at(-1)?.epoch ?? 0
  if (!state.start || finished === 0) return null
  const { batchesPerEpoch } = state.start
  return { epoch: finished, plannedEpochs, batch: batchesPerEpoch, batchesPerEpoch }
}

/** The batch trained after `position`: the next of its epoch, or the first of the next epoch. */
export function nextBatch(position: RunPosition): RunPosition {
  return position.batch >= position.batchesPerEpoch
    ? { ...position, epoch: position.epoch + 1, batch: 1 }
    : { ...position, batch: position.batch + 1 }
}

/** How far a run is, from 0 to 1: batches done over batches planned. */
export function runProgress(position: RunPosition | null): number {
  if (!position || position.plannedEpochs <= 0 || position.batchesPerEpoch <= 0) return 0
  const done = (position.epoch - 1) * position.batchesPerEpoch + position.batch
  return Math.min(1, Math.max(0, done / (position.plannedEpochs * position.batchesPerEpoch)))
}

/**
 * Seconds left at the pace so far, or null before there is a pace to go by. `elapsedSeconds` is
 * the run's whole training time (earlier sessions of a continued run included, pauses not).
 */
export function etaSeconds(elapsedSeconds: number, progress: number): number | null {
  if (progress <= 0 || elapsedSeconds <= 0) return null
  return (elapsedSeconds * (1 - progress)) / progress
}

/** Training time the live speed is averaged over, at least (s). */
const RECENT_SECONDS = 1

/**
 * Samples per second over the latest epochs that together trained for at least RECENT_SECONDS
 * (fewer when the run has not trained that long; just the latest one when `samplesPerEpoch` is
 * unknown). Every epoch trains the same samples, so this is the count of those epochs over the
 * sum of their 1 / rate. On small data an epoch takes milliseconds and its own rate jumps around.
 */
export function recentRate(
  epochs: readonly EpochMetrics[],
  samplesPerEpoch: number | undefined
): number | null {
  let count = 0
  let secondsPerSample = 0
  for (let index = epochs.length - 1; index >= 0; index--) {
    const rate = epochs[index].samplesPerSecond
    if (!(rate > 0)) break
    count++
    secondsPerSample += 1 / rate
    if (!samplesPerEpoch || secondsPerSample * samplesPerEpoch >= RECENT_SECONDS) break
  }
  return count > 0 ? count / secondsPerSample : null
}
