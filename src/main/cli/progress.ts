import { SingleBar } from 'cli-progress'
import type { EpochMetrics } from '../../shared/model/training'
import type { TrainingProgress } from '../worker/protocol'
import { formatNumber, formatPercent } from './output'

/**
 * Training progress on stderr: a live bar with loss, accuracy, ETA and speed on a terminal, or
 * one line per epoch (at most one a second) when stderr is a file or a pipe.
 */
export class TrainingProgressDisplay {
  private readonly bar: SingleBar | null
  private lastLine = 0
  private latest: EpochMetrics | null = null

  constructor(
    private readonly totalEpochs: number,
    private readonly firstEpoch = 1
  ) {
    this.bar = process.stderr.isTTY
      ? new SingleBar({
          stream: process.stderr,
          format:
            'epoch {epoch}/{epochs} {bar} {percentage}% | loss {loss} | acc {accuracy} | val {val} | {speed} samples/s | ETA {eta_formatted}',
          barsize: 24,
          hideCursor: true,
          etaBuffer: 50
        })
      : null
  }

  /** Called with the worker's batch-level progress. */
  batch(progress: TrainingProgress): void {
    if (!this.bar) return
    const total = (this.totalEpochs - this.firstEpoch + 1) * progress.batchesPerEpoch
    const done = (progress.epoch - this.firstEpoch) * progress.batchesPerEpoch + progress.batch
    if (this.bar.getTotal() !== total) this.bar.start(total, 0, this.payload(progress.epoch))
    this.bar.update(done, { ...this.payload(progress.epoch), loss: formatNumber(progress.loss) })
  }

  /** Called at the end of every epoch. */
  epoch(metrics: EpochMetrics): void {
    this.latest = metrics
    if (this.bar) {
      this.bar.update(this.payload(metrics.epoch))
      return
    }
    const now = Date.now()
    if (now - this.lastLine < 1000 && metrics.epoch !== this.totalEpochs) return
    this.lastLine = now
    process.stderr.write(
      `epoch ${metrics.epoch}/${this.totalEpochs}: loss ${formatNumber(metrics.trainLoss)}, accuracy ${formatPercent(metrics.trainAccuracy)}, validation loss ${formatNumber(metrics.valLoss)}, accuracy ${formatPercent(metrics.valAccuracy)}, ${Math.round(metrics.samplesPerSecond)} samples/s\n`
    )
  }

  /** Removes the bar before the summary is printed. */
  stop(): void {
    this.bar?.stop()
  }

  private payload(epoch: number) {
    const latest = this.latest
    return {
      epoch,
      epochs: this.totalEpochs,
      loss: formatNumber(latest?.trainLoss),
      accuracy: formatPercent(latest?.trainAccuracy),
      val:
        latest?.valAccuracy != null
          ? formatPercent(latest.valAccuracy)
          : formatNumber(latest?.valLoss),
      speed: latest ? Math.round(latest.samplesPerSecond).toLocaleString('en-US') : '…'
    }
  }
}
