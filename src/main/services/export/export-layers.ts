import { createJsKernels, networkFromModelFile, toRowArrays } from '../../engine'
import type { ModelFile } from '../../../shared/model/model-file'
import type { ActivationName, ActivationSettings, Trainable } from '../../../shared/model/network'
import type { Preprocessing } from '../../../shared/model/preprocessing'

/** One dense layer with every number filled in, as the exporters write it. */
export interface ExportLayer {
  /** 1-based layer number l of the math: z(l) = W(l) a(l−1) + b(l), a(l) = f(l)(z(l)). */
  number: number
  inputSize: number
  units: number
  activation: ActivationName
  /** Every activation setting, defaults filled in (leaky-relu's alpha: the layer's, else 0.01). */
  settings: ActivationSettings
  /** W(l), [units][inputSize]: row j holds the weights into unit j. */
  weights: number[][]
  /** b(l), one per unit. */
  biases: number[]
  trainable: Trainable
}

/**
 * The model's layers with all numbers present. Layers without weights in the file are
 * initialized exactly as `predict` does (the file's `init` and `seed`), so exports and `predict`
 * agree on such files too.
 */
export function exportLayers(model: ModelFile): ExportLayer[] {
  const network = networkFromModelFile(model, createJsKernels('f64'))
  return network.layers.map((layer, index) => ({
    number: index + 1,
    inputSize: layer.inputSize,
    units: layer.units,
    activation: layer.activation,
    settings: { ...layer.settings },
    weights: toRowArrays(layer.weights),
    biases: Array.from(layer.biases),
    trainable: { ...layer.trainable }
  }))
}

/**
 * The first layer with the preprocessing folded in, for formats without per-feature operations
 * (TF.js). With x' = (x − shift) ⊙ gain the layer computes
 *   W x' + b = (W diag(gain)) x + (b − W diag(gain) shift)
 * so W' = W diag(gain) and b' = b − W' shift:
 *   standardize: gain = 1/std, shift = mean
 *   minmax:      gain = 1/(max − min) (0 for a constant feature, which maps to 0), shift = min
 *   scale:       gain = factor, shift = 0
 */
export function foldPreprocessing(
  layer: ExportLayer,
  preprocessing: Preprocessing | undefined
): ExportLayer {
  if (!preprocessing) return layer
  const { gain, shift } = affinePreprocessing(preprocessing, layer.inputSize)
  const weights = layer.weights.map((row) => row.map((weight, j) => weight * gain[j]))
  const biases = layer.biases.map(
    (bias, unit) => bias - weights[unit].reduce((sum, weight, j) => sum + weight * shift[j], 0)
  )
  return { ...layer, weights, biases }
}

/** Preprocessing written as x' = (x − shift) ⊙ gain, per feature. */
function affinePreprocessing(
  preprocessing: Preprocessing,
  inputSize: number
): { gain: number[]; shift: number[] } {
  switch (preprocessing.kind) {
    case 'standardize':
      return { gain: preprocessing.std.map((std) => 1 / std), shift: preprocessing.mean }
    case 'minmax':
      return { gain: inverseRanges(preprocessing.min, preprocessing.max), shift: preprocessing.min }
    case 'scale':
      return {
        gain: new Array<number>(inputSize).fill(preprocessing.factor),
        shift: new Array<number>(inputSize).fill(0)
      }
  }
}

/** 1/(max − min) per feature, and 0 where max equals min (such a feature maps to 0). */
export function inverseRanges(min: readonly number[], max: readonly number[]): number[] {
  return min.map((low, j) => (max[j] === low ? 0 : 1 / (max[j] - low)))
}
