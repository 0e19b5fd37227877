import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { evaluate } from '../../src/main/engine/metrics'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { Rng } from '../../src/main/engine/rng'
import { Trainer } from '../../src/main/engine/trainer'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import type { OptimizerConfig } from '../../src/shared/model/training'
import {
  ACTIVATION_NAMES,
  type ActivationName,
  type LossName,
  type NetworkSpec
} from '../../src/shared/model/network'
import { seededNetwork, syntheticData } from './support/networks'

/**
 * Whole training runs on the WASM backend (two threads) end with the weights the TypeScript
 * reference reaches in Float32, for every activation and loss, each optimizer, L2 and a short
 * last batch; and the backend's memory stops growing after the first epoch.
 */
const CASES: [
  hidden: ActivationName,
  output: ActivationName,
  loss: LossName,
  optimizer: OptimizerConfig
][] = [
  ['relu', 'softmax', 'cross-entropy', { kind: 'sgd', learningRate: 0.1 }],
  [
    'tanh',
    'sigmoid',
    'binary-cross-entropy',
    { kind: 'momentum', learningRate: 0.05, momentum: 0.9 }
  ],
  [
    'leaky-relu',
    'linear',
    'half-squared-error',
    { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
  ],
  ['sigmoid', 'tanh', 'half-squared-error', { kind: 'sgd', learningRate: 0.2 }],
  [
    'linear',
    'softmax',
    'half-squared-error',
    { kind: 'momentum', learningRate: 0.1, momentum: 0.5 }
  ],
  [
    'relu',
    'sigmoid',
    'half-squared-error',
    { kind: 'adam', learningRate: 0.005, beta1: 0.8, beta2: 0.99, epsilon: 1e-7 }
  ],
  [
    'gelu',
    'softmax',
    'cross-entropy',
    { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
  ],
  ['silu', 'sigmoid', 'binary-cross-entropy', { kind: 'sgd', learningRate: 0.1 }]
]

function specFor(hidden: ActivationName, output: ActivationName, loss: LossName): NetworkSpec {
  const trainable = { weights: true, biases: true }
  const outputs =
    output === 'softmax' ? 4 : output === 'sigmoid' && loss === 'binary-cross-entropy' ? 1 : 3
  return {
    inputSize: 9,
    loss,
    layers: [
      {
        units: 13,
        activation: hidden,
        alpha: hidden === 'leaky-relu' ? 0.1 : undefined,
        trainable
      },
      // gelu: the exact form, then the tanh approximation
      {
        units: 7,
        activation: hidden,
        approximate: hidden === 'gelu' ? 'tanh' : undefined,
        trainable
      },
      { units: outputs, activation: output, trainable }
    ]
  }
}

/** Five epochs of 37 samples in batches of 8 (the last has 5); returns every parameter. */
function train(kernels: Kernels, spec: NetworkSpec, optimizer: OptimizerConfig): number[] {
  const network = seededNetwork(spec, kernels, 11)
  const trainer = new Trainer({
    network,
    optimizer: createOptimizer(optimizer),
    data: syntheticData(spec, 37, 12),
    batchSize: 8,
    shuffle: true,
    rng: new Rng(13),
    regularization: { l1: 0, l2: 1e-3 }
  })
  for (let epoch = 0; epoch < 5; epoch++) trainer.trainEpoch()
  return network.layers.flatMap((layer) => [...layer.weights.data, ...layer.biases])
}

describe('training on the WASM backend', () => {
  let wasm: LoadedKernels
  beforeAll(async () => {
    wasm = await loadKernels('f32', { threads: 2 })
  })
  afterAll(() => wasm.dispose())

  it.each(CASES)(
    '%s hidden, %s output, %s, %o: same weights as the reference',
    (hidden, output, loss, optimizer) => {
      const spec = specFor(hidden, output, loss)
      const expected = train(createJsKernels('f32'), spec, optimizer)
      const actual = train(wasm, spec, optimizer)
      // 25 updates in Float32 by two implementations (fused or not, other summation orders):
      // the weights may drift apart by a few units in the sixth digit of the largest weight.
      const largest = Math.max(...expected.map(Math.abs))
      const worst = Math.max(...actual.map((value, i) => Math.abs(value - expected[i])))
      expect(worst / largest).toBeLessThan(1e-5)
    }
  )

  it('covers every activation of the catalogue, as a hidden or an output layer', () => {
    const used = new Set(CASES.flatMap(([hidden, output]) => [hidden, output]))
    expect(used).toEqual(new Set(ACTIVATION_NAMES))
  })

  it('allocates nothing more after the first epoch (training and evaluation)', () => {
    const spec = specFor('relu', 'softmax', 'cross-entropy')
    const network = seededNetwork(spec, wasm, 3)
    const data = syntheticData(spec, 50, 4)
    const trainer = new Trainer({
      network,
      optimizer: createOptimizer({
        kind: 'adam',
        learningRate: 0.01,
        beta1: 0.9,
        beta2: 0.999,
        epsilon: 1e-8
      }),
      data,
      batchSize: 16,
      shuffle: true,
      rng: new Rng(5),
      regularization: { l1: 0, l2: 0.01 }
    })
    trainer.trainEpoch()
    evaluate(network, data, { l1: 0, l2: 0.01 })
    const afterFirstEpoch = wasm.allocatedBytes()
    for (let epoch = 0; epoch < 5; epoch++) {
      trainer.trainEpoch()
      evaluate(network, { ...data }, { l1: 0, l2: 0.01 })
    }
    expect(wasm.allocatedBytes()).toBe(afterFirstEpoch)
  })
})
