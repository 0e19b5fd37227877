/**
 * A run's training time: wall-clock time while it runs, standing still while it is paused or
 * not training at all, so elapsed time, the ETA and the stored duration leave the pauses out.
 */
export class RunClock {
  private runningSince: number | null = null

  /** Starts from `accumulatedMs` already trained (a continued run's earlier sessions). */
  constructor(private accumulatedMs = 0) {}

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
  seconds(now: number): number {
    const current = this.runningSince === null ? 0 : now - this.runningSince
    return (this.accumulatedMs + current) / 1000
  }
}
