import { type Command } from 'commander'
import { summaryOf } from '../command-list'
import { userError } from '../../../shared/errors'
import { englishText } from '../../../shared/messages'
import { predictionsCsv, rowName, type FilePredictions } from '../../../shared/model/results'
import { outputColumnNames, predictRows } from '../../services/predict'
import { readInputFile } from '../../services/results/input-file'
import { predictTable } from '../../services/results/table-predictions'
import { withLab, type GlobalOptions } from '../context'
import { formatNumber, table, type Output } from '../output'
import { parseRows } from '../option-values'
import { resolveModel } from '../resolve'
import { addGlobalOptions } from './global-options'
import { UsageError } from '../usage-error'
import { modelInputError } from './model-input'

type PredictOptions = GlobalOptions & { input?: number[][]; inputFile?: string }

/**
 * `predict MODEL --input "x1,x2;x1,x2"`: the model's outputs for raw input rows; `predict MODEL
 * --input-file FILE` (`-`: stdin): one prediction per row of a table, as CSV (JSON lines).
 */
export function predictCommand(program: Command): void {
  const command = program
    .command('predict')
    .description(summaryOf('predict'))
    .argument('<MODEL>', 'a model file or a run id')
    .option(
      '--input <rows>',
      'input rows: values separated by ",", rows by ";" (write --input=-1,2 for a negative first value)',
      parseRows
    )
    .option(
      '--input-file <file>',
      'a table of input rows in any format import reads (- for CSV on standard input); columns are matched to the model inputs by name'
    )
    // A newcomer's `predict MODEL 5.1,3.5,1.4,0.2` is answered with where the rows go.
    .allowExcessArguments()
  addGlobalOptions(command).action(async (reference: string, values: PredictOptions) => {
    const [extra] = command.args.slice(1)
    if (extra !== undefined) throw misplacedInput(extra)
    if ((values.input === undefined) === (values.inputFile === undefined))
      command.error('error: give either --input or --input-file', { exitCode: 2 })
    await withLab(values, async ({ lab, out }) => {
      const { model } = resolveModel(lab, reference)
      if (values.inputFile !== undefined) {
        const predictions = predictTable(
          model,
          await readInputFile(values.inputFile, 'predict', model.inputNames ?? [])
        )
        printFilePredictions(out, predictions)
        return
      }
      const prediction = modelInputError(() => predictRows(model, values.input!))
      out.event(prediction)
      out.text(
        table([
          ['ROW', ...outputColumnNames(model), ...(prediction.predicted ? ['PREDICTED'] : [])],
          ...prediction.outputs.map((outputs, row) => [
            String(row + 1),
            ...outputs.map((value) => formatNumber(value, 6)),
            ...(prediction.predicted ? [String(prediction.predicted[row])] : [])
          ])
        ])
      )
    })
  })
}

/** A second argument, read as the rows or the file it most likely is, and where it goes. */
function misplacedInput(extra: string): UsageError {
  const [what, option] = /^[-+0-9.eE,;\s]+$/.test(extra)
    ? ['input rows go', '--input']
    : ['a file of input rows goes', '--input-file']
  return new UsageError(
    `unexpected argument '${extra}': ${what} in ${option} (predict MODEL ${option}=${extra})`
  )
}

/**
 * A file's predictions: CSV on stdout (JSON lines with --json: one object per row, with its
 * line), notes and the rows left out on stderr, each with its file and line.
 */
function printFilePredictions(out: Output, predictions: FilePredictions): void {
  for (const note of predictions.notes) out.note(`note: ${englishText(note)}`)
  for (const problem of predictions.problems)
    out.note(`${rowName(predictions.file, problem)}: left out: ${englishText(problem.problem)}`)
  if (predictions.rows.length === 0)
    throw userError('cli.noRowsToPredict', { file: predictions.file })
  if (!out.json) {
    process.stdout.write(predictionsCsv(predictions))
    return
  }
  for (const row of predictions.rows)
    out.event({
      line: row.line,
      ...(row.place ? { place: row.place } : {}),
      ...(predictions.idName === null ? {} : { id: row.id }),
      outputs: row.outputs,
      predicted: row.predicted
    })
}
