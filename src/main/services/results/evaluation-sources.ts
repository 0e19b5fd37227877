import { rawInputSize } from '../../../shared/model/input-features'
import { BYTE_VALUES } from '../../engine'
import { userError } from '../../../shared/errors'
import { message, type LabMessage } from '../../../shared/messages'
import type { ModelFile } from '../../../shared/model/model-file'
import type { EvaluationReport, RowProblem } from '../../../shared/model/results'
import type { LoadedDataset } from '../datasets/dataset-files'
import { columnIndex } from '../datasets/csv/table-to-dataset'
import { isMissing, parseNumber } from '../datasets/csv/values'
import { isClassifier } from '../predict'
import { evaluateRows } from './evaluation'
import type { InputTable } from './input-table'
import { inputSources, readModelInputs, rowAt } from './model-columns'

/**
 * Evaluates a model on a labelled table. The label column is `labelColumn` (name or 1-based
 * number), else the last column that is not an input or an id; its values are the model's class
 * names (or class numbers for a model without names). For regression the targets are the
 * model's `targets` columns, else the last columns. Rows that cannot be read are listed.
 */
export function evaluateTable(
  model: ModelFile,
  table: InputTable,
  labelColumn?: string
): EvaluationReport {
  const outputs = outputColumns(model, table, labelColumn)
  const inputs = readModelInputs(model, table, outputs)
  const problems: RowProblem[] = [...inputs.problems]
  const kept: number[] = []
  const labels: number[] = []
  const targets: number[] = []
  inputs.tableRows.forEach((tableRow, k) => {
    const fields = table.rows[tableRow]
    const problem = isClassifier(model)
      ? labelOf(model, table, fields[outputs[0]], outputs[0], labels)
      : targetsOf(table, fields, outputs, targets)
    if (problem) problems.push(rowAt(table, tableRow, problem))
    else kept.push(k)
  })
  problems.sort((a, b) => a.line - b.line)
  if (kept.length === 0) {
    // Rows whose inputs read but whose labels are not the model's: the first one says why.
    const [first] = problems
    if (first)
      throw userError('results.mostRowsBad', {
        file: table.file,
        bad: problems.length,
        rows: problems.length,
        line: first.line,
        ...(first.place ? { place: first.place } : {}),
        first: first.problem
      })
    throw userError('file.allRowsBad', { file: table.file })
  }
  const figures = evaluateRows(model, {
    rows: kept.length,
    inputs: kept.flatMap((k) => inputs.rows[k]),
    labels: isClassifier(model) ? Int32Array.from(labels) : null,
    targets: isClassifier(model) ? null : targets
  })
  const notes: LabMessage[] = [...inputs.notes]
  if (problems.length > 0)
    notes.push(message('results.rowsLeftOut', { file: table.file, count: problems.length }))
  return { source: table.file, ...figures, problems, notes }
}

/** The table columns holding the labels (one) or regression targets. */
function outputColumns(model: ModelFile, table: InputTable, labelColumn?: string): number[] {
  if (labelColumn) return [columnIndex(table, labelColumn)]
  if (!isClassifier(model) && model.targets) {
    return model.targets.map((name) => {
      const index = table.names.indexOf(name)
      if (index < 0)
        throw userError('file.noColumn', { file: table.file, column: name, columns: table.names })
      return index
    })
  }
  const count = isClassifier(model) ? 1 : model.layers[model.layers.length - 1].units
  const used = model.inputNames ? inputSources(model, table).sources.map((s) => s.column) : []
  const free = table.names.map((_, index) => index).filter((index) => !used.includes(index))
  if (free.length < count)
    throw userError('results.noLabelColumn', { file: table.file, columns: table.names })
  return free.slice(free.length - count)
}

/** Adds a row's class index (the model's order) to `labels`, or says why it has none. */
function labelOf(
  model: ModelFile,
  table: InputTable,
  text: string,
  column: number,
  labels: number[]
): LabMessage | null {
  const value = text.trim()
  const name = table.names[column]
  if (isMissing(value)) return message('row.missing', { column: name })
  const units = model.layers[model.layers.length - 1].units
  const known =
    model.classes ?? Array.from({ length: units === 1 ? 2 : units }, (_, k) => String(k))
  const index = known.indexOf(value)
  if (index < 0) return message('row.unknownClass', { column: name, value, known })
  labels.push(index)
  return null
}

/** Adds a row's target values to `targets`, or says why it has none. */
function targetsOf(
  table: InputTable,
  fields: readonly string[],
  columns: readonly number[],
  targets: number[]
): LabMessage | null {
  const values: number[] = []
  for (const column of columns) {
    const text = fields[column]
    if (isMissing(text)) return message('row.missing', { column: table.names[column] })
    const value = parseNumber(text, table.decimalComma)
    if (value === null)
      return message('row.notNumber', { column: table.names[column], value: text.trim() })
    values.push(value)
  }
  targets.push(...values)
  return null
}

/**
 * Evaluates a model on a stored dataset: its features matched to the model's inputs by name
 * (when both name them), its classes to the model's by name.
 */
export function evaluateDataset(model: ModelFile, loaded: LoadedDataset): EvaluationReport {
  const { summary } = loaded
  const order = featureOrder(model, summary.featureNames, summary.name)
  const inputs = new Float64Array(summary.rows * rawInputSize(model))
  // Images and IDX are stored as pixel bytes; a byte b stands for the value b / 255.
  const stored = loaded.features
  const valueAt =
    stored instanceof Uint8Array ? (i: number) => BYTE_VALUES[stored[i]] : (i: number) => stored[i]
  for (let row = 0; row < summary.rows; row++)
    for (let j = 0; j < rawInputSize(model); j++)
      inputs[row * rawInputSize(model) + j] = valueAt(row * summary.features + order[j])
  const classifier = isClassifier(model)
  if (classifier ? !loaded.labels : !loaded.targets)
    throw userError('results.datasetUnlabelled', {
      dataset: summary.name,
      wants: classifier ? 'classes' : 'targets'
    })
  const figures = evaluateRows(model, {
    rows: summary.rows,
    inputs,
    labels: classifier
      ? modelLabels(model, summary.classes ?? [], loaded.labels!, summary.name)
      : null,
    targets: classifier ? null : loaded.targets
  })
  return { source: summary.name, ...figures, problems: [], notes: [] }
}

/** For each model input, the dataset feature it reads. */
function featureOrder(
  model: ModelFile,
  featureNames: readonly string[],
  dataset: string
): number[] {
  if (model.inputNames && featureNames.length > 0) {
    const missing = model.inputNames.filter((name) => !featureNames.includes(name))
    if (missing.length > 0)
      throw userError('results.missingInputs', {
        file: dataset,
        missing,
        columns: [...featureNames]
      })
    return model.inputNames.map((name) => featureNames.indexOf(name))
  }
  if (featureNames.length !== rawInputSize(model))
    throw userError('results.datasetInputs', {
      dataset,
      features: featureNames.length,
      inputs: rawInputSize(model)
    })
  return featureNames.map((_, index) => index)
}

/** The dataset's labels as the model's class indices (matched by class name when the model names them). */
function modelLabels(
  model: ModelFile,
  classes: readonly string[],
  labels: Int32Array,
  dataset: string
): Int32Array {
  if (!model.classes) return labels
  const mapping = classes.map((name) => model.classes!.indexOf(name))
  if (mapping.some((index) => index < 0))
    throw userError('results.datasetClasses', {
      dataset,
      classes: [...classes],
      modelClasses: model.classes
    })
  return Int32Array.from(labels, (label) => mapping[label])
}
