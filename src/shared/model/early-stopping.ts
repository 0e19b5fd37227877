/**
 * Early stopping: training ends when the watched validation figure has not improved for
 * `patience` epochs in a row, and (by default) the model goes back to its best epoch's weights.
 */

export const MONITORS = ['val-loss', 'val-accuracy'] as const
/** The validation figure watched: loss (lower is better) or accuracy (higher is better). */
export type Monitor = (typeof MONITORS)[number]

export interface EarlyStoppingConfig {
  monitor: Monitor
  /** Epochs without improvement before training stops. */
  patience: number
  /** End with the best epoch's weights instead of the last epoch's. */
  restoreBest: boolean
}

/** The settings `--early-stopping` takes when nothing else is said (CONTRACTS.md section 4). */
export const EARLY_STOPPING_DEFAULTS: EarlyStoppingConfig = {
  monitor: 'val-loss',
  patience: 10,
  restoreBest: true
}

/** Why and when a run stopped early, as the run records it. */
export interface EarlyStop {
  monitor: Monitor
  patience: number
  /** The last epoch trained. */
  stoppedAfter: number
  /** The epoch with the best figure, and that figure. */
  bestEpoch: number
  bestValue: number
  /** Whether the run's model is the best epoch's (else the last epoch's). */
  restored: boolean
}

/** Where an early-stopping watch stands: enough to continue it after a resume or a branch. */
export interface WatchState {
  bestEpoch: number
  bestValue: number
  /** Epochs since the best one. */
  waited: number
}

/**
 * Watches one validation figure epoch by epoch. An epoch improves on the best when its figure is
 * strictly better (lower loss, higher accuracy); after `patience` epochs in a row that do not,
 * `observe` says stop. The first epoch with a figure is the first best.
 */
export class EarlyStoppingWatch {
  private state: WatchState | null

  constructor(
    readonly config: EarlyStoppingConfig,
    state: WatchState | null = null
  ) {
    this.state = state && { ...state }
  }

  /** The best epoch so far (null before the first). */
  get best(): WatchState | null {
    return this.state && { ...this.state }
  }

  /** Takes epoch `epoch`'s figures; true when training should stop after it. */
  observe(
    epoch: number,
    figures: { valLoss: number | null; valAccuracy: number | null }
  ): {
    improved: boolean
    stop: boolean
  } {
    const value = this.config.monitor === 'val-loss' ? figures.valLoss : figures.valAccuracy
    if (value === null || Number.isNaN(value)) return { improved: false, stop: false }
    const better =
      this.state === null ||
      (this.config.monitor === 'val-loss'
        ? value < this.state.bestValue
        : value > this.state.bestValue)
    if (better) {
      this.state = { bestEpoch: epoch, bestValue: value, waited: 0 }
      return { improved: true, stop: false }
    }
    this.state!.waited++
    return { improved: false, stop: this.state!.waited >= this.config.patience }
  }
}

/** The watch's state after a run's stored epochs up to `throughEpoch`, replayed in order. */
export function replayWatch(
  config: EarlyStoppingConfig,
  epochs: readonly { epoch: number; valLoss: number | null; valAccuracy: number | null }[],
  throughEpoch: number
): WatchState | null {
  const watch = new EarlyStoppingWatch(config)
  for (const figures of epochs)
    if (figures.epoch <= throughEpoch) watch.observe(figures.epoch, figures)
  return watch.best
}
