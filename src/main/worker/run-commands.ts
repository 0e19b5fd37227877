import type { Pace } from '../../shared/model/pace'
import type { EngineCommand } from './protocol'

/**
 * What main has asked of a run in the engine worker: stop, pause, resume, Step (one batch while
 * paused) and slow motion's pace. The training loop reads it between batches and rests on it
 * (`wait`) until the next command, or until slow motion's next batch is due.
 */
export class RunCommands {
  paused: boolean
  stopRequested = false
  /** Steps asked for and not yet trained. */
  pendingSteps = 0
  /** Slow motion's batches a second (null: full speed). */
  pace: Pace
  private wake: (() => void) | null = null

  constructor(startPaused: boolean, pace: Pace) {
    this.paused = startPaused
    this.pace = pace
  }

  /** Takes a command from main, waking the loop if it rests. */
  take(command: Exclude<EngineCommand, { type: 'train' }>): void {
    const { type } = command
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
