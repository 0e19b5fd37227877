import type { ModelFile } from '../../../shared/model/model-file'
import { activationRecord } from '../../../shared/model/activations/catalogue'
import type { Preprocessing } from '../../../shared/model/preprocessing'
import type { ExportLayer } from './export-layers'
import { modelHeader, modelMainBlocks, pythonModule } from './python-common'
import { PYTHON_LITERALS, pythonInt } from './python-literals'
import { rawInputSize } from '../../../shared/model/input-features'
import { featuresFunction } from './python-features'

/**
 * The PyTorch `model.py`: an `nn.Module` with one `nn.Linear` per lab layer (nn.Linear keeps W as
 * [units × inputs], the lab's layout, so weights.npz holds the lab's W unchanged) and the
 * preprocessing as fixed buffers applied first. `logits` gives z of the output layer (train.py
 * computes the stable losses from it); `forward` gives the output activations.
 */
export function pytorchModelPy(model: ModelFile, layers: readonly ExportLayer[]): string {
  const output = layers[layers.length - 1]
  const inputs = `[N, ${rawInputSize(model)}]`
  const header = modelHeader(
    model,
    layers,
    'a PyTorch nn.Module',
    'import numpy as np\nimport torch\nfrom torch import nn'
  )
  const modelClass = `class Model(nn.Module):
    """z(l) = W(l) a(l-1) + b(l), a(l) = f(z(l)); nn.Linear holds W(l) as [units x inputs]."""

    def __init__(self):
        super().__init__()
${initBody(model, layers)}
${featuresFunction(model.inputFeatures, 'torch.stack', 'dim', true).join('\n')}${preprocessMethod(model.preprocessing)}
    def logits(self, x):
        """z of the output layer for raw inputs x ${inputs}."""
${logitsBody(model, layers)}

    def forward(self, x):
        """Output activations a(L) [N, ${pythonInt(output.units)}] for raw inputs x ${inputs}."""
        return ${torchActivation(output, 'self.logits(x)')}`
  const loadModel = `def load_model(path=HERE / "weights.npz", dtype=torch.float32):
    """A Model holding the weights (and preprocessing constants) stored in \`path\`."""
    model = Model().to(dtype)
    with np.load(path) as arrays:
        model.load_state_dict({name: torch.from_numpy(arrays[name]) for name in arrays.files})
    return model`
  const predict = `def predict(inputs, path=HERE / "weights.npz"):
    """Outputs (a NumPy array, one row per sample) for raw input rows, computed in float64."""
    model = load_model(path, torch.float64)
    with torch.no_grad():
        return model(torch.as_tensor(np.asarray(inputs, dtype=np.float64))).numpy()`
  return pythonModule([header, modelClass, loadModel, predict, ...modelMainBlocks(model)])
}

/** Preprocessing buffers (placeholders until load_state_dict) and one nn.Linear per layer. */
function initBody(model: ModelFile, layers: readonly ExportLayer[]): string {
  const size = pythonInt(model.inputSize)
  const lines: string[] = []
  switch (model.preprocessing?.kind) {
    case 'standardize':
      lines.push(
        "# The lab's preprocessing: fixed buffers, never trained.",
        `self.register_buffer("mean", torch.zeros(${size}))`,
        `self.register_buffer("std", torch.ones(${size}))`
      )
      break
    case 'minmax':
      lines.push(
        "# The lab's preprocessing: fixed buffers, never trained.",
        `self.register_buffer("min", torch.zeros(${size}))`,
        `self.register_buffer("max", torch.ones(${size}))`
      )
      break
    case 'scale':
      lines.push(
        "# The lab's preprocessing: a fixed buffer, never trained.",
        'self.register_buffer("factor", torch.tensor(1.0))'
      )
      break
  }
  for (const layer of layers) {
    lines.push(
      `self.layer${layer.number} = nn.Linear(${pythonInt(layer.inputSize)}, ${pythonInt(layer.units)})`
    )
  }
  return lines.map((line) => `        ${line}`).join('\n')
}

function preprocessMethod(preprocessing: Preprocessing | undefined): string {
  switch (preprocessing?.kind) {
    case undefined:
      return ''
    case 'standardize':
      return `
    def preprocess(self, x):
        """x' = (x - mean) / std, per input."""
        return (x - self.mean) / self.std
`
    case 'minmax':
      return `
    def preprocess(self, x):
        """x' = (x - min) / (max - min), per input; a constant input (max = min) maps to 0."""
        span = self.max - self.min
        return (x - self.min) / torch.where(span == 0, torch.full_like(span, float("inf")), span)
`
    case 'scale':
      return `
    def preprocess(self, x):
        """x' = x * factor."""
        return x * self.factor
`
  }
}

/** a(0) = x' and a(l) = f(W(l) a(l−1) + b(l)) for the hidden layers, then z(L). */
function logitsBody(model: ModelFile, layers: readonly ExportLayer[]): string {
  const inputs = model.inputFeatures ? 'self.features(x)' : 'x'
  const lines = [model.preprocessing ? `a = self.preprocess(${inputs})` : `a = ${inputs}`]
  for (const layer of layers.slice(0, -1)) {
    lines.push(`a = ${torchActivation(layer, `self.layer${layer.number}(a)`)}`)
  }
  lines.push(`return self.layer${layers[layers.length - 1].number}(a)`)
  return lines.map((line) => `        ${line}`).join('\n')
}

/** The PyTorch expression of f(z) for a layer's activation, z given as an expression. */
export function torchActivation(layer: ExportLayer, z: string): string {
  return activationRecord(layer.activation).exports.pytorch(z, layer.settings, PYTHON_LITERALS)
}
