import { RACE_SIZE, type RaceRequest, type RaceVariant } from '@shared/model/branch'
import type { EpochMetrics } from '@shared/model/training'
import { DEFAULT_LEARNING_RATES } from '@shared/model/run-defaults'
import type { OptimizerName } from '@shared/model/training'
import type { ChartSeries } from '@renderer/lib/charts/series'
import { comparisonColor } from '@renderer/lib/experiments/comparison-colors'
import type { StartTrainingRequest } from '@shared/ipc/requests'

/** One run of a race as the Training screen edits it: its optimizer and learning rate. */
export type RaceEntry = Required<Pick<RaceVariant, 'optimizer' | 'learningRate'>>

/** A first race: SGD, momentum and Adam, each at its suggested rate. */
export const FIRST_RACE: RaceEntry[] = (['sgd', 'momentum', 'adam'] as OptimizerName[]).map(
  (optimizer) => ({ optimizer, learningRate: DEFAULT_LEARNING_RATES[optimizer] })
)

/** True when another run may be added (at most 4) or one removed (at least 2). */
export const canAdd = (entries: readonly RaceEntry[]) => entries.length < RACE_SIZE.max
export const canRemove = (entries: readonly RaceEntry[]) => entries.length > RACE_SIZE.min

/**
 * The race request: the Training screen's start request (its data, network and settings, so the
 * same seed, and so the same initial weights and batch order) with each run's own choices.
 */
export function raceRequest(
  start: StartTrainingRequest,
  entries: readonly RaceEntry[]
): RaceRequest {
  return {
    datasetId: start.datasetId,
    config: start.config,
    variants: entries.map(({ optimizer, learningRate }) => ({ optimizer, learningRate }))
  }
}

/** A run's label in the race: "adam η=0.005". */
export const raceLabel = (entry: RaceEntry) => `${entry.optimizer} η=${entry.learningRate}`

/**
 * The race's curves overlaid: each run's validation loss (its training loss when the split has
 * no validation part), one colour per run as in Compare.
 */
export function raceSeries(
  runs: readonly { label: string; epochs: readonly EpochMetrics[] }[]
): ChartSeries[] {
  const validation = runs.some(({ epochs }) => epochs.some((epoch) => epoch.valLoss !== null))
  return runs.map(({ label, epochs }, index) => ({
    label,
    color: comparisonColor(index),
    points: epochs.flatMap((epoch) => {
      const value = validation ? epoch.valLoss : epoch.trainLoss
      return value === null || !Number.isFinite(value) ? [] : [{ x: epoch.epoch, y: value }]
    })
  }))
}
