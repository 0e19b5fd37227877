import { englishText, message, type LabMessage } from '../../shared/messages'

/** What training reports: per batch, per epoch, and when it diverges. */

/** What one batch did. */
export interface BatchResult {
  /** 1-based epoch and batch numbers. */
  epoch: number
  batch: number
  /** J of this batch before its update (with the L1 and L2 terms). */
  loss: number
  /** Fraction of the batch classified correctly before the update, or null for regression. */
  accuracy: number | null
  size: number
  /** True when this batch finished its epoch. */
  epochComplete: boolean
  /** The finished epoch's averages, on the batch that completes it. */
  epochResult: EpochResult | null
}

/** One finished epoch's training numbers (evaluation is the caller's choice). */
export interface EpochResult {
  epoch: number
  /** Mean of the epoch's batch costs, each computed before its update. */
  trainLoss: number
  trainAccuracy: number | null
  batches: number
  samples: number
}

/**
 * Thrown when a batch's cost is NaN or infinite, or when its update overflows the weights; the
 * network is rolled back to the start of the epoch (always a finite state).
 */
export class TrainingDivergedError extends Error {
  /** Why the run failed, as a message of the table (said in the UI's language). */
  readonly detail: LabMessage

  /** `loss` is the batch's J: non-finite if the cost blew up, finite if the update after it did. */
  constructor(
    readonly epoch: number,
    readonly batch: number,
    readonly loss: number
  ) {
    const detail = message('run.diverged', {
      epoch,
      batch,
      loss: Number.isFinite(loss) ? null : String(loss)
    })
    super(englishText(detail))
    this.detail = detail
    this.name = 'TrainingDivergedError'
  }
}
