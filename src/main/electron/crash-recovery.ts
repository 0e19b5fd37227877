/** More renderer crashes than this within CRASH_WINDOW_MS stop the reloading (it would loop). */
export const MAXIMUM_RELOADS = 3
export const CRASH_WINDOW_MS = 60_000

/**
 * Decides what to do when the window's page is gone (`render-process-gone`): reload it, unless
 * the process ended cleanly or the page keeps crashing.
 */
export class CrashRecovery {
  private readonly crashes: number[] = []

  /** `reload`, or `give-up` after MAXIMUM_RELOADS within a minute, or `ignore` a clean exit. */
  decide(reason: string, now = Date.now()): 'reload' | 'give-up' | 'ignore' {
    if (reason === 'clean-exit') return 'ignore'
    this.crashes.push(now)
    while (this.crashes.length > 0 && now - this.crashes[0] > CRASH_WINDOW_MS) this.crashes.shift()
    return this.crashes.length > MAXIMUM_RELOADS ? 'give-up' : 'reload'
  }
}
