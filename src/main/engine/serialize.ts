import {
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  type ModelFile,
  type ModelFileLayer
} from '../../shared/model/model-file'
import type { InitName, NetworkSpec } from '../../shared/model/network'
import { givenSettings, usedSettings } from '../../shared/model/activations/catalogue'
import { INITIALIZERS } from './initializers'
import { createNetwork, networkSpec, type Network } from './network'
import { Rng } from './rng'
import type { Kernels } from './tensor/kernels'
import { fillFromRows, toRowArrays } from './tensor/matrix'

/** Seed used to initialize a model file that gives neither weights nor a seed. */
export const DEFAULT_INIT_SEED = 42

/** The architecture a (validated) model file describes. */
export function specFromModelFile(model: ModelFile): NetworkSpec {
  return {
    inputSize: model.inputSize,
    loss: model.loss,
    layers: model.layers.map((layer) => ({
      units: layer.units,
      activation: layer.activation,
      ...givenSettings(layer),
      trainable: {
        weights: layer.trainable?.weights ?? true,
        biases: layer.trainable?.biases ?? true
      }
    }))
  }
}

/**
 * Builds a network from a validated model file. Layers without `weights` are initialized with
 * the file's `init` (default xavier) from `seed` (the file's `seed`, or DEFAULT_INIT_SEED);
 * missing biases start at zero.
 */
export function networkFromModelFile(model: ModelFile, kernels: Kernels, seed?: number): Network {
  const init: InitName = model.init ?? 'xavier'
  const rng = new Rng(seed ?? model.seed ?? DEFAULT_INIT_SEED)
  const network = createNetwork(specFromModelFile(model), kernels, 'zeros', rng)
  network.layers.forEach((layer, index) => {
    const saved = model.layers[index]
    if (saved.weights) fillFromRows(layer.weights, saved.weights)
    else INITIALIZERS[init](layer.weights.data, layer.inputSize, layer.units, rng)
    if (saved.biases) layer.biases.set(saved.biases)
  })
  return network
}

/**
 * The model file of a network. `base` carries the file-level fields the engine does not own
 * (inputShape, classes, targets, preprocessing, and unknown fields kept from a loaded file).
 */
export function modelFileFromNetwork(
  network: Network,
  base: Partial<ModelFile> = {},
  baseLayers: readonly ModelFileLayer[] = []
): ModelFile {
  const spec = networkSpec(network)
  const rest = { ...base }
  delete rest.init
  delete rest.seed
  return {
    ...rest,
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    inputSize: spec.inputSize,
    layers: network.layers.map((layer, index) => ({
      ...(baseLayers[index] ?? {}),
      units: layer.units,
      activation: layer.activation,
      ...usedSettings(layer.activation, layer.settings),
      weights: toRowArrays(layer.weights),
      biases: Array.from(layer.biases),
      trainable: { ...layer.trainable }
    })),
    loss: spec.loss
  }
}
