import {
  classOfRow,
  createJsKernels,
  createWorkspace,
  forward,
  networkFromModelFile
} from '../../engine'
import { batchLossSum } from '../../engine/network'
import { modelInputValues } from '../../engine/preprocess'
import { rawInputSize } from '../../../shared/model/input-features'
import type { ModelFile } from '../../../shared/model/model-file'
import type { ClassFigures, EvaluationReport, TargetFigures } from '../../../shared/model/results'
import { classTargets } from '../../dataset-arrays/run-data'

/** Rows run through the model at once. */
const CHUNK_ROWS = 1024

/** Labelled rows to evaluate on: raw inputs, and class indices (in the model's order) or targets. */
export interface LabelledRows {
  rows: number
  /** [rows × inputSize] raw inputs, row-major. */
  inputs: ArrayLike<number>
  labels: Int32Array | null
  /** [rows × outputs] regression targets, row-major. */
  targets: ArrayLike<number> | null
}

/**
 * Runs the model (Float64, its preprocessing applied) over labelled rows and measures it: J
 * averaged over the rows, and for classes accuracy, the confusion matrix and per-class
 * precision/recall/F1; for regression R² and mean absolute error per target.
 */
export function evaluateRows(
  model: ModelFile,
  data: LabelledRows
): Omit<EvaluationReport, 'source' | 'problems' | 'notes'> {
  const kernels = createJsKernels('f64')
  const network = networkFromModelFile(model, kernels)
  const units = model.layers[model.layers.length - 1].units
  const classCount = units === 1 ? 2 : units
  const confusion = data.labels
    ? Array.from({ length: classCount }, () => new Array<number>(classCount).fill(0))
    : null
  const regression = new RegressionSums(units)
  let lossSum = 0
  const capacity = Math.max(1, Math.min(CHUNK_ROWS, data.rows))
  const workspace = createWorkspace(network, capacity)
  for (let start = 0; start < data.rows; start += capacity) {
    const count = Math.min(capacity, data.rows - start)
    const inputs = kernels.matrix(count, model.inputSize)
    const rawSize = rawInputSize(model)
    inputs.data.set(
      modelInputValues(
        model,
        Float64Array.from({ length: count * rawSize }, (_, i) => data.inputs[start * rawSize + i]),
        count
      )
    )
    const targets = kernels.matrix(count, units)
    if (data.labels)
      targets.data.set(classTargets(data.labels.subarray(start, start + count), units))
    else for (let i = 0; i < count * units; i++) targets.data[i] = data.targets![start * units + i]
    const outputs = forward(network, inputs, workspace)
    lossSum += batchLossSum(network, workspace, targets)
    for (let i = 0; i < count; i++) {
      if (confusion) confusion[data.labels![start + i]][classOfRow(outputs.data, i, units)]++
      else regression.add(outputs.data, targets.data, i)
    }
  }
  const correct = confusion ? confusion.reduce((sum, row, k) => sum + row[k], 0) : 0
  const perTarget = confusion ? null : regression.figures(model.targets)
  return {
    rows: data.rows,
    loss: lossSum / data.rows,
    accuracy: confusion ? correct / data.rows : null,
    classes: model.classes ?? null,
    perClass: confusion ? classFigures(confusion, model.classes) : null,
    confusion,
    perTarget,
    r2: perTarget ? meanOf(perTarget.map((target) => target.r2)) : null,
    mae: perTarget ? meanOf(perTarget.map((target) => target.mae)) : null
  }
}

/**
 * Precision = TP / (TP + FP) (the column of the class), recall = TP / (TP + FN) (its row),
 * F1 = 2PR / (P + R); each null where its denominator is 0.
 */
export function classFigures(
  confusion: readonly (readonly number[])[],
  names: readonly string[] | undefined
): ClassFigures[] {
  return confusion.map((row, k) => {
    const truePositives = row[k]
    const labelled = row.reduce((sum, count) => sum + count, 0)
    const predicted = confusion.reduce((sum, other) => sum + other[k], 0)
    const precision = predicted > 0 ? truePositives / predicted : null
    const recall = labelled > 0 ? truePositives / labelled : null
    const f1 =
      precision !== null && recall !== null && precision + recall > 0
        ? (2 * precision * recall) / (precision + recall)
        : null
    return { name: names?.[k] ?? String(k), precision, recall, f1, support: labelled }
  })
}

/** Running sums for R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² and MAE = Σ|y − ŷ| / n, per target. */
class RegressionSums {
  private count = 0
  private readonly sum: Float64Array
  private readonly sumSquares: Float64Array
  private readonly squaredError: Float64Array
  private readonly absoluteError: Float64Array

  constructor(private readonly units: number) {
    this.sum = new Float64Array(units)
    this.sumSquares = new Float64Array(units)
    this.squaredError = new Float64Array(units)
    this.absoluteError = new Float64Array(units)
  }

  add(outputs: ArrayLike<number>, targets: ArrayLike<number>, row: number): void {
    this.count++
    for (let k = 0; k < this.units; k++) {
      const y = targets[row * this.units + k]
      const error = y - outputs[row * this.units + k]
      this.sum[k] += y
      this.sumSquares[k] += y * y
      this.squaredError[k] += error * error
      this.absoluteError[k] += Math.abs(error)
    }
  }

  figures(names: readonly string[] | undefined): TargetFigures[] {
    return Array.from({ length: this.units }, (_, k) => {
      // Σ(y − ȳ)² = Σy² − (Σy)²/n
      const total = this.sumSquares[k] - (this.sum[k] * this.sum[k]) / this.count
      return {
        name: names?.[k] ?? `output ${k + 1}`,
        r2:
          total > 1e-12 * Math.max(1, this.sumSquares[k]) ? 1 - this.squaredError[k] / total : null,
        mae: this.absoluteError[k] / this.count
      }
    })
  }
}

function meanOf(values: readonly (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null)
  return known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : null
}
