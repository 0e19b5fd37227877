import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import type { DecisionBoundary } from '../../../shared/model/live-run'
import {
  applyPreprocessing,
  classOfRow,
  createJsKernels,
  createWorkspace,
  forward,
  networkFromModelFile
} from '../../engine'
import { fitsMainThread, forwardCost } from '../main-thread-work'

/** How far the grid reaches past the data on each side, as a share of the data's range. */
const MARGIN = 0.1

/**
 * The model's output over a resolution × resolution grid covering a 2-feature dataset's range
 * (raw inputs, preprocessing applied as in `predict`): P(class 1) for a single sigmoid output,
 * else the predicted class of each cell. Null for datasets without exactly two features, and for
 * a network too big to draw on main's thread while it trains.
 */
export function decisionBoundary(
  model: ModelFile,
  dataset: DatasetSummary,
  resolution: number,
  epoch: number
): DecisionBoundary | null {
  if (dataset.features !== 2 || model.inputSize !== 2) return null
  if (!fitsMainThread(forwardCost(model) * resolution * resolution)) return null
  const { min, max } = dataset.statistics
  const pad = (axis: number) => Math.max((max[axis] - min[axis]) * MARGIN, 1e-6)
  const [xMin, xMax, yMin, yMax] = [
    min[0] - pad(0),
    max[0] + pad(0),
    min[1] - pad(1),
    max[1] + pad(1)
  ]
  const kernels = createJsKernels('f64')
  const network = networkFromModelFile(model, kernels)
  const cells = resolution * resolution
  const inputs = kernels.matrix(cells, 2)
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const cell = row * resolution + column
      inputs.data[cell * 2] = xMin + ((column + 0.5) / resolution) * (xMax - xMin)
      inputs.data[cell * 2 + 1] = yMin + ((row + 0.5) / resolution) * (yMax - yMin)
    }
  }
  applyPreprocessing(model.preprocessing, inputs.data, cells, 2)
  const outputs = forward(network, inputs, createWorkspace(network, cells))
  const probability = outputs.cols === 1
  const values = Array.from({ length: cells }, (_, cell) =>
    probability ? outputs.data[cell] : classOfRow(outputs.data, cell, outputs.cols)
  )
  return {
    xMin,
    xMax,
    yMin,
    yMax,
    resolution,
    values,
    kind: probability ? 'probability' : 'class',
    epoch
  }
}
