import type { EpochHistogram, LayerEpochInternals } from '../../shared/model/inspect'
import { prepared, type SqliteConnection } from './connection'

/** One layer's stored gradient norms for one epoch. */
export interface StoredNorms {
  epoch: number
  layer: number
  weightGradientNorm: number
  biasGradientNorm: number
}

/** Reads and writes `layer_epochs`: per-epoch gradient norms and weight histograms of each layer. */
export class InternalsRepo {
  constructor(private readonly database: SqliteConnection) {}

  /** Stores one epoch's internals, one row per layer (call inside the epoch's transaction). */
  add(runId: string, epoch: number, layers: readonly LayerEpochInternals[]): void {
    const insert = prepared(
      this.database,
      `INSERT OR REPLACE INTO layer_epochs
         (run_id, epoch, layer, weight_gradient_norm, bias_gradient_norm, histogram)
       VALUES (?, ?, ?, ?, ?, ?)`
    )
    for (const layer of layers) {
      insert.run(
        runId,
        epoch,
        layer.layer,
        layer.weightGradientNorm,
        layer.biasGradientNorm,
        layer.histogram ? JSON.stringify(layer.histogram) : null
      )
    }
  }

  /** Every layer's norms for the epochs after `sinceEpoch`, by epoch, then layer. */
  norms(runId: string, sinceEpoch = 0): StoredNorms[] {
    const rows = this.database
      .prepare(
        `SELECT epoch, layer, weight_gradient_norm, bias_gradient_norm FROM layer_epochs
         WHERE run_id = ? AND epoch > ? ORDER BY epoch, layer`
      )
      .all(runId, sinceEpoch) as {
      epoch: number
      layer: number
      weight_gradient_norm: number
      bias_gradient_norm: number
    }[]
    return rows.map((row) => ({
      epoch: row.epoch,
      layer: row.layer,
      weightGradientNorm: row.weight_gradient_norm,
      biasGradientNorm: row.bias_gradient_norm
    }))
  }

  /**
   * Every layer's norms for the last `epochCount` recorded epochs up to `uptoEpoch`, by epoch,
   * then layer (past epoch 2,000 only every 10th epoch or fewer is recorded, see the worker's
   * `recordsEpochDetail`).
   */
  latestNorms(runId: string, uptoEpoch: number, epochCount: number): StoredNorms[] {
    const recorded = this.database
      .prepare(
        `SELECT DISTINCT epoch FROM layer_epochs WHERE run_id = ? AND epoch <= ?
         ORDER BY epoch DESC LIMIT ?`
      )
      .all(runId, uptoEpoch, epochCount) as { epoch: number }[]
    const first = recorded.at(-1)?.epoch
    return first === undefined
      ? []
      : this.norms(runId, first - 1).filter((norms) => norms.epoch <= uptoEpoch)
  }

  /** One layer's stored weight histograms for the epochs after `sinceEpoch`, in epoch order. */
  histograms(runId: string, layer: number, sinceEpoch = 0): EpochHistogram[] {
    const rows = this.database
      .prepare(
        `SELECT epoch, histogram FROM layer_epochs
         WHERE run_id = ? AND layer = ? AND epoch > ? AND histogram IS NOT NULL ORDER BY epoch`
      )
      .all(runId, layer, sinceEpoch) as { epoch: number; histogram: string }[]
    return rows.map((row) => ({ epoch: row.epoch, histogram: JSON.parse(row.histogram) }))
  }
}
