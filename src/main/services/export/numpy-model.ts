import type { ModelFile } from '../../../shared/model/model-file'
import type { ActivationName } from '../../../shared/model/network'
import type { Preprocessing } from '../../../shared/model/preprocessing'
import type { ExportLayer } from './export-layers'
import { modelHeader, modelMainBlocks, pythonModule } from './python-common'
import { pythonFloat } from './python-literals'

/** The NumPy definition of each activation f(z), written only when the model uses it. */
const ACTIVATION_FUNCTIONS: Partial<Record<ActivationName, string>> = {
  sigmoid: `def sigmoid(z):
    """σ(z) = 1 / (1 + e^(-z)), computed as e^(-log(1 + e^(-z))) so large |z| cannot overflow."""
    return np.exp(-np.logaddexp(0.0, -z))`,
  relu: `def relu(z):
    """max(0, z)."""
    return np.maximum(z, 0.0)`,
  'leaky-relu': `def leaky_relu(z, alpha):
    """z for z > 0, else alpha * z."""
    return np.where(z > 0, z, alpha * z)`,
  softmax: `def softmax(z):
    """softmax(z)_k = e^(z_k - max z) / sum_j e^(z_j - max z), row by row (the shift avoids overflow)."""
    e = np.exp(z - z.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)`
}

/**
 * The NumPy `model.py`: a plain forward pass a(l) = f(a(l−1) W(l)ᵀ + b(l)) over the arrays of
 * weights.npz (the same file and names as the PyTorch export), with the preprocessing first.
 */
export function numpyModelPy(model: ModelFile, layers: readonly ExportLayer[]): string {
  const used = new Set(layers.map((layer) => layer.activation))
  const functions = (Object.keys(ACTIVATION_FUNCTIONS) as ActivationName[])
    .filter((name) => used.has(name))
    .map((name) => ACTIVATION_FUNCTIONS[name]!)
  const output = layers[layers.length - 1]
  const loadWeights = `def load_weights(path=HERE / "weights.npz"):
    """The arrays of weights.npz: layerN.weight [units x inputs], layerN.bias [units], and the
    preprocessing constants."""
    with np.load(path) as arrays:
        return {name: arrays[name] for name in arrays.files}`
  const forward = `def forward(x, weights):
    """Output activations [N, ${output.units}] for raw inputs x [N, ${model.inputSize}]: a(l) = f(a(l-1) W(l)^T + b(l))."""
${forwardBody(model, layers)}`
  const predict = `def predict(inputs, path=HERE / "weights.npz"):
    """Outputs (one row per sample) for raw input rows, in float64."""
    return forward(np.asarray(inputs, dtype=np.float64), load_weights(path))`
  return pythonModule([
    modelHeader(model, layers, 'plain NumPy', 'import numpy as np'),
    loadWeights,
    ...functions,
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
  const lines = [model.preprocessing ? 'a = preprocess(x, weights)' : 'a = x']
  layers.forEach((layer, index) => {
    const z = `a @ weights["layer${layer.number}.weight"].T + weights["layer${layer.number}.bias"]`
    const activation = numpyActivation(layer.activation, layer.alpha, z)
    lines.push(index === layers.length - 1 ? `return ${activation}` : `a = ${activation}`)
  })
  return lines.map((line) => `    ${line}`).join('\n')
}

function numpyActivation(activation: ActivationName, alpha: number, z: string): string {
  switch (activation) {
    case 'sigmoid':
      return `sigmoid(${z})`
    case 'tanh':
      return `np.tanh(${z})`
    case 'relu':
      return `relu(${z})`
    case 'leaky-relu':
      return `leaky_relu(${z}, ${pythonFloat(alpha)})`
    case 'linear':
      return z
    case 'softmax':
      return `softmax(${z})`
  }
}
