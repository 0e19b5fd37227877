import type { RunStatus } from '@shared/model/run'
import type { RunPage } from '@shared/model/run-page'

/** The numbers a comparison puts side by side for each run. */
export interface FinalMetrics {
  status: RunStatus
  epochs: number
  plannedEpochs: number
  trainLoss: number | null
  trainAccuracy: number | null
  valLoss: number | null
  valAccuracy: number | null
  testLoss: number | null
  testAccuracy: number | null
  /** Seconds from start to end (null while running). */
  seconds: number | null
  /** Seconds spent in training batches, from the final evaluation. */
  trainingSeconds: number | null
  samplesPerSecond: number | null
  /**
   * Where the losses and accuracies come from: the final evaluation of the finished run, or its
   * last epoch when it has none (running, interrupted, failed); `none` before any epoch.
   */
  source: 'evaluation' | 'lastEpoch' | 'none'
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
  'samplesPerSecond',
  'source'
] as const satisfies readonly (keyof FinalMetrics)[]

/** A run's final numbers: its final evaluation when it has one, else its last epoch's. */
export function finalMetrics(view: RunPage): FinalMetrics {
  const { detail, summary } = view
  const last = detail.metrics.at(-1) ?? null
  const ended = detail.endedAt === null ? null : Date.parse(detail.endedAt)
  const common = {
    status: detail.status,
    epochs: detail.epochs,
    plannedEpochs: detail.config.epochs,
    seconds: ended === null ? null : Math.max(0, (ended - Date.parse(detail.startedAt)) / 1000)
  }
  if (summary) {
    return {
      ...common,
      trainLoss: summary.train?.loss ?? null,
      trainAccuracy: summary.train?.accuracy ?? null,
      valLoss: summary.validation?.loss ?? null,
      valAccuracy: summary.validation?.accuracy ?? null,
      testLoss: summary.test?.loss ?? null,
      testAccuracy: summary.test?.accuracy ?? null,
      trainingSeconds: summary.trainingSeconds,
      samplesPerSecond: summary.samplesPerSecond,
      source: 'evaluation'
    }
  }
  return {
    ...common,
    trainLoss: last?.trainLoss ?? null,
    trainAccuracy: last?.trainAccuracy ?? null,
    valLoss: last?.valLoss ?? null,
    valAccuracy: last?.valAccuracy ?? null,
    testLoss: null,
    testAccuracy: null,
    trainingSeconds: null,
    samplesPerSecond: last?.samplesPerSecond ?? null,
    source: last ? 'lastEpoch' : 'none'
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
