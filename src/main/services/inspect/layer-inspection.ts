import {
  HISTOGRAM_BINS,
  type EpochHistogram,
  type LayerInspection
} from '../../../shared/model/inspect'
import type { Network } from '../../engine'
import { histogram, valueRange } from '../../engine/histogram'
import { flatMatrix, imageShape, layerOf } from './inspect-values'

/** Which run and epoch the network's weights come from, and its dataset's input shape. */
export interface LayerContext {
  runId: string
  epoch: number
  inputShape: readonly number[] | undefined
}

/**
 * One layer's W(l) and b(l) with their ranges and histogram. For layer 1 of image data, the
 * input's [H, W, C] shape tells the renderer to draw row j of W (the weights into unit j) as a
 * picture.
 */
export function layerInspection(
  network: Network,
  layer: number,
  context: LayerContext,
  histograms: EpochHistogram[]
): LayerInspection {
  const dense = layerOf(network, layer)
  return {
    runId: context.runId,
    epoch: context.epoch,
    layer,
    units: dense.units,
    inputs: dense.inputSize,
    activation: dense.activation,
    trainable: { ...dense.trainable },
    weights: flatMatrix(dense.weights),
    biases: Array.from(dense.biases),
    weightRange: valueRange(dense.weights.data),
    biasRange: valueRange(dense.biases),
    histogram: histogram(dense.weights.data, HISTOGRAM_BINS),
    inputImage: layer === 1 ? imageShape(context.inputShape) : null,
    histograms
  }
}
