import type { BatchChoice } from '../../../shared/model/inspect'
import type { ModelFile } from '../../../shared/model/model-file'
import { userError } from '../../../shared/errors'
import { checkWidths } from './inspect-values'
import type { RunRows } from './run-rows'

/** A batch ready for the engine: first-layer inputs, target rows, and the dataset rows they are. */
export interface ResolvedBatch {
  rows: number[] | null
  inputs: number[][]
  targets: number[][]
}

/**
 * The batch a trace or gradient check works on: the given dataset rows (inputs preprocessed as in
 * training, targets as the output layer was trained towards), else the given inputs and targets
 * (used as given, as the CLI's `trace` does), else `defaultRows`.
 */
export function resolveBatch(
  choice: BatchChoice,
  model: ModelFile,
  rows: RunRows | null,
  defaultRows: () => number[] = () => []
): ResolvedBatch {
  const outputUnits = model.layers[model.layers.length - 1].units
  if (choice.inputs) {
    const targets = choice.targets ?? []
    checkWidths(choice.inputs, model.inputSize, 'inputs')
    checkWidths(targets, outputUnits, 'targets')
    if (targets.length !== choice.inputs.length) {
      throw userError('inspect.targetCount', {
        expected: choice.inputs.length,
        got: targets.length
      })
    }
    return { rows: null, inputs: choice.inputs, targets }
  }
  if (!rows) throw userError('inspect.rowsNeedRun', {})
  const chosen = choice.rows ?? defaultRows()
  if (chosen.length === 0) throw userError('inspect.noBatchRows', {})
  chosen.forEach((row, index) => rows.checkRow(row, `rows[${index}]`))
  return {
    rows: chosen,
    inputs: rows.inputRows(chosen, model),
    targets: chosen.map((row) => rows.targetRow(row, outputUnits))
  }
}
