import type { EpochMetrics } from '@shared/model/training'
import type { TrainingStartedInfo, TrainingUpdate } from '@shared/model/live-run'

/**
 * Training time of a run as the user sees it: wall-clock time while running, frozen while
 * paused (so the ETA and elapsed time do not count the pauses).
 */
export class RunClock {
  private accumulatedMs = 0
  private runningSince: number | null = null

  /** Starts or resumes counting at `now` (ms). */
  resume(now: number): void {
    this.runningSince ??= now
  }

  /** Stops counting at `now` (ms); the time so far is kept. */
  pause(now: number): void {
    if (this.runningSince === null) return
    this.accumulatedMs += now - this.runningSince
    this.runningSince = null
  }

  /** Seconds counted up to `now` (ms). */
  elapsedSeconds(now: number): number {
    const current = this.runningSince === null ? 0 : now - this.runningSince
    return (this.accumulatedMs + current) / 1000
  }

  reset(): void {
    this.accumulatedMs = 0
    this.runningSince = null
  }
}

/** Where a run stands: the epoch under way (or last finished) and the batch within it. */
export interface RunPosition {
  epoch: number
  plannedEpochs: number
  batch: number
  batchesPerEpoch: number
}

/**
 * Where a run stands after an update. The batch position comes from the latest progress report;
 * an epoch whose numbers have arrived (`finishedEpochs`) counts as complete, as does the epoch of
 * an update that reports finished epochs only (no batch position yet). Before any update, a run
 * watched from its stored epochs (continued, or found again after a reload, maybe paused)
 * stands at the end of the last of them.
 */
export function runPosition(
  update: TrainingUpdate | null,
  started: TrainingStartedInfo | null,
  finishedEpochs = 0
): RunPosition | null {
  if (!update) {
    if (!started || finishedEpochs === 0) return null
    const { plannedEpochs, batchesPerEpoch } = started
    return { epoch: finishedEpochs, plannedEpochs, batch: batchesPerEpoch, batchesPerEpoch }
  }
  const batchesPerEpoch = update.batchesPerEpoch || started?.batchesPerEpoch || 0
  const complete = update.batchesPerEpoch === 0 || finishedEpochs >= update.epoch
  return {
    epoch: update.epoch,
    plannedEpochs: started?.plannedEpochs ?? update.plannedEpochs,
    batch: complete ? batchesPerEpoch : update.batch,
    batchesPerEpoch
  }
}

/** How far a run is, from 0 to 1: batches done over batches planned. */
export function runProgress(position: RunPosition | null): number {
  if (!position || position.plannedEpochs <= 0 || position.batchesPerEpoch <= 0) return 0
  const done = (position.epoch - 1) * position.batchesPerEpoch + position.batch
  return Math.min(1, Math.max(0, done / (position.plannedEpochs * position.batchesPerEpoch)))
}

/**
 * Seconds left at the pace so far, or null before there is a pace to go by. `startProgress` is
 * where this session began (a continued run's earlier epochs): `elapsedSeconds` covers only the
 * progress made since.
 */
export function etaSeconds(
  elapsedSeconds: number,
  progress: number,
  startProgress = 0
): number | null {
  const done = progress - startProgress
  if (done <= 0 || elapsedSeconds <= 0) return null
  return (elapsedSeconds * (1 - progress)) / done
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

/** A duration: `4.2 s` under a minute, else `m:ss`, or `h:mm:ss` from an hour up. */
export function formatDuration(seconds: number): string {
  if (seconds < 59.95) return `${Math.max(0, seconds).toFixed(1)} s`
  const total = Math.round(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const rest = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
