import { expandFeatures } from '../../shared/model/input-features'
import type { ModelFile } from '../../shared/model/model-file'
import type { Preprocessing } from '../../shared/model/preprocessing'
import type { FloatArray } from './tensor/matrix'

/**
 * Applies a model's preprocessing to raw rows in place (rows × cols, row-major), so the first
 * layer sees what it was trained on:
 *   standardize: x' = (x − mean) / std      minmax: x' = (x − min) / (max − min)
 *   scale:       x' = x · factor
 * A feature whose max equals its min maps to 0.
 */
export function applyPreprocessing(
  preprocessing: Preprocessing | undefined,
  values: FloatArray,
  rows: number,
  cols: number
): void {
  if (!preprocessing) return
  switch (preprocessing.kind) {
    case 'standardize':
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const index = i * cols + j
          values[index] = (values[index] - preprocessing.mean[j]) / preprocessing.std[j]
        }
      }
      return
    case 'minmax':
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const index = i * cols + j
          const range = preprocessing.max[j] - preprocessing.min[j]
          values[index] = range === 0 ? 0 : (values[index] - preprocessing.min[j]) / range
        }
      }
      return
    case 'scale':
      for (let i = 0; i < rows * cols; i++) values[i] *= preprocessing.factor
      return
  }
}

/** What a model does to raw rows before its first layer: the model file's three fields. */
export type InputStep = Pick<ModelFile, 'inputSize' | 'inputFeatures' | 'preprocessing'>

/**
 * A model's whole input step on raw rows (rows × rawInputSize, row-major): its `inputFeatures`
 * computed from each (x, y) first (input-features.ts), then its preprocessing. Returns the
 * rows × inputSize values the first layer sees.
 */
export function modelInputValues(
  model: InputStep,
  raw: ArrayLike<number>,
  rows: number
): Float64Array {
  const values = model.inputFeatures
    ? expandFeatures(model.inputFeatures, raw, rows)
    : Float64Array.from({ length: rows * model.inputSize }, (_, index) => raw[index])
  applyPreprocessing(model.preprocessing, values, rows, model.inputSize)
  return values
}
