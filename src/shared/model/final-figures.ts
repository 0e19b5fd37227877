import type { RunEvaluationSummary } from './run-page'
import type { EpochMetrics } from './training'

/**
 * A run's final figures — the one definition the Experiments list, the run page, Compare, the
 * Training screen's result, the lab report and the CLI (`runs`, `run ID`, `train`'s done line)
 * all use: the last completed epoch's training figures (J and accuracy averaged over that
 * epoch's batches, each before its update) and validation figures (evaluated on the weights at
 * that epoch's end), and the test figures of the final evaluation, which is of those same
 * weights (a run stopped part-way through an epoch ends with them). All null before the first
 * epoch completes; accuracies are null for regression.
 */
export interface FinalFigures {
  /** The epoch they are of (null: none completed). */
  epoch: number | null
  trainLoss: number | null
  trainAccuracy: number | null
  valLoss: number | null
  valAccuracy: number | null
  testLoss: number | null
  testAccuracy: number | null
}

/** A run's final figures from its last completed epoch and its final evaluation. */
export function finalFigures(
  lastEpoch: EpochMetrics | null | undefined,
  summary: RunEvaluationSummary | null
): FinalFigures {
  if (!lastEpoch)
    return {
      epoch: null,
      trainLoss: null,
      trainAccuracy: null,
      valLoss: null,
      valAccuracy: null,
      testLoss: null,
      testAccuracy: null
    }
  return {
    epoch: lastEpoch.epoch,
    trainLoss: lastEpoch.trainLoss,
    trainAccuracy: lastEpoch.trainAccuracy,
    valLoss: lastEpoch.valLoss,
    valAccuracy: lastEpoch.valAccuracy,
    testLoss: summary?.test?.loss ?? null,
    testAccuracy: summary?.test?.accuracy ?? null
  }
}
