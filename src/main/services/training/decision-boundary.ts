import type { DatasetSummary } from '../../../shared/model/dataset'
import type { ModelFile } from '../../../shared/model/model-file'
import {
  MAX_NEURON_PICTURES,
  type BoundaryPrecision,
  type DecisionBoundary,
  type NeuronPicture
} from '../../../shared/model/live-run'
import {
  classOfRow,
  createJsKernels,
  createWorkspace,
  forward,
  networkFromModelFile,
  type BatchWorkspace,
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
 * a network too big to draw on main's thread while it trains. With `precision` 'colour' the
 * values travel rounded to what a colour can show (see `colourValues`).
 */
export function decisionBoundary(
  model: ModelFile,
  dataset: DatasetSummary,
  resolution: number,
  epoch: number,
  precision: BoundaryPrecision = 'exact',
  grid: GridForward = new GridForward(model, networkFromModelFile(model, createJsKernels('f64')))
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
  const cells = resolution * resolution
  const activations = grid.activations(frame, resolution)
  const outputs = activations.at(-1)!
  const kind = dataset.classes === null ? 'value' : outputs.cols === 1 ? 'probability' : 'class'
  const exact = new Array<number>(cells)
  for (let cell = 0; cell < cells; cell++)
    exact[cell] =
      kind === 'class'
        ? classOfRow(outputs.data, cell, outputs.cols)
        : outputs.data[cell * outputs.cols]
  const values = precision === 'colour' ? colourValues(exact) : exact
  const neurons = neuronPictures(model, grid, frame, { activations, resolution, precision })
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
    ...(neurons.length > 0 ? { weights: weightRows(grid.network) } : {}),
    ...(neurons.length > 0 && model.inputFeatures
      ? { inputFeatures: [...model.inputFeatures] }
      : {})
  }
}

type Frame = { xMin: number; xMax: number; yMin: number; yMax: number }

/**
 * A network's forward pass over the centres of a resolution × resolution grid of the raw (x, y)
 * plane, the model's features and preprocessing applied. It keeps the last grid's inputs and
 * buffers, so a network that only has its weights replaced (a live run's) sweeps again without
 * allocating.
 */
export class GridForward {
  /** Each grid's inputs and buffers, by its resolution and frame (a live panel asks one or two). */
  private readonly grids = new Map<string, { inputs: Matrix; workspace: BatchWorkspace }>()

  constructor(
    private readonly model: ModelFile,
    readonly network: Network
  ) {}

  /** a(l) of every layer at the grid's cell centres, row by row from yMin upwards. */
  activations(frame: Frame, resolution: number): readonly Matrix[] {
    const key = `${resolution} ${frame.xMin} ${frame.xMax} ${frame.yMin} ${frame.yMax}`
    let grid = this.grids.get(key)
    if (!grid) {
      const cells = resolution * resolution
      const inputs = this.network.kernels.matrix(cells, this.model.inputSize)
      inputs.data.set(modelInputValues(this.model, gridPlane(frame, resolution), cells))
      grid = { inputs, workspace: createWorkspace(this.network, cells) }
      this.grids.set(key, grid)
    }
    forward(this.network, grid.inputs, grid.workspace)
    return grid.workspace.a
  }
}

/** The raw (x, y) of each cell centre of a resolution × resolution grid over `frame`. */
function gridPlane(frame: Frame, resolution: number): Float64Array {
  const { xMin, xMax, yMin, yMax } = frame
  const plane = new Float64Array(resolution * resolution * 2)
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const cell = row * resolution + column
      plane[cell * 2] = xMin + ((column + 0.5) / resolution) * (xMax - xMin)
      plane[cell * 2 + 1] = yMin + ((row + 0.5) / resolution) * (yMax - yMin)
    }
  }
  return plane
}

/** W(l)[unit][input] of every layer, as the connections are drawn from. */
function weightRows(network: Network): number[][][] {
  return network.layers.map(({ units, inputSize, weights }) =>
    Array.from({ length: units }, (_, unit) =>
      Array.from(weights.data.subarray(unit * inputSize, (unit + 1) * inputSize))
    )
  )
}

/** The boundary's own forward pass, which the pictures reuse when its grid contains theirs. */
interface BoundaryPass {
  activations: readonly Matrix[]
  resolution: number
  precision: BoundaryPrecision
}

/**
 * Each unit's a(l)ⱼ over the plane on the coarse grid, unless the network has too many units.
 * When the boundary's resolution is a multiple k of the pictures', the centre of coarse cell
 * (row, column) is the centre of fine cell (k·row + (k−1)/2, k·column + (k−1)/2) for odd k —
 * ((k·c + (k−1)/2) + ½)/(k·n) = (c + ½)/n — so the pictures are read from the boundary's pass.
 */
function neuronPictures(
  model: ModelFile,
  grid: GridForward,
  frame: Frame,
  pass: BoundaryPass
): NeuronPicture[] {
  const units = model.layers.reduce((sum, layer) => sum + layer.units, 0)
  if (units > MAX_NEURON_PICTURES) return []
  const n = NEURON_RESOLUTION
  const k = pass.resolution / n
  const shared = Number.isInteger(k) && k % 2 === 1
  const activations = shared ? pass.activations : grid.activations(frame, n)
  const side = shared ? pass.resolution : n
  const offset = shared ? (k - 1) / 2 : 0
  const step = shared ? k : 1
  /** The grid cell holding each coarse cell's centre. */
  const sources = new Int32Array(n * n)
  for (let row = 0; row < n; row++)
    for (let column = 0; column < n; column++)
      sources[row * n + column] = (row * step + offset) * side + column * step + offset
  return model.layers.flatMap((layer, l) =>
    Array.from({ length: layer.units }, (_, unit) => {
      const { data } = activations[l]
      const values = new Array<number>(n * n)
      for (let cell = 0; cell < n * n; cell++)
        values[cell] = data[sources[cell] * layer.units + unit]
      return {
        layer: l + 1,
        unit,
        activation: layer.activation,
        resolution: n,
        values: pass.precision === 'colour' ? colourValues(values) : values
      }
    })
  )
}

/** Significant digits kept, relative to a picture's largest |value|, for 'colour' precision. */
const COLOUR_DIGITS = 5

/**
 * Values rounded to COLOUR_DIGITS significant digits of the largest |value| among them: every
 * colour is drawn from value ÷ (a scale no smaller than that largest value), so each moves by at
 * most 5·10⁻⁵ of the scale — under 1/78 of one of a colour channel's 256 steps — while the
 * JSON a live drawing fetches twenty times a second shrinks to 0.42 of the exact one (0.52 at
 * seven digits: fewer bytes for main to write and for the page to read).
 */
export function colourValues(values: readonly number[]): number[] {
  const largest = values.reduce((most, value) => Math.max(most, Math.abs(value)), 0)
  if (!(largest > 0) || !Number.isFinite(largest)) return [...values]
  const decimals = COLOUR_DIGITS - 1 - Math.floor(Math.log10(largest))
  // Dividing by an exact power of ten (rather than multiplying by its inexact inverse) leaves
  // each rounded value the shortest decimal JSON can write.
  if (decimals >= 0) {
    const scale = 10 ** decimals
    return values.map((value) => Math.round(value * scale) / scale)
  }
  const scale = 10 ** -decimals
  return values.map((value) => Math.round(value / scale) * scale)
}
