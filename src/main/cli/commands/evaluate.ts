import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import { userError } from '../../../shared/errors'
import { englishText } from '../../../shared/messages'
import { rowName, type EvaluationReport } from '../../../shared/model/results'
import { evaluateDataset, evaluateTable } from '../../services/results/evaluation-sources'
import { readInputFile } from '../../services/results/input-file'
import { importsAsDataset } from '../../services/datasets/import-service'
import type { Lab } from '../../lab'
import type { LoadedDataset } from '../../services/datasets/dataset-files'
import { withLab, type GlobalOptions } from '../context'
import { formatNumber, formatPercent, table, type Output } from '../output'
import { resolveDataset, resolveModel } from '../resolve'
import { addGlobalOptions } from './global-options'

type EvaluateOptions = GlobalOptions & { labelColumn?: string }

/** `evaluate MODEL DATA`: how a model does on a labelled file, image folder, IDX file or dataset. */
export function evaluateCommand(program: Command): void {
  const command = program
    .command('evaluate')
    .description(summaryOf('evaluate'))
    .argument('<MODEL>', 'a model file or a run id')
    .argument(
      '<DATA>',
      'a labelled table in any format import reads (- for CSV on standard input), an image folder or IDX file (imported as by train), or a dataset id'
    )
    .option(
      '--label-column <column>',
      "the file's label column (name or 1-based number); default: the last column that is not an input"
    )
  addGlobalOptions(command).action(
    async (reference: string, data: string, values: EvaluateOptions) => {
      await withLab(values, async ({ lab, out }) => {
        const { model } = resolveModel(lab, reference)
        const report =
          data === '-' || (existsSync(data) && !importsAsDataset(data))
            ? evaluateTable(
                model,
                await readInputFile(data, 'evaluate', model.inputNames ?? []),
                values.labelColumn
              )
            : evaluateDataset(model, await storedDataset(lab, out, data))
        printReport(out, report)
      })
    }
  )
}

/**
 * A dataset id's arrays, or those of an image folder or IDX file, imported as `train` imports a
 * path (said on stderr; the same files later reuse the dataset); else a message saying DATA is
 * neither a file nor a dataset.
 */
async function storedDataset(lab: Lab, out: Output, data: string): Promise<LoadedDataset> {
  if (existsSync(data))
    return lab.datasets.load((await resolveDataset(lab, out, data, {})).datasetId)
  if (!lab.datasets.find(data)) throw userError('results.noData', { data })
  return lab.datasets.load(data)
}

/** The figures as tables (text), or one JSON object (--json); rows left out go to stderr. */
function printReport(out: Output, report: EvaluationReport): void {
  for (const note of report.notes) out.note(`note: ${englishText(note)}`)
  for (const problem of report.problems)
    out.note(`${rowName(report.source, problem)}: left out: ${englishText(problem.problem)}`)
  out.event({
    source: report.source,
    rows: report.rows,
    loss: report.loss,
    accuracy: report.accuracy,
    classes: report.classes,
    perClass: report.perClass,
    confusionMatrix: report.confusion,
    r2: report.r2,
    mae: report.mae,
    perTarget: report.perTarget,
    leftOut: report.problems.map(({ line, place, problem }) => ({
      line,
      ...(place ? { place } : {}),
      reason: englishText(problem)
    }))
  })
  out.text(`${report.source}: ${report.rows} rows`)
  const figures = [['loss', formatNumber(report.loss, 6)]]
  if (report.accuracy !== null) figures.push(['accuracy', formatPercent(report.accuracy)])
  if (report.r2 !== null) figures.push(['R²', formatNumber(report.r2, 6)])
  if (report.mae !== null) figures.push(['MAE', formatNumber(report.mae, 6)])
  out.text(table(figures))
  if (report.perClass && report.confusion) {
    const names = report.perClass.map((figures) => figures.name)
    out.text()
    out.text(
      table([
        ['class', 'precision', 'recall', 'F1', 'rows'],
        ...report.perClass.map((c) => [
          c.name,
          formatNumber(c.precision),
          formatNumber(c.recall),
          formatNumber(c.f1),
          String(c.support)
        ])
      ])
    )
    out.text()
    out.text('Confusion matrix (rows: actual, columns: predicted)')
    out.text(
      table([
        ['', ...names],
        ...report.confusion.map((counts, actual) => [names[actual], ...counts.map(String)])
      ])
    )
  }
  if (report.perTarget && report.perTarget.length > 1) {
    out.text()
    out.text(
      table([
        ['target', 'R²', 'MAE'],
        ...report.perTarget.map((t) => [t.name, formatNumber(t.r2), formatNumber(t.mae)])
      ])
    )
  }
}
