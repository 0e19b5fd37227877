import type { DatasetSummary } from '../../shared/model/dataset'
import type { EarlyStop } from '../../shared/model/early-stopping'
import { finalFigures, type FinalFigures } from '../../shared/model/final-figures'
import type { EpochMetrics } from '../../shared/model/training'
import type { RunOutcome } from '../services/training/active-run'
import { formatNumber, formatPercent, formatSeconds, table, type Output } from './output'
import { textOf } from '../../shared/messages'

/** The `done` line of the `train`/`resume` JSON stream. */
export function doneEvent(
  outcome: RunOutcome,
  lastEpoch: EpochMetrics | null,
  savedModel: string | null
): object {
  const summary = outcome.summary
  const evaluation = summary?.validation ?? null
  const { epoch: _epoch, ...figures } = finalFigures(lastEpoch, summary)
  return {
    event: 'done',
    runId: outcome.runId,
    status: outcome.status,
    epochs: outcome.epochs,
    ...figures,
    samplesPerSecond: summary?.samplesPerSecond ?? null,
    seconds: summary?.trainingSeconds ?? null,
    confusionMatrix: evaluation?.confusion ?? summary?.train?.confusion ?? null,
    modelFile: savedModel,
    error: outcome.error && textOf(outcome.error),
    earlyStop: outcome.earlyStop
  }
}

/** Why and when a run stopped early, in one line. */
export function earlyStopText(stop: EarlyStop): string {
  const figure = stop.monitor === 'val-loss' ? 'validation loss' : 'validation accuracy'
  return `stopped early after epoch ${stop.stoppedAfter}: ${figure} had not improved for ${stop.patience} epochs since epoch ${stop.bestEpoch} (${formatNumber(stop.bestValue)}); ${stop.restored ? `the model has epoch ${stop.bestEpoch}'s weights` : "the model has the last epoch's weights"}`
}

/** The final figures (see finalFigures) as a table: the parts a run has, loss and accuracy. */
export function printFinalFigures(out: Output, figures: FinalFigures): void {
  const rows: string[][] = [[`epoch ${figures.epoch ?? '–'}`, 'loss', 'accuracy']]
  for (const [name, loss, accuracy] of [
    ['train', figures.trainLoss, figures.trainAccuracy],
    ['validation', figures.valLoss, figures.valAccuracy],
    ['test', figures.testLoss, figures.testAccuracy]
  ] as const) {
    if (loss !== null) rows.push([name, formatNumber(loss), formatPercent(accuracy)])
  }
  if (rows.length > 1) out.text(table(rows))
}

/**
 * The human summary after training: the final figures (see finalFigures), confusion matrix,
 * time and speed.
 */
export function printSummary(
  out: Output,
  outcome: RunOutcome,
  lastEpoch: EpochMetrics | null,
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
  printFinalFigures(out, finalFigures(lastEpoch, summary))
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
