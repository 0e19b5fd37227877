import type { LayerNormSeries, TrainingHistory } from '../../../shared/model/inspect'
import type { LabDatabase } from '../../db/lab-database'
import type { RunRecord } from '../../db/run-repo'

/**
 * A run's per-epoch curves after `sinceEpoch`: train and validation loss, and each layer's mean
 * gradient norms (null for epochs trained before norms were recorded), all aligned by epoch.
 */
export function trainingHistory(
  db: LabDatabase,
  run: RunRecord,
  sinceEpoch: number
): TrainingHistory {
  const metrics = db.metrics.epochs(run.runId).filter((point) => point.epoch > sinceEpoch)
  const position = new Map(metrics.map((point, index) => [point.epoch, index]))
  const layers: LayerNormSeries[] = run.network.layers.map((_, l) => ({
    layer: l + 1,
    weightGradientNorms: new Array<number | null>(metrics.length).fill(null),
    biasGradientNorms: new Array<number | null>(metrics.length).fill(null)
  }))
  for (const norms of db.internals.norms(run.runId, sinceEpoch)) {
    const index = position.get(norms.epoch)
    const series = layers[norms.layer - 1]
    if (index === undefined || !series) continue
    series.weightGradientNorms[index] = norms.weightGradientNorm
    series.biasGradientNorms[index] = norms.biasGradientNorm
  }
  return {
    runId: run.runId,
    learningRate: run.config.learningRate,
    epochs: metrics.map((point) => point.epoch),
    trainLoss: metrics.map((point) => point.trainLoss),
    valLoss: metrics.map((point) => point.valLoss),
    layers
  }
}
