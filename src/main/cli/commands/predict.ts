import type { Command } from 'commander'
import { summaryOf } from '../command-list'
import type { ModelFile } from '../../../shared/model/model-file'
import { predictRows } from '../../services/predict'
import { withLab, type GlobalOptions } from '../context'
import { formatNumber, table } from '../output'
import { parseRows } from '../option-values'
import { resolveModel } from '../resolve'
import { addGlobalOptions } from './global-options'
import { modelInputError } from './model-input'

/** Column names for the outputs: class names, P(positive class) for one sigmoid, or target names. */
function outputColumnNames(model: ModelFile, count: number): string[] {
  if (model.classes && count === 1) return [`P(${model.classes[1]})`]
  if (model.classes) return model.classes
  return model.targets ?? Array.from({ length: count }, (_, k) => `output ${k + 1}`)
}

/** `predict MODEL --input "x1,x2;x1,x2"`: the model's outputs for raw input rows. */
export function predictCommand(program: Command): void {
  const command = program
    .command('predict')
    .description(summaryOf('predict'))
    .argument('<MODEL>', 'a model file or a run id')
    .requiredOption(
      '--input <rows>',
      'input rows: values separated by ",", rows by ";" (write --input=-1,2 for a negative first value)',
      parseRows
    )
  addGlobalOptions(command).action(
    async (reference: string, values: GlobalOptions & { input: number[][] }) => {
      await withLab(values, async ({ lab, out }) => {
        const { model } = resolveModel(lab, reference)
        const prediction = modelInputError(() => predictRows(model, values.input))
        out.event(prediction)
        const outputNames = outputColumnNames(model, prediction.outputs[0].length)
        out.text(
          table([
            ['ROW', ...outputNames, ...(prediction.predicted ? ['PREDICTED'] : [])],
            ...prediction.outputs.map((outputs, row) => [
              String(row + 1),
              ...outputs.map((value) => formatNumber(value, 6)),
              ...(prediction.predicted ? [String(prediction.predicted[row])] : [])
            ])
          ])
        )
      })
    }
  )
}
