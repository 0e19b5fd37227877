import type { FlatMatrix, ImageShape } from '../../../shared/model/inspect'
import { userError } from '../../../shared/errors'
import type { DenseLayer, Matrix, Network } from '../../engine'

/** A matrix as JSON numbers, row-major. */
export function flatMatrix(matrix: Matrix): FlatMatrix {
  return {
    rows: matrix.rows,
    cols: matrix.cols,
    values: Array.from(matrix.data.subarray(0, matrix.rows * matrix.cols))
  }
}

/** Layer l (1-based) of a network, or a UserError naming the request's `layer` field. */
export function layerOf(network: Network, layer: number): DenseLayer {
  const count = network.layers.length
  if (layer > count) throw userError('inspect.layerRange', { layers: count, layer })
  return network.layers[layer - 1]
}

/** [H, W, C] as an image shape, for inputs that are pictures; null for any other input shape. */
export function imageShape(inputShape: readonly number[] | undefined): ImageShape | null {
  if (!inputShape || inputShape.length !== 3) return null
  const [height, width, channels] = inputShape
  return { height, width, channels }
}

/** √(Σ v²) of an array (a Frobenius norm for a matrix's values). */
export function euclideanNorm(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i] * values[i]
  return Math.sqrt(sum)
}

/** Refuses rows whose length is not `width`, naming the request's field: `inputs[2]: expected 4 values, got 3`. */
export function checkWidths(
  rows: readonly (readonly number[])[],
  width: number,
  field: string
): void {
  rows.forEach((row, index) => {
    if (row.length !== width)
      throw userError('inspect.rowWidth', { field, index, expected: width, got: row.length })
  })
}

/** `limit` indices spread evenly over 0 … count − 1 (all of them when count ≤ limit). */
export function spreadIndices(count: number, limit: number): number[] {
  if (count <= limit) return Array.from({ length: count }, (_, i) => i)
  return Array.from({ length: limit }, (_, i) => Math.floor(((i + 0.5) * count) / limit))
}
