import type { LabMessage } from '../messages'

/** A row of a file that could not be used, with why. */
export interface RowProblem {
  line: number
  /** The row's place (`data.json#3`) in a file without lines; `line` is then 0. */
  place?: string
  problem: LabMessage
}

/** How a left-out row is named: `file:line`, or its place (`data.json#3`) in a file without lines. */
export function rowName(file: string, { line, place }: Pick<RowProblem, 'line' | 'place'>): string {
  return place ?? `${file}:${line}`
}

/** A model's predictions for every usable row of a file (`predict --input-file`, the app's Predict). */
export interface FilePredictions {
  /** The file as messages name it. */
  file: string
  /** The file's id column (`id`, `name`, …) whose values label the rows, or null. */
  idName: string | null
  /** One name per output unit: class names, `P(class)` for one sigmoid, target names. */
  outputNames: string[]
  classes: string[] | null
  /** True when each row has a predicted class. */
  classifier: boolean
  rows: {
    line: number
    place?: string
    id: string | null
    outputs: number[]
    predicted: string | number | null
  }[]
  /** Rows left out, with their line and why. */
  problems: RowProblem[]
  notes: LabMessage[]
}

/** How well a model does on a labelled file or a stored dataset (`evaluate`, the app's Evaluate). */
export interface EvaluationReport {
  /** The file or dataset it was evaluated on. */
  source: string
  rows: number
  /** J averaged over the rows (the model's loss, without a weight penalty). */
  loss: number
  /** Fraction correct, or null for regression. */
  accuracy: number | null
  classes: string[] | null
  /** Per class, in class order (null for regression). */
  perClass: ClassFigures[] | null
  /** confusion[actual][predicted] counts, or null for regression. */
  confusion: number[][] | null
  /** Per regression target (null for classes). */
  perTarget: TargetFigures[] | null
  /** R² and MAE averaged over the targets (null for classes). */
  r2: number | null
  mae: number | null
  problems: RowProblem[]
  notes: LabMessage[]
}

/** Precision, recall and F1 of one class (null where undefined: no row predicted or labelled so). */
export interface ClassFigures {
  name: string
  precision: number | null
  recall: number | null
  f1: number | null
  /** Rows labelled with this class. */
  support: number
}

/** R² (1 − SS_res / SS_tot; null when the target is constant) and mean absolute error of one target. */
export interface TargetFigures {
  name: string
  r2: number | null
  mae: number
}

/**
 * Predictions as CSV text, as `predict --input-file` prints them and the app saves them: the id
 * column (when the file has one), each output, then the predicted class for a classifier.
 */
export function predictionsCsv(predictions: FilePredictions): string {
  const header = [
    ...(predictions.idName === null ? [] : [predictions.idName]),
    ...predictions.outputNames,
    ...(predictions.classifier ? ['predicted'] : [])
  ]
  const lines = predictions.rows.map((row) => [
    ...(predictions.idName === null ? [] : [row.id ?? '']),
    ...row.outputs.map(String),
    ...(predictions.classifier ? [String(row.predicted)] : [])
  ])
  return [header, ...lines].map((fields) => fields.map(csvField).join(',')).join('\n') + '\n'
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
function csvField(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
