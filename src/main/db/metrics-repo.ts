import type { EpochMetrics } from '../../shared/model/training'
import { prepared, type SqliteConnection } from './connection'

/** One stored per-batch loss (step = batches since the run began). */
export interface BatchLoss {
  step: number
  loss: number
}

/** Reads and writes a run's training series: `metrics` (one row per epoch) and `batch_losses`. */
export class MetricsRepo {
  constructor(private readonly database: SqliteConnection) {}

  /**
   * Appends one epoch's numbers and advances the run's `epochs_done`, which picks the row run
   * summaries show (call inside the epoch's transaction).
   */
  addEpoch(runId: string, metrics: EpochMetrics, elapsedMs: number): void {
    this.addEpochs(runId, [{ metrics, elapsedMs }])
  }

  /**
   * Appends a group of epochs' numbers (in order) and advances the run's `epochs_done` to the
   * last of them, once for the group (call inside their transaction).
   */
  addEpochs(runId: string, epochs: readonly { metrics: EpochMetrics; elapsedMs: number }[]): void {
    const insert = prepared(
      this.database,
      `INSERT OR REPLACE INTO metrics (run_id, epoch, train_loss, train_accuracy, val_loss,
         val_accuracy, samples_per_second, elapsed_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
    )
    for (const { metrics, elapsedMs } of epochs) {
      insert.run(
        runId,
        metrics.epoch,
        metrics.trainLoss,
        metrics.trainAccuracy,
        metrics.valLoss,
        metrics.valAccuracy,
        metrics.samplesPerSecond,
        elapsedMs
      )
    }
    const last = epochs.at(-1)
    if (!last) return
    prepared(this.database, 'UPDATE runs SET epochs_done = ?, heartbeat_at = ? WHERE id = ?').run(
      last.metrics.epoch,
      new Date().toISOString(),
      runId
    )
  }

  /** Every epoch's numbers, in order. */
  epochs(runId: string): EpochMetrics[] {
    const rows = this.database
      .prepare(
        `SELECT epoch, train_loss, train_accuracy, val_loss, val_accuracy, samples_per_second
         FROM metrics WHERE run_id = ? ORDER BY epoch`
      )
      .all(runId) as {
      epoch: number
      train_loss: number
      train_accuracy: number | null
      val_loss: number | null
      val_accuracy: number | null
      samples_per_second: number
    }[]
    return rows.map((row) => ({
      epoch: row.epoch,
      trainLoss: row.train_loss,
      trainAccuracy: row.train_accuracy,
      valLoss: row.val_loss,
      valAccuracy: row.val_accuracy,
      samplesPerSecond: row.samples_per_second
    }))
  }

  /** Keeps a thinned per-batch loss series. */
  addBatchLosses(runId: string, points: readonly BatchLoss[]): void {
    const insert = prepared(
      this.database,
      'INSERT OR REPLACE INTO batch_losses (run_id, step, loss) VALUES (?, ?, ?)'
    )
    for (const point of points) insert.run(runId, point.step, point.loss)
  }

  /** The stored per-batch losses, in order. */
  batchLosses(runId: string): BatchLoss[] {
    return this.database
      .prepare('SELECT step, loss FROM batch_losses WHERE run_id = ? ORDER BY step')
      .all(runId) as BatchLoss[]
  }
}
