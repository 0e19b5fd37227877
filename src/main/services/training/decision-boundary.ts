import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import {
  MAX_NEURON_PICTURES,
  type DecisionBoundary,
  type NeuronPicture
} from '../../../shared/model/live-run'
import {
  classOfRow,
  createJsKernels,
  createWorkspace,
  forward,
  networkFromModelFile,
  type Matrix,
  type Network
} from '../../engine'
import { modelInputValues } from '../../engine/preprocess'
import { rawInputSize } from '../../../shared/model/input-features'
import { fitsMainThread, forwardCost } from '../main-thread-work'

/** How far the grid reaches past the data on each side, as a share of the data's range. */
const MARGIN = 0.1
/** Cells per side of each neuron's picture (small pictures, drawn small). */
export const NEURON_RESOLUTION = 20

/**
 * The model's output over a resolution × resolution grid covering a 2-feature dataset's range
 * (raw inputs, preprocessing applied as in `predict`): P(class 1) for a single sigmoid output,
 * else the predicted class of each cell; for regression data the predicted surface ŷ (the first
 * output), drawn as a continuous heatmap. Null for datasets without exactly two features, and for
 * a network too big to draw on main's thread while it trains.
 */
export function decisionBoundary(
  model: ModelFile,
  dataset: DatasetSummary,
  resolution: number,
  epoch: number
): DecisionBoundary | null {
  if (dataset.features !== 2 || rawInputSize(model) !== 2) return null
  if (!fitsMainThread(forwardCost(model) * resolution * resolution)) return null
  const { min, max } = dataset.statistics
  const pad = (axis: number) => Math.max((max[axis] - min[axis]) * MARGIN, 1e-6)
  const [xMin, xMax, yMin, yMax] = [
    min[0] - pad(0),
    max[0] + pad(0),
    min[1] - pad(1),
    max[1] + pad(1)
  ]
  const frame = { xMin, xMax, yMin, yMax }
  const network = networkFromModelFile(model, createJsKernels('f64'))
  const cells = resolution * resolution
  const outputs = forwardOverGrid(model, network, frame, resolution).at(-1)!
  const kind = dataset.classes === null ? 'value' : outputs.cols === 1 ? 'probability' : 'class'
  const values = Array.from({ length: cells }, (_, cell) =>
    kind === 'class'
      ? classOfRow(outputs.data, cell, outputs.cols)
      : outputs.data[cell * outputs.cols]
  )
  const neurons = neuronPictures(model, network, frame)
  return {
    xMin,
    xMax,
    yMin,
    yMax,
    resolution,
    values,
    kind,
    epoch,
    neurons,
    ...(neurons.length > 0 ? { weights: model.layers.map((layer) => layer.weights ?? []) } : {}),
    ...(neurons.length > 0 && model.inputFeatures
      ? { inputFeatures: [...model.inputFeatures] }
      : {})
  }
}

type Frame = { xMin: number; xMax: number; yMin: number; yMax: number }

/** a(l) of every layer at the centres of a resolution × resolution grid over `frame`. */
function forwardOverGrid(
  model: ModelFile,
  network: Network,
  frame: Frame,
  resolution: number
): readonly Matrix[] {
  const { xMin, xMax, yMin, yMax } = frame
  const cells = resolution * resolution
  const plane = new Float64Array(cells * 2)
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const cell = row * resolution + column
      plane[cell * 2] = xMin + ((column + 0.5) / resolution) * (xMax - xMin)
      plane[cell * 2 + 1] = yMin + ((row + 0.5) / resolution) * (yMax - yMin)
    }
  }
  // The sweep is over the raw (x, y) plane; the model's features and preprocessing follow.
  const inputs = network.kernels.matrix(cells, model.inputSize)
  inputs.data.set(modelInputValues(model, plane, cells))
  const workspace = createWorkspace(network, cells)
  forward(network, inputs, workspace)
  return workspace.a
}

/** Each unit's a(l)ⱼ over the plane on the coarse grid, unless the network has too many units. */
function neuronPictures(model: ModelFile, network: Network, frame: Frame): NeuronPicture[] {
  const units = model.layers.reduce((sum, layer) => sum + layer.units, 0)
  if (units > MAX_NEURON_PICTURES) return []
  const activations = forwardOverGrid(model, network, frame, NEURON_RESOLUTION)
  const cells = NEURON_RESOLUTION * NEURON_RESOLUTION
  return model.layers.flatMap((layer, l) =>
    Array.from({ length: layer.units }, (_, unit) => ({
      layer: l + 1,
      unit,
      activation: layer.activation,
      resolution: NEURON_RESOLUTION,
      values: Array.from(
        { length: cells },
        (_, cell) => activations[l].data[cell * layer.units + unit]
      )
    }))
  )
}
