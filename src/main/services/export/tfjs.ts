import { userError } from '../../../shared/errors'
import type { TfjsActivation } from '../../../shared/model/activations/activation-record'
import { activationRecord } from '../../../shared/model/activations/catalogue'
import { rawInputSize } from '../../../shared/model/input-features'
import type { ModelFile } from '../../../shared/model/model-file'
import { foldPreprocessing, type ExportLayer } from './export-layers'
import type { ExportFile } from './export-request'
import { inputFeaturesLayer, inputFeaturesModule } from './tfjs-input-features'

/** The tfjs-layers version whose `model.json` layout this writer follows. */
const TFJS_LAYERS_VERSION = '4.22.0'

/** What Keras writes for an activation TF.js can load. */
type KerasActivation = Exclude<TfjsActivation, { unsupported: string }>

/** One entry of a layers model's `modelTopology.config.layers`. */
interface KerasLayer {
  class_name: string
  config: Record<string, unknown>
}

/**
 * The model as a TensorFlow.js layers model: `model.json` (a Keras `Sequential` of `Dense`
 * layers, with a layer after those whose activation Keras writes as one, e.g. `LeakyReLU`) and `weights.bin` (float32, little
 * endian, kernel then bias of each Dense layer). Keras kernels are [inputs × units], the
 * transpose of the lab's W. TF.js has no per-feature normalization layer, so the preprocessing
 * is folded into the first layer (see `foldPreprocessing`): the model still takes raw inputs.
 * A model with input features starts with the custom `InputFeatures` layer, defined in
 * `input-features.js` beside `model.json` (tfjs-input-features.ts); the preprocessing fitted on
 * the features is folded into the first Dense layer after it, as the lab applies it after them.
 */
export function tfjsFiles(model: ModelFile, layers: ExportLayer[], version: string): ExportFile[] {
  // What Keras writes for each layer's activation; one TF.js cannot load refuses the export.
  const activations = layers.map((layer, index) => {
    const written = activationRecord(layer.activation).exports.tfjs(layer.settings)
    if ('unsupported' in written)
      throw userError('export.tfjsActivation', {
        field: `layers[${index}]`,
        kind: written.unsupported
      })
    return written
  })
  const folded = layers.map((layer, index) =>
    index === 0 ? foldPreprocessing(layer, model.preprocessing) : layer
  )
  const features = model.inputFeatures
  const topology: KerasLayer[] = [
    ...(features ? [inputFeaturesLayer(features)] : []),
    ...folded.flatMap((layer, index) =>
      kerasLayers(layer, activations[index], index === 0 && !features)
    )
  ]
  const weightSpecs = folded.flatMap((layer) => [
    {
      name: `layer${layer.number}/kernel`,
      shape: [layer.inputSize, layer.units],
      dtype: 'float32'
    },
    { name: `layer${layer.number}/bias`, shape: [layer.units], dtype: 'float32' }
  ])
  const modelJson = {
    format: 'layers-model',
    generatedBy: `Backprop Lab (engine ${version})`,
    convertedBy: null,
    modelTopology: {
      class_name: 'Sequential',
      config: { name: 'backprop_lab_model', layers: topology },
      keras_version: `tfjs-layers ${TFJS_LAYERS_VERSION}`,
      backend: 'tensor_flow.js'
    },
    weightsManifest: [{ paths: ['weights.bin'], weights: weightSpecs }],
    userDefinedMetadata: {
      classes: model.classes ?? null,
      targets: model.targets ?? null,
      inputShape: model.inputShape ?? [rawInputSize(model)],
      inputFeatures: features ?? null,
      preprocessing: model.preprocessing ?? null,
      preprocessingApplied: model.preprocessing
        ? `folded into the first Dense layer${features ? ' (after the InputFeatures layer)' : ''}: feed raw inputs`
        : 'none: feed the inputs the model was trained on',
      loss: model.loss
    }
  }
  const files: ExportFile[] = [
    {
      name: 'model.json',
      contents: JSON.stringify(modelJson, null, 1) + '\n',
      description: 'the layers model: topology, weight manifest, class names and preprocessing'
    },
    {
      name: 'weights.bin',
      contents: weightBytes(folded),
      description: 'the weights, float32 little endian, in the order of the manifest'
    }
  ]
  return features ? [...files, inputFeaturesModule(version)] : files
}

/** The Keras layers of one lab layer: Dense, and the activation's own layer where it has one. */
function kerasLayers(
  layer: ExportLayer,
  { activation, after }: KerasActivation,
  isFirst: boolean
): KerasLayer[] {
  const dense: KerasLayer = {
    class_name: 'Dense',
    config: {
      units: layer.units,
      activation,
      use_bias: true,
      kernel_initializer: {
        class_name: 'VarianceScaling',
        config: { scale: 1, mode: 'fan_avg', distribution: 'normal', seed: null }
      },
      bias_initializer: { class_name: 'Zeros', config: {} },
      kernel_regularizer: null,
      bias_regularizer: null,
      activity_regularizer: null,
      kernel_constraint: null,
      bias_constraint: null,
      name: `layer${layer.number}`,
      // Keras freezes whole layers only: the layer trains if either W or b trained in the lab.
      trainable: layer.trainable.weights || layer.trainable.biases,
      ...(isFirst ? { batch_input_shape: [null, layer.inputSize] } : {}),
      dtype: 'float32'
    }
  }
  if (after === null) return [dense]
  const name = `layer${layer.number}_${layer.activation.replaceAll('-', '_')}`
  return [
    dense,
    { class_name: after.className, config: { ...after.config, name, trainable: true } }
  ]
}

/** Kernel (Wᵀ, [inputs × units], row-major) then bias of every layer, as float32. */
function weightBytes(layers: ExportLayer[]): Uint8Array {
  const count = layers.reduce((total, layer) => total + layer.units * (layer.inputSize + 1), 0)
  const values = new Float32Array(count)
  let offset = 0
  for (const layer of layers) {
    for (let input = 0; input < layer.inputSize; input++) {
      for (let unit = 0; unit < layer.units; unit++) values[offset++] = layer.weights[unit][input]
    }
    for (const bias of layer.biases) values[offset++] = bias
  }
  // Typed arrays use the machine's byte order: little endian on every platform Electron supports.
  return new Uint8Array(values.buffer)
}
