import type { FilePredictions } from '../../../shared/model/results'
import type { ModelFile } from '../../../shared/model/model-file'
import { outputColumnNames, predictRows } from '../predict'
import type { InputTable } from './input-table'
import { readModelInputs } from './model-columns'

/** Rows run through the model at once (bounds the memory of one forward pass). */
const CHUNK_ROWS = 4096

/**
 * The model's outputs for every usable row of a table: the row's line and its id (from an id
 * column, if the table has one), each output, and the predicted class for a classifier. Rows
 * that cannot be read are listed in `problems` with their line.
 */
export function predictTable(model: ModelFile, table: InputTable): FilePredictions {
  const inputs = readModelInputs(model, table)
  const rows: FilePredictions['rows'] = []
  for (let start = 0; start < inputs.rows.length; start += CHUNK_ROWS) {
    const chunk = predictRows(model, inputs.rows.slice(start, start + CHUNK_ROWS))
    chunk.outputs.forEach((outputs, k) => {
      const index = start + k
      rows.push({
        line: inputs.lines[index],
        ...(inputs.places ? { place: inputs.places[index] } : {}),
        id:
          inputs.idColumn === null
            ? null
            : table.rows[inputs.tableRows[index]][inputs.idColumn].trim(),
        outputs,
        predicted: chunk.predicted ? chunk.predicted[k] : null
      })
    })
  }
  return {
    file: table.file,
    idName: inputs.idColumn === null ? null : table.names[inputs.idColumn],
    outputNames: outputColumnNames(model),
    classes: model.classes ?? null,
    classifier: rows.length > 0 ? rows[0].predicted !== null : false,
    rows,
    problems: inputs.problems,
    notes: inputs.notes
  }
}
