import type {
  EpochHistogram,
  FlatMatrix,
  ImageShape,
  LayerInspection,
  TraceInspection,
  WeightHistogram
} from '@shared/model/inspect'
import type { ActivationName } from '@shared/model/network'

/** What the weights panel draws of one layer, from a run's `inspect:layer` or a preset's trace. */
export interface LayerWeights {
  layer: number
  activation: ActivationName
  /** The run's epoch whose weights these are; null for a model file. */
  epoch: number | null
  weights: FlatMatrix
  biases: number[]
  /** First layer of image data: each row of W is a picture of this shape. */
  inputImage: ImageShape | null
  /** The histogram of W now, and those stored per epoch (none for a model file). */
  histogram: WeightHistogram | null
  histograms: EpochHistogram[]
}

/** A run's layer as `inspect:layer` returned it. */
export function weightsFromInspection(inspection: LayerInspection): LayerWeights {
  return {
    layer: inspection.layer,
    activation: inspection.activation,
    epoch: inspection.epoch,
    weights: inspection.weights,
    biases: inspection.biases,
    inputImage: inspection.inputImage,
    histogram: inspection.histogram,
    histograms: inspection.histograms
  }
}

/** Rows of numbers as a row-major flat matrix. */
export function flatten(rows: readonly (readonly number[])[]): FlatMatrix {
  return { rows: rows.length, cols: rows[0]?.length ?? 0, values: rows.flat() }
}

/** Layer l's weights before the traced step (a model file's own weights). */
export function weightsFromTrace(trace: TraceInspection, layer: number): LayerWeights {
  const found = trace.layers.find((entry) => entry.layer === layer)
  if (!found) throw new Error(`the trace has no layer ${layer}`)
  return {
    layer,
    activation: trace.network.layers[layer - 1].activation,
    epoch: trace.epoch,
    weights: flatten(found.weights),
    biases: found.biases,
    inputImage: null,
    histogram: null,
    histograms: []
  }
}

/**
 * The name under each unit's picture when W(l) feeds the outputs directly (no hidden layer):
 * its class, or for one sigmoid unit over two classes the positive one. Null for hidden units.
 */
export function templateNames(
  units: number,
  isOutput: boolean,
  classes: readonly string[] | null
): string[] | null {
  if (!isOutput || !classes) return null
  if (units === 1 && classes.length === 2) return [classes[1]]
  return Array.from({ length: units }, (_, unit) => classes[unit] ?? String(unit))
}
