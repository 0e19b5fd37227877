import { userError } from '../../shared/errors'
import { safeFileName, type RunReport } from '../../shared/model/exports'
import type { RunEvaluationSummary } from '../../shared/model/run-page'
import type { LabDatabase } from '../db/lab-database'
import { runReportHtml, type ConfusionMatrix } from './export/report'
import { runModel } from './run-model'
import { runPage } from './run-pages'

/**
 * The lab report of a run (see runReportHtml), assembled from the store: the run's detail, its
 * dataset, its model (final, or its last checkpoint's), and the confusion matrix of the
 * validation part from the run's stored evaluation (the training part when it has no validation
 * part). Throws UserError when the run's dataset was deleted (the report could not say what it
 * trained on, nor how to train it again).
 */
export function runReport(db: LabDatabase, runId: string): RunReport {
  const view = runPage(db, runId)
  const dataset = view.detail.datasetId ? db.datasets.get(view.detail.datasetId) : undefined
  if (!dataset) {
    throw userError('run.datasetDeleted', { runId, without: 'report' })
  }
  const html = runReportHtml({
    run: view.detail,
    dataset,
    model: runModel(db, runId),
    confusion: storedConfusion(view.summary, dataset.classes),
    summary: view.summary
  })
  return { fileName: `${safeFileName(view.detail.name || runId)}.html`, html }
}

function storedConfusion(
  summary: RunEvaluationSummary | null,
  classes: string[] | null
): ConfusionMatrix | null {
  if (!summary || !classes) return null
  const part = summary.validation?.confusion
    ? 'validation'
    : summary.train?.confusion
      ? 'train'
      : null
  if (!part) return null
  return { split: part, classes, counts: summary[part]!.confusion! }
}
