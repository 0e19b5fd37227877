import { finalFigures, type FinalFigures } from '@shared/model/final-figures'
import type { RunStatus } from '@shared/model/run'
import type { RunPage } from '@shared/model/run-page'

/** The numbers a comparison puts side by side for each run. */
export interface FinalMetrics extends Omit<FinalFigures, 'epoch'> {
  status: RunStatus
  epochs: number
  plannedEpochs: number
  /** Training time, pauses left out (null while running). */
  seconds: number | null
  /** Seconds spent in training batches, from the final evaluation. */
  trainingSeconds: number | null
  samplesPerSecond: number | null
}

/** The metric rows of a comparison, in the order shown and exported. */
export const METRIC_KEYS = [
  'status',
  'epochs',
  'plannedEpochs',
  'trainLoss',
  'trainAccuracy',
  'valLoss',
  'valAccuracy',
  'testLoss',
  'testAccuracy',
  'seconds',
  'trainingSeconds',
  'samplesPerSecond'
] as const satisfies readonly (keyof FinalMetrics)[]

/**
 * A run's final numbers: its final figures (see finalFigures: the last completed epoch's, and
 * the test part of the final evaluation), its time and its speed.
 */
export function finalMetrics(view: RunPage): FinalMetrics {
  const { detail, summary } = view
  const last = detail.metrics.at(-1) ?? null
  const { epoch: _epoch, ...figures } = finalFigures(last, summary)
  return {
    status: detail.status,
    epochs: detail.epochs,
    plannedEpochs: detail.config.epochs,
    ...figures,
    seconds: detail.status === 'running' ? null : view.seconds,
    trainingSeconds: summary?.trainingSeconds ?? null,
    samplesPerSecond: summary?.samplesPerSecond ?? last?.samplesPerSecond ?? null
  }
}

/**
 * The runs holding the best value of a row (ties all count): the lowest loss, the highest
 * accuracy. Empty when fewer than two runs have a value, since nothing is then compared.
 */
export function bestRuns(values: readonly (number | null)[], lowerIsBetter: boolean): number[] {
  const present = values.filter((value): value is number => value !== null)
  if (present.length < 2) return []
  const best = lowerIsBetter ? Math.min(...present) : Math.max(...present)
  return values.flatMap((value, index) => (value === best ? [index] : []))
}
