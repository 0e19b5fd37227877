import { userError } from '../../../shared/errors'
import { rawInputSize } from '../../../shared/model/input-features'
import type { ModelFile } from '../../../shared/model/model-file'
import type { ExportLayer } from './export-layers'
import type { ExportData, ExportFile, ExportTraining } from './export-request'
import { encodeNpz, float64Array, float64Scalar, type NpyArray } from './npy'
import { numpyModelPy } from './numpy-model'
import { checkPy } from './python-check'
import { pytorchModelPy } from './pytorch-model'
import { trainPy } from './pytorch-train'
import type { ReferenceSamples } from './reference'

/**
 * The PyTorch export: model.py (nn.Module), weights.npz, check.py with reference.npz, and, for a
 * run, train.py (with data.npz when the run's data is given).
 */
export function pytorchFiles(
  model: ModelFile,
  layers: ExportLayer[],
  reference: ReferenceSamples,
  training: ExportTraining | undefined,
  data: ExportData | undefined
): ExportFile[] {
  const files: ExportFile[] = [
    {
      name: 'model.py',
      contents: pytorchModelPy(model, layers),
      description: 'the model as a PyTorch nn.Module, with `load_model` and `predict`'
    },
    ...sharedFiles(model, layers, reference)
  ]
  if (training) {
    files.push({
      name: 'train.py',
      contents: trainPy(model, layers, training),
      description:
        "continues training in PyTorch with the run's loss, optimizer and settings; works under torchrun"
    })
  }
  if (data) files.push(dataFile(model, layers, data))
  return files
}

/** The NumPy export: model.py (a plain forward pass), weights.npz, check.py with reference.npz. */
export function numpyFiles(
  model: ModelFile,
  layers: ExportLayer[],
  reference: ReferenceSamples
): ExportFile[] {
  return [
    {
      name: 'model.py',
      contents: numpyModelPy(model, layers),
      description: 'the forward pass in plain NumPy, with `load_weights`, `forward` and `predict`'
    },
    ...sharedFiles(model, layers, reference)
  ]
}

function sharedFiles(
  model: ModelFile,
  layers: ExportLayer[],
  reference: ReferenceSamples
): ExportFile[] {
  return [
    {
      name: 'weights.npz',
      contents: encodeNpz(weightArrays(model, layers)),
      description:
        '`layerN.weight` [units × inputs] and `layerN.bias` [units] per layer, and the preprocessing constants'
    },
    {
      name: 'reference.npz',
      contents: encodeNpz({
        inputs: float64Array(reference.inputs),
        outputs: float64Array(reference.outputs)
      }),
      description: `${reference.synthetic ? 'synthetic' : 'real'} raw samples (\`inputs\`) and the outputs Backprop Lab computed for them (\`outputs\`)`
    },
    {
      name: 'check.py',
      contents: checkPy(),
      description: "runs model.py on reference.npz and fails unless it reproduces the lab's outputs"
    }
  ]
}

/**
 * The arrays of weights.npz, named as the PyTorch module's state_dict: the preprocessing buffers
 * (`mean`/`std`, `min`/`max` or `factor`), then `layerN.weight` (the lab's W, [units × inputs])
 * and `layerN.bias`, all float64.
 */
function weightArrays(model: ModelFile, layers: ExportLayer[]): Record<string, NpyArray> {
  const arrays: Record<string, NpyArray> = {}
  const preprocessing = model.preprocessing
  if (preprocessing?.kind === 'standardize') {
    arrays.mean = float64Array(preprocessing.mean)
    arrays.std = float64Array(preprocessing.std)
  } else if (preprocessing?.kind === 'minmax') {
    arrays.min = float64Array(preprocessing.min)
    arrays.max = float64Array(preprocessing.max)
  } else if (preprocessing?.kind === 'scale') {
    arrays.factor = float64Scalar(preprocessing.factor)
  }
  for (const layer of layers) {
    arrays[`layer${layer.number}.weight`] = float64Array(layer.weights)
    arrays[`layer${layer.number}.bias`] = float64Array(layer.biases)
  }
  return arrays
}

/** data.npz: the run's raw training inputs and targets as float32, uncompressed. */
function dataFile(model: ModelFile, layers: ExportLayer[], data: ExportData): ExportFile {
  const outputSize = layers[layers.length - 1].units
  if (data.inputSize !== rawInputSize(model) || data.outputSize !== outputSize) {
    throw userError('export.dataShape', {
      inputs: data.inputSize,
      targets: data.outputSize,
      modelInputs: rawInputSize(model),
      modelOutputs: outputSize
    })
  }
  if (
    data.inputs.length !== data.rows * data.inputSize ||
    data.targets.length !== data.rows * data.outputSize
  ) {
    throw new Error(`export data: the arrays do not hold ${data.rows} rows`)
  }
  return {
    name: 'data.npz',
    contents: encodeNpz(
      {
        inputs: { shape: [data.rows, data.inputSize], data: data.inputs },
        targets: { shape: [data.rows, data.outputSize], data: data.targets }
      },
      false
    ),
    description: `the run's ${data.rows} training rows: \`inputs\` [${data.rows} × ${data.inputSize}] raw (before preprocessing) and \`targets\` [${data.rows} × ${data.outputSize}], float32`
  }
}
