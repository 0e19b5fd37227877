import type { SplitPart } from '../../../shared/model/inspect'
import type { InputStep } from '../../engine/preprocess'
import { classCount, classOfRow, createWorkspace, forward, type Network } from '../../engine'
import type { RunRows } from './run-rows'

/** Rows per forward pass while predicting a part (the engine's `evaluate` uses the same). */
const PREDICTION_BATCH = 256

/** Every row of one part with its actual and predicted class (all three aligned, rows ascending). */
export interface PartPredictions {
  part: SplitPart
  rows: Int32Array
  actual: Int32Array
  predicted: Int32Array
  classes: number
}

/**
 * The class the network picks for each row of a part (the engine's rule: the largest output, or
 * for one sigmoid unit 1 from 0.5 up), in batches of 256 preprocessed rows, and each row's label.
 * It yields to the event loop after every batch: Fashion-MNIST's 12,000 validation rows through
 * a 784-128-64-10 network take a few seconds, which must not hold up main's other calls.
 */
export async function partPredictions(
  network: Network,
  rows: RunRows,
  part: SplitPart,
  step: InputStep
): Promise<PartPredictions> {
  const partRows = rows.partRows(part)
  const predicted = new Int32Array(partRows.length)
  const actual = Int32Array.from(partRows, (row) => rows.label(row) ?? 0)
  const capacity = Math.max(1, Math.min(PREDICTION_BATCH, partRows.length))
  const workspace = createWorkspace(network, capacity)
  for (let start = 0; start < partRows.length; start += capacity) {
    const batch = partRows.subarray(start, start + capacity)
    const outputs = forward(network, rows.inputMatrix(network.kernels, batch, step), workspace)
    for (let i = 0; i < batch.length; i++)
      predicted[start + i] = classOfRow(outputs.data, i, outputs.cols)
    await new Promise((resolve) => setImmediate(resolve))
  }
  const outputUnits = network.layers[network.layers.length - 1].units
  return { part, rows: partRows, actual, predicted, classes: classCount(outputUnits) }
}

/** matrix[actual][predicted]: how many rows of each class got each prediction. */
export function confusionMatrix(predictions: PartPredictions): number[][] {
  const matrix = Array.from({ length: predictions.classes }, () =>
    new Array<number>(predictions.classes).fill(0)
  )
  predictions.actual.forEach((actual, i) => matrix[actual][predictions.predicted[i]]++)
  return matrix
}

/** The dataset rows of one cell (actual k, predicted j), in ascending order. */
export function cellRows(
  predictions: PartPredictions,
  actual: number,
  predicted: number
): number[] {
  const rows: number[] = []
  predictions.rows.forEach((row, i) => {
    if (predictions.actual[i] === actual && predictions.predicted[i] === predicted) rows.push(row)
  })
  return rows
}
