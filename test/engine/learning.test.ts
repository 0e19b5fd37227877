import { describe, expect, it } from 'vitest'
import {
  createJsKernels,
  createNetwork,
  createOptimizer,
  evaluate,
  Rng,
  Trainer,
  type TrainingData
} from '../../src/main/engine'
import type { OptimizerConfig } from '../../src/shared/model/training'
import { matrixOf, outputsOf, specOf } from './support/networks'

/** End to end: a 2-4-1 tanh/sigmoid network learns XOR, which no network without a hidden layer can. */
const XOR_INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1]
]
const XOR_TARGETS = [[0], [1], [1], [0]]

function learnXor(optimizer: OptimizerConfig, epochs: number, batchSize: number) {
  const spec = specOf(
    2,
    [
      { units: 4, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' }
    ],
    'binary-cross-entropy'
  )
  const network = createNetwork(spec, createJsKernels('f32'), 'xavier', new Rng(7))
  const data: TrainingData = {
    inputs: matrixOf(network.kernels, XOR_INPUTS),
    targets: matrixOf(network.kernels, XOR_TARGETS),
    classification: true
  }
  const trainer = new Trainer({
    network,
    optimizer: createOptimizer(optimizer),
    data,
    batchSize,
    shuffle: true,
    rng: new Rng(8),
    regularization: { l1: 0, l2: 0 }
  })
  for (let epoch = 0; epoch < epochs; epoch++) trainer.trainEpoch()
  return { network, evaluation: evaluate(network, data, { l1: 0, l2: 0 }) }
}

describe('XOR with a 2-4-1 tanh/sigmoid network (seed 7, Float32)', () => {
  it('plain gradient descent, full batch, 300 epochs: 100% accuracy', () => {
    const { network, evaluation } = learnXor({ kind: 'sgd', learningRate: 1 }, 300, 4)
    expect(evaluation.accuracy).toBe(1)
    expect(evaluation.confusion).toEqual([
      [2, 0],
      [0, 2]
    ])
    expect(evaluation.loss).toBeLessThan(0.05)
    const outputs = outputsOf(network, XOR_INPUTS).map(([output]) => output)
    outputs.forEach((output, i) => expect(Math.abs(output - XOR_TARGETS[i][0])).toBeLessThan(0.2))
  })

  it('Adam, batches of 1 reshuffled every epoch, 200 epochs: 100% accuracy', () => {
    const adam: OptimizerConfig = {
      kind: 'adam',
      learningRate: 0.05,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8
    }
    expect(learnXor(adam, 200, 1).evaluation.accuracy).toBe(1)
  })
})
