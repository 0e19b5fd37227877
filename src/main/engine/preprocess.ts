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
