import { createNetwork, type Network } from '../../../src/main/engine/network'
import { Rng } from '../../../src/main/engine/rng'
import type { Kernels } from '../../../src/main/engine/tensor/kernels'
import type { TrainingData } from '../../../src/main/engine/batches'
import type { NetworkSpec } from '../../../src/shared/model/network'

/** A network with seeded xavier weights in `kernels`. */
export function seededNetwork(spec: NetworkSpec, kernels: Kernels, seed: number): Network {
  return createNetwork(spec, kernels, 'xavier', new Rng(seed))
}

/**
 * `rows` samples of `inputSize` uniform features, with targets for the spec's loss: one-hot
 * classes for cross-entropy, 0/1 for binary cross-entropy, values in [−1, 1] otherwise.
 */
export function syntheticData(spec: NetworkSpec, rows: number, seed: number): TrainingData {
  const rng = new Rng(seed)
  const outputs = spec.layers[spec.layers.length - 1].units
  const inputs = new Float32Array(rows * spec.inputSize).map(() => rng.uniform(-1, 1))
  const targets = new Float32Array(rows * outputs)
  for (let i = 0; i < rows; i++) {
    if (spec.loss === 'cross-entropy') targets[i * outputs + rng.integer(outputs)] = 1
    else {
      for (let k = 0; k < outputs; k++) {
        targets[i * outputs + k] =
          spec.loss === 'binary-cross-entropy' ? rng.integer(2) : rng.uniform(-1, 1)
      }
    }
  }
  return {
    inputs: { rows, cols: spec.inputSize, data: inputs },
    targets: { rows, cols: outputs, data: targets },
    classification: spec.loss !== 'half-squared-error'
  }
}
