import type { Pace } from '../../shared/model/pace'
import type { EngineCommand } from './protocol'

/**
 * The `epochs` reports the worker may send ahead of main taking them. Main stores each epoch's
 * figures and checkpoint; a tiny network finishes epochs faster than a disk takes them, and
 * unanswered reports would queue in main behind Ctrl-C, a click or a stop (seconds of them).
 * With this many out (one more when a slice's progress report carried some), main is never more
 * than a few slices of training behind.
 */
export const REPORTS_AHEAD = 8

/**
 * What main has asked of a run in the engine worker: stop, pause, resume, Step (one batch while
 * paused) and slow motion's pace. The training loop reads it between batches and rests on it
 * (`wait`) until the next command, or until slow motion's next batch is due, or until main
 * catches up with the epochs reported.
 */
export class RunCommands {
  paused: boolean
  stopRequested = false
  /** Steps asked for and not yet trained. */
  pendingSteps = 0
  /** Slow motion's batches a second (null: full speed). */
  pace: Pace
  /** `epochs` reports sent that main has not yet taken, and whether the loop rests for them. */
  private reportsOut = 0
  private restingForMain = false
  private wake: (() => void) | null = null

  constructor(startPaused: boolean, pace: Pace) {
    this.paused = startPaused
    this.pace = pace
  }

  /**
   * Takes a command from main, waking the loop if it rests. A report taken wakes only a loop that
   * rests for main (slow motion's rest lasts until its next batch is due).
   */
  take(command: Exclude<EngineCommand, { type: 'train' }>): void {
    const { type } = command
    if (type === 'epochsTaken') {
      this.reportsOut--
      if (this.restingForMain) this.wake?.()
      return
    }
    if (type === 'stop') this.stopRequested = true
    else if (type === 'pause') this.paused = true
    else if (type === 'resume') this.paused = false
    else if (type === 'pace') this.pace = command.pace
    else this.pendingSteps++
    this.wake?.()
  }

  /** One batch at a time, each shown: in slow motion, and for Step while paused. */
  get batchByBatch(): boolean {
    return this.paused || this.pace !== null
  }

  /** Paused with no Step asked for: the loop rests until a command. */
  get atRest(): boolean {
    return this.paused && this.pendingSteps === 0
  }

  /** An `epochs` report went out. */
  epochsReported(): void {
    this.reportsOut++
  }

  /** Main has REPORTS_AHEAD reports it has not taken: the loop rests until it takes one. */
  get mainBehind(): boolean {
    return this.reportsOut >= REPORTS_AHEAD
  }

  /** Rests until main takes a report (or any other command comes). */
  async waitForMain(): Promise<void> {
    this.restingForMain = true
    try {
      await this.wait()
    } finally {
      this.restingForMain = false
    }
  }

  /** A batch was trained: one Step fewer is owed. */
  batchTrained(): void {
    if (this.pendingSteps > 0) this.pendingSteps--
  }

  /** Waits for the next command, or at most `timeoutMs` when given. */
  wait(timeoutMs?: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = timeoutMs === undefined ? null : setTimeout(() => this.wake?.(), timeoutMs)
      this.wake = () => {
        this.wake = null
        if (timer) clearTimeout(timer)
        resolve()
      }
    })
  }
}
