import type { TrainingStartedInfo, TrainingUpdate } from '@shared/model/views'

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

/**
 * How far a run is, from 0 to 1: batches done over batches planned. An update that only
 * reports finished epochs (no batch position yet) counts its epoch as done.
 */
export function runProgress(
  update: TrainingUpdate | null,
  started: TrainingStartedInfo | null
): number {
  if (!update) return 0
  const planned = started?.plannedEpochs ?? update.plannedEpochs
  const batchesPerEpoch = update.batchesPerEpoch || started?.batchesPerEpoch || 0
  if (planned <= 0 || batchesPerEpoch <= 0) return 0
  const done =
    update.batchesPerEpoch > 0
      ? (update.epoch - 1) * batchesPerEpoch + update.batch
      : update.epoch * batchesPerEpoch
  return Math.min(1, Math.max(0, done / (planned * batchesPerEpoch)))
}

/** Seconds left at the pace so far, or null before there is a pace to go by. */
export function etaSeconds(elapsedSeconds: number, progress: number): number | null {
  if (progress <= 0 || elapsedSeconds <= 0) return null
  return (elapsedSeconds * (1 - progress)) / progress
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
