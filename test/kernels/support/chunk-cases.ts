import type {
  ActivationName,
  ActivationSettings,
  LossName
} from '../../../src/shared/model/network'
import type { OptimizerConfig } from '../../../src/shared/model/training'
import { CHUNK_MAXIMUM_PRODUCT } from '../../../src/main/engine/batch-chunks'

/**
 * The networks test/kernels/batch-chunks.test.ts trains both in chunks and batch by batch: every
 * loss (fused or not), optimizer, L1 and L2, frozen parameters, pixel bytes, a schedule, and the
 * biggest products a chunk takes.
 */
export interface Case {
  title: string
  layers: [number, ActivationName, Partial<ActivationSettings>?][]
  loss: LossName
  optimizer: OptimizerConfig
  l1?: number
  l2?: number
  frozenBiases?: boolean
  /** Pixel bytes standing for the inputs: `sparse` ones are mostly 0, as in MNIST. */
  bytes?: boolean | 'sparse'
  /** A learning-rate schedule: η halved at the start of each epoch. */
  halvedEachEpoch?: boolean
  /** Inputs, rows and batch size (default 5, 203 and 10). */
  inputs?: number
  rows?: number
  batch?: number
}

export const ADAM: OptimizerConfig = {
  kind: 'adam',
  learningRate: 0.01,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8
}
export const CASES: Case[] = [
  {
    title: 'a schedule (η halved each epoch) with SGD',
    layers: [
      [8, 'tanh'],
      [1, 'sigmoid']
    ],
    loss: 'binary-cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 0.3 },
    halvedEachEpoch: true
  },
  {
    title: 'a schedule (η halved each epoch) with momentum',
    layers: [
      [5, 'relu'],
      [4, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9 },
    halvedEachEpoch: true
  },
  {
    title: 'a schedule (η halved each epoch) with Adam',
    layers: [
      [6, 'leaky-relu'],
      [2, 'linear']
    ],
    loss: 'half-squared-error',
    optimizer: { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
    halvedEachEpoch: true
  },
  {
    title: '2-8-8-1 tanh, sigmoid + binary cross-entropy, SGD',
    layers: [
      [8, 'tanh'],
      [8, 'tanh'],
      [1, 'sigmoid']
    ],
    loss: 'binary-cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 0.3 }
  },
  {
    title: 'relu, softmax + cross-entropy, momentum, L2, frozen biases',
    layers: [
      [5, 'relu'],
      [4, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9 },
    l2: 0.01,
    frozenBiases: true
  },
  {
    title: 'leaky-relu, linear + half-squared-error, Adam',
    layers: [
      [6, 'leaky-relu'],
      [2, 'linear']
    ],
    loss: 'half-squared-error',
    optimizer: ADAM
  },
  {
    title: 'sigmoid output with half-squared-error (δ through f′)',
    layers: [
      [4, 'sigmoid'],
      [3, 'sigmoid']
    ],
    loss: 'half-squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    l2: 0.001
  },
  {
    title: 'sigmoid outputs with cross-entropy (δ = −y / a through f′)',
    layers: [
      [4, 'tanh'],
      [3, 'sigmoid']
    ],
    loss: 'cross-entropy',
    optimizer: ADAM
  },
  {
    title: 'tanh output with binary cross-entropy (clipped probabilities)',
    layers: [
      [4, 'sigmoid'],
      [1, 'tanh']
    ],
    loss: 'binary-cross-entropy',
    optimizer: { kind: 'momentum', learningRate: 0.05, momentum: 0.5 }
  },
  {
    title: "gelu (both forms), silu and leaky-relu with its own α: the layers' settings",
    layers: [
      [6, 'gelu', { approximate: 'tanh' }],
      [5, 'gelu'],
      [4, 'silu'],
      [4, 'leaky-relu', { alpha: 0.2 }],
      [3, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: ADAM
  },
  {
    title: 'L1 with SGD under a schedule (η halved each epoch)',
    layers: [
      [8, 'tanh'],
      [8, 'tanh'],
      [1, 'sigmoid']
    ],
    loss: 'binary-cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 0.3 },
    l1: 0.001,
    halvedEachEpoch: true
  },
  {
    title: 'L1 and L2 with momentum, frozen biases',
    layers: [
      [5, 'relu'],
      [4, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9 },
    l1: 0.002,
    l2: 0.01,
    frozenBiases: true
  },
  {
    title: 'L1 with Adam under a schedule, on pixel bytes',
    layers: [
      [7, 'relu'],
      [3, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: ADAM,
    l1: 0.001,
    halvedEachEpoch: true,
    bytes: true
  },
  {
    title: 'pixel bytes, standardized where rows enter the first layer',
    layers: [
      [7, 'relu'],
      [3, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 0.05 },
    bytes: true
  },
  {
    title: 'a 64-input table at batch 32 (64-64-10, Adam): products of 131,072 multiply-adds',
    layers: [
      [64, 'relu'],
      [10, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: ADAM,
    inputs: 64,
    batch: 32
  },
  {
    title: 'the widest layer a chunk takes at batch 64 (64 inputs, just under the product limit)',
    layers: [
      [Math.floor((CHUNK_MAXIMUM_PRODUCT - 1) / (64 * 64)), 'relu'],
      [10, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: { kind: 'momentum', learningRate: 0.05, momentum: 0.9 },
    l2: 0.001,
    inputs: 64,
    batch: 64
  },
  {
    title: '784 mostly-zero pixel bytes (the sparse first layer batch by batch) at batch 32',
    layers: [
      [Math.floor((CHUNK_MAXIMUM_PRODUCT - 1) / (784 * 32)), 'relu'],
      [10, 'softmax']
    ],
    loss: 'cross-entropy',
    optimizer: ADAM,
    bytes: 'sparse',
    inputs: 784,
    batch: 32
  }
]
