import type { DatasetSummary } from '../../shared/model/dataset'
import type { EarlyStop } from '../../shared/model/early-stopping'
import type { EpochMetrics } from '../../shared/model/training'
import type { RunOutcome } from '../services/training/active-run'
import { formatNumber, formatPercent, formatSeconds, table, type Output } from './output'

/** The `done` line of the `train`/`resume` JSON stream. */
export function doneEvent(
  outcome: RunOutcome,
  lastEpoch: EpochMetrics | null,
  savedModel: string | null
): object {
  const summary = outcome.summary
  const evaluation = summary?.validation ?? null
  return {
    event: 'done',
    runId: outcome.runId,
    status: outcome.status,
    epochs: outcome.epochs,
    trainLoss: lastEpoch?.trainLoss ?? summary?.train?.loss ?? null,
    trainAccuracy: lastEpoch?.trainAccuracy ?? summary?.train?.accuracy ?? null,
    valLoss: evaluation?.loss ?? null,
    valAccuracy: evaluation?.accuracy ?? null,
    testLoss: summary?.test?.loss ?? null,
    testAccuracy: summary?.test?.accuracy ?? null,
    samplesPerSecond: summary?.samplesPerSecond ?? null,
    seconds: summary?.trainingSeconds ?? null,
    confusionMatrix: evaluation?.confusion ?? summary?.train?.confusion ?? null,
    modelFile: savedModel,
    error: outcome.error,
    earlyStop: outcome.earlyStop
  }
}

/** Why and when a run stopped early, in one line. */
export function earlyStopText(stop: EarlyStop): string {
  const figure = stop.monitor === 'val-loss' ? 'validation loss' : 'validation accuracy'
  return `stopped early after epoch ${stop.stoppedAfter}: ${figure} had not improved for ${stop.patience} epochs since epoch ${stop.bestEpoch} (${formatNumber(stop.bestValue)}); ${stop.restored ? `the model has epoch ${stop.bestEpoch}'s weights` : "the model has the last epoch's weights"}`
}

/** The human summary after training: losses and accuracies, confusion matrix, time and speed. */
export function printSummary(
  out: Output,
  outcome: RunOutcome,
  dataset: DatasetSummary,
  savedModel: string | null
): void {
  const summary = outcome.summary
  const verb = { completed: 'completed', stopped: 'stopped', failed: 'failed' }[outcome.status]
  out.text(
    `Run ${outcome.runId} ${verb} after ${outcome.epochs} epoch${outcome.epochs === 1 ? '' : 's'}${summary ? ` in ${formatSeconds(summary.trainingSeconds)} of training, ${Math.round(summary.samplesPerSecond).toLocaleString('en-US')} samples/s` : ''}`
  )
  if (outcome.earlyStop) out.text(earlyStopText(outcome.earlyStop))
  if (!summary) return
  const rows: string[][] = [['', 'loss', 'accuracy']]
  for (const [name, evaluation] of [
    ['train', summary.train],
    ['validation', summary.validation],
    ['test', summary.test]
  ] as const) {
    if (evaluation)
      rows.push([name, formatNumber(evaluation.loss), formatPercent(evaluation.accuracy)])
  }
  out.text(table(rows))
  const shown = summary.validation ?? summary.train
  if (shown?.confusion && dataset.classes) {
    const part = summary.validation ? 'validation' : 'train'
    const names = dataset.classes
    out.text()
    out.text(`Confusion matrix (${part}; rows: actual, columns: predicted)`)
    out.text(
      table([
        ['', ...names],
        ...shown.confusion.map((counts, actual) => [names[actual], ...counts.map(String)])
      ])
    )
  }
  if (savedModel) out.text(`\nModel saved to ${savedModel}`)
}
