import type { ModelFile } from '../../../shared/model/model-file'
import { activationRecord } from '../../../shared/model/activations/catalogue'
import { ACTIVATION_NAMES } from '../../../shared/model/network'
import type { Preprocessing } from '../../../shared/model/preprocessing'
import type { ExportLayer } from './export-layers'
import { modelHeader, modelMainBlocks, pythonModule } from './python-common'
import { PYTHON_LITERALS } from './python-literals'
import { rawInputSize } from '../../../shared/model/input-features'
import { featuresFunction } from './python-features'

/**
 * The NumPy `model.py`: a plain forward pass a(l) = f(a(l−1) W(l)ᵀ + b(l)) over the arrays of
 * weights.npz (the same file and names as the PyTorch export), with the preprocessing first.
 */
export function numpyModelPy(model: ModelFile, layers: readonly ExportLayer[]): string {
  // The helper functions of the activations used, each once, in the catalogue's order.
  const used = new Set(layers.map((layer) => layer.activation))
  const functions = ACTIVATION_NAMES.filter((name) => used.has(name)).flatMap(
    (name) => activationRecord(name).exports.numpy.helper ?? []
  )
  const output = layers[layers.length - 1]
  const loadWeights = `def load_weights(path=HERE / "weights.npz"):
    """The arrays of weights.npz: layerN.weight [units x inputs], layerN.bias [units], and the
    preprocessing constants."""
    with np.load(path) as arrays:
        return {name: arrays[name] for name in arrays.files}`
  const forward = `def forward(x, weights):
    """Output activations [N, ${output.units}] for raw inputs x [N, ${rawInputSize(model)}]: a(l) = f(a(l-1) W(l)^T + b(l))."""
${forwardBody(model, layers)}`
  const predict = `def predict(inputs, path=HERE / "weights.npz"):
    """Outputs (one row per sample) for raw input rows, in float64."""
    return forward(np.asarray(inputs, dtype=np.float64), load_weights(path))`
  return pythonModule([
    modelHeader(model, layers, 'plain NumPy', 'import numpy as np'),
    loadWeights,
    ...functions,
    ...featuresFunction(model.inputFeatures, 'np.stack', 'axis'),
    ...preprocessFunction(model.preprocessing),
    forward,
    predict,
    ...modelMainBlocks(model)
  ])
}

/** The `preprocess` function, or nothing for a model without preprocessing. */
function preprocessFunction(preprocessing: Preprocessing | undefined): string[] {
  switch (preprocessing?.kind) {
    case undefined:
      return []
    case 'standardize':
      return [
        `def preprocess(x, weights):
    """x' = (x - mean) / std, per input."""
    return (x - weights["mean"]) / weights["std"]`
      ]
    case 'minmax':
      return [
        `def preprocess(x, weights):
    """x' = (x - min) / (max - min), per input; a constant input (max = min) maps to 0."""
    span = weights["max"] - weights["min"]
    return np.divide(x - weights["min"], span, out=np.zeros_like(x), where=span != 0)`
      ]
    case 'scale':
      return [
        `def preprocess(x, weights):
    """x' = x * factor."""
    return x * weights["factor"]`
      ]
  }
}

function forwardBody(model: ModelFile, layers: readonly ExportLayer[]): string {
  const inputs = model.inputFeatures ? 'features(x)' : 'x'
  const lines = [model.preprocessing ? `a = preprocess(${inputs}, weights)` : `a = ${inputs}`]
  layers.forEach((layer, index) => {
    const z = `a @ weights["layer${layer.number}.weight"].T + weights["layer${layer.number}.bias"]`
    const activation = numpyActivation(layer, z)
    lines.push(index === layers.length - 1 ? `return ${activation}` : `a = ${activation}`)
  })
  return lines.map((line) => `    ${line}`).join('\n')
}

/** The NumPy expression of f(z) for a layer's activation, z given as an expression. */
function numpyActivation(layer: ExportLayer, z: string): string {
  return activationRecord(layer.activation).exports.numpy.call(z, layer.settings, PYTHON_LITERALS)
}
