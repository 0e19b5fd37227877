import {
  classOfRow,
  createJsKernels,
  createWorkspace,
  forward,
  networkFromModelFile,
  toRowArrays,
  type Matrix
} from '../engine'
import { modelInputValues } from '../engine/preprocess'
import { rawInputSize } from '../../shared/model/input-features'
import { matrixFromRows } from '../engine/tensor/from-rows'
import type { ModelFile } from '../../shared/model/model-file'

/** What `predict` prints (CONTRACTS.md section 3). */
export interface Prediction {
  /** The output layer's activations for each input row. */
  outputs: number[][]
  /** The model's class names, or null for regression. */
  classes: string[] | null
  /** The predicted class name (or index, for a model without names) per row, or null for regression. */
  predicted: (string | number)[] | null
}

/**
 * Raw input rows as the first layer sees them: the model's preprocessing applied (rows are
 * checked to have inputSize finite values). Returns the rows unchanged when there is none.
 */
export function preprocessedRows(
  model: ModelFile,
  rows: readonly (readonly number[])[]
): number[][] {
  return toRowArrays(modelInputs(createJsKernels('f64'), model, rows))
}

/** A model is a classifier when it names classes or ends in softmax or a single sigmoid. */
export function isClassifier(model: ModelFile): boolean {
  const output = model.layers[model.layers.length - 1]
  return (
    model.classes !== undefined ||
    output.activation === 'softmax' ||
    (output.activation === 'sigmoid' && output.units === 1 && model.loss !== 'half-squared-error')
  )
}

/** Column names for the outputs: class names, P(positive class) for one sigmoid, or target names. */
export function outputColumnNames(model: ModelFile): string[] {
  const count = model.layers[model.layers.length - 1].units
  if (model.classes && count === 1) return [`P(${model.classes[1]})`]
  if (model.classes) return model.classes
  return model.targets ?? Array.from({ length: count }, (_, k) => `output ${k + 1}`)
}

/**
 * Runs a model on raw input rows: its preprocessing is applied first, then the forward pass in
 * Float64. A model is a classifier when it names classes or ends in softmax or a single sigmoid.
 */
export function predictRows(model: ModelFile, rows: readonly (readonly number[])[]): Prediction {
  const kernels = createJsKernels('f64')
  const network = networkFromModelFile(model, kernels)
  const inputs = modelInputs(kernels, model, rows)
  const outputs = forward(network, inputs, createWorkspace(network, inputs.rows))
  const predicted = isClassifier(model)
    ? Array.from({ length: outputs.rows }, (_, row) => {
        const index = classOfRow(outputs.data, row, outputs.cols)
        return model.classes ? model.classes[index] : index
      })
    : null
  return { outputs: toRowArrays(outputs), classes: model.classes ?? null, predicted }
}

/** Raw rows (checked to have the model's raw input width, finite) as the first layer's matrix. */
function modelInputs(
  kernels: ReturnType<typeof createJsKernels>,
  model: ModelFile,
  rows: readonly (readonly number[])[]
): Matrix {
  const raw = matrixFromRows(kernels, rows, rawInputSize(model), 'input')
  const inputs = kernels.matrix(raw.rows, model.inputSize)
  inputs.data.set(modelInputValues(model, raw.data, raw.rows))
  return inputs
}
