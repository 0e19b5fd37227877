/** What a refresher waits with: real timers in the app, a fake clock in tests. */
export interface RefreshClock {
  now(): number
  wait(milliseconds: number): Promise<void>
}

const realClock: RefreshClock = {
  now: () => Date.now(),
  wait: (milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds))
}

/**
 * Runs `refresh` when poked (a live training update), never two at once and at most once every
 * `minGap` milliseconds: pokes while one runs or waits coalesce into a single later run, so a
 * fast run's many updates cost a few fetches a second and the page never waits on them.
 */
export class LiveRefresher {
  private running = false
  private pending = false
  private stopped = false
  private lastStart = -Infinity

  constructor(
    private readonly refresh: () => Promise<void>,
    private readonly minGap: number,
    private readonly clock: RefreshClock = realClock
  ) {}

  /** Asks for a refresh (soon, or after the one under way). */
  poke(): void {
    if (this.stopped) return
    this.pending = true
    if (!this.running) void this.loop()
  }

  /** Stops refreshing (pokes after this do nothing). */
  stop(): void {
    this.stopped = true
    this.pending = false
  }

  private async loop(): Promise<void> {
    this.running = true
    try {
      while (this.pending && !this.stopped) {
        const wait = this.lastStart + this.minGap - this.clock.now()
        if (wait > 0) await this.clock.wait(wait)
        if (this.stopped) break
        this.pending = false
        this.lastStart = this.clock.now()
        try {
          await this.refresh()
        } catch {
          // A failed poll is dropped: the next update polls again.
        }
      }
    } finally {
      this.running = false
    }
  }
}
