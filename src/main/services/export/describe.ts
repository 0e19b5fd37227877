import { activationLabel } from '../../../shared/model/activations/catalogue'
import { featureInputNames } from '../../../shared/model/input-features'
import type { ModelFile } from '../../../shared/model/model-file'
import type { Preprocessing } from '../../../shared/model/preprocessing'
import type { ExportLayer } from './export-layers'

/**
 * Plain-language descriptions of a model, shared by the READMEs and the docstrings of the
 * generated Python code.
 */

/** `4 inputs → 8 tanh → 3 softmax` (layers show their activation's settings: `leaky-relu (α = 0.1)`). */
export function architectureLine(model: ModelFile, layers: readonly ExportLayer[]): string {
  const parts = layers.map(
    (layer) => `${layer.units} ${activationLabel(layer.activation, layer.settings)}`
  )
  return [`${model.inputSize} inputs`, ...parts].join(' → ')
}

/** The preprocessing as a formula over one raw input x, or null when there is none. */
export function preprocessingFormula(preprocessing: Preprocessing | undefined): string | null {
  switch (preprocessing?.kind) {
    case undefined:
      return null
    case 'standardize':
      return "x' = (x - mean) / std, per input"
    case 'minmax':
      return "x' = (x - min) / (max - min), per input (0 where max = min)"
    case 'scale':
      return `x' = x * ${preprocessing.factor}`
  }
}

/** How the preprocessing is folded into the first layer's W and b (see `foldPreprocessing`). */
export function foldedFormula(preprocessing: Preprocessing): string {
  switch (preprocessing.kind) {
    case 'standardize':
      return "W' = W with column j divided by std[j], b' = b − W'·mean"
    case 'minmax':
      return "W' = W with column j divided by max[j] − min[j] (0 where they are equal), b' = b − W'·min"
    case 'scale':
      return `W' = W · ${preprocessing.factor}`
  }
}

/** What a row of input must hold: its size, and for images the pixel layout and value range. */
export function inputDescription(model: ModelFile): string {
  if (model.inputFeatures) {
    const names = featureInputNames(model.inputFeatures, model.inputNames)
    return `one row of 2 numbers per sample: the raw ${(model.inputNames ?? ['x', 'y']).join(' and ')}, from which the model computes its ${model.inputSize} input features (${names.join(', ')}) itself`
  }
  const shape = model.inputShape
  const isImage = shape !== undefined && shape.length === 3
  const values = isImage
    ? `the pixels of a ${shape[0]}×${shape[1]} image with ${shape[2]} channel${shape[2] === 1 ? '' : 's'}, ` +
      'flattened row by row (height, then width, then channel)'
    : `${model.inputSize} feature values, in the column order of the data the model was trained on`
  const range =
    isImage && model.preprocessing?.kind !== 'scale'
      ? ', each scaled to [0, 1] as the lab imports images'
      : ''
  return `one row of ${model.inputSize} numbers per sample: ${values}${range}`
}

/** What the outputs are: class probabilities, a single positive-class probability, or values. */
export function outputDescription(model: ModelFile, layers: readonly ExportLayer[]): string {
  const output = layers[layers.length - 1]
  const classes = model.classes
  if (classes && output.units === 1) {
    return `one value per sample: the ${output.activation} output for class "${classes[1]}" (≥ 0.5 means "${classes[1]}", else "${classes[0]}")`
  }
  if (classes) {
    return `${output.units} values per sample, output k for class k of: ${classes.join(', ')} (the largest wins)`
  }
  const names = model.targets ? ` (${model.targets.join(', ')})` : ''
  return `${output.units} ${output.activation} output value${output.units === 1 ? '' : 's'} per sample${names}`
}
