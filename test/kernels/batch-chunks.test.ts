import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TrainingData } from '../../src/main/engine/batches'
import { byteConversion } from '../../src/main/engine/data-rows'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { parameterList } from '../../src/main/engine/parameters'
import { Rng } from '../../src/main/engine/rng'
import type { Network } from '../../src/main/engine/network'
import { Trainer, TrainingDivergedError, type BatchResult } from '../../src/main/engine/trainer'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import type {
  ActivationName,
  ActivationSettings,
  LossName,
  NetworkSpec
} from '../../src/shared/model/network'
import type { OptimizerConfig } from '../../src/shared/model/training'
import { seededNetwork, syntheticData } from './support/networks'

/**
 * Issue 17, tiny nets in one call: the WASM kernels train whole chunks of batches in one call,
 * and every batch's loss and accuracy, every epoch's averages, the weights and the optimizer's
 * state are bit for bit those of per-batch stepping, for every loss (fused or not), optimizer,
 * L2, frozen parameters, a short last batch, pixel bytes, a resumed state and a divergence.
 * Issue 18: with L1 too (λ₁ sign(W) in ∂J/∂W, λ₁ Σ|W| in J), alone, beside L2 and under a
 * schedule.
 */
interface Case {
  title: string
  layers: [number, ActivationName, Partial<ActivationSettings>?][]
  loss: LossName
  optimizer: OptimizerConfig
  l1?: number
  l2?: number
  frozenBiases?: boolean
  bytes?: boolean
  /** A learning-rate schedule: η halved at the start of each epoch. */
  halvedEachEpoch?: boolean
}

const ADAM: OptimizerConfig = {
  kind: 'adam',
  learningRate: 0.01,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8
}
const CASES: Case[] = [
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
  }
]

const ROWS = 203
const BATCH = 10
const INPUTS = 5

function specOf(testCase: Case): NetworkSpec {
  return {
    inputSize: INPUTS,
    loss: testCase.loss,
    layers: testCase.layers.map(([units, activation, settings], l) => ({
      units,
      activation,
      ...settings,
      trainable: { weights: true, biases: !(testCase.frozenBiases && l === 0) }
    }))
  }
}

/** The case's data: synthetic floats, or bytes standing for them with a standardization. */
function dataOf(testCase: Case, kernels: LoadedKernels): TrainingData {
  const spec = specOf(testCase)
  const floats = syntheticData(spec, ROWS, 3)
  if (!testCase.bytes) return floats
  const bytes = kernels.bytes(ROWS * INPUTS)
  const rng = new Rng(4)
  bytes.forEach((_, i) => (bytes[i] = rng.integer(256)))
  const mean = Array.from({ length: INPUTS }, (_, j) => 0.3 + 0.05 * j)
  const std = Array.from({ length: INPUTS }, (_, j) => 0.2 + 0.03 * j)
  const conversion = byteConversion({ kind: 'standardize', mean, std }, INPUTS)
  const scale = kernels.vector(INPUTS)
  const offset = kernels.vector(INPUTS)
  scale.set(conversion.scale)
  offset.set(conversion.offset)
  return { ...floats, inputs: { rows: ROWS, cols: INPUTS, bytes, scale, offset } }
}

interface Run {
  batches: BatchResult[]
  parameters: Float32Array[]
  optimizer: unknown
  chunked: boolean
}

/** Three epochs, batch by batch (`chunk` 1) or in chunks of up to `chunk` batches. */
function train(kernels: LoadedKernels, testCase: Case, chunk: number, epochs = 3): Run {
  const { trainer } = newTrainer(kernels, testCase)
  const batches: BatchResult[] = []
  let chunked = false
  while (trainer.epoch < epochs) {
    const results = chunk === 1 ? [trainer.trainBatch()] : trainer.trainBatches(chunk)
    chunked ||= results.length > 1
    batches.push(...results)
  }
  return { batches, ...stateOf(trainer), chunked }
}

function newTrainer(
  kernels: LoadedKernels,
  testCase: Case,
  optimizer = testCase.optimizer
): { trainer: Trainer; network: Network } {
  const network = seededNetwork(specOf(testCase), kernels, 11)
  const trainer = new Trainer({
    network,
    optimizer: createOptimizer(optimizer),
    data: dataOf(testCase, kernels),
    batchSize: BATCH,
    shuffle: true,
    rng: new Rng(5),
    regularization: { l1: testCase.l1 ?? 0, l2: testCase.l2 ?? 0 },
    ...(testCase.halvedEachEpoch
      ? { learningRateAt: (epoch: number) => optimizer.learningRate * 0.5 ** (epoch - 1) }
      : {})
  })
  return { trainer, network }
}

function stateOf(trainer: Trainer): { parameters: Float32Array[]; optimizer: unknown } {
  const state = trainer.getState()
  return {
    parameters: state.parameters.map((values) => Float32Array.from(values)),
    optimizer: JSON.stringify(state.optimizer, (_, value: unknown) =>
      ArrayBuffer.isView(value) ? Array.from(value as Float32Array) : value
    )
  }
}

/** Every number of both runs, compared with Object.is (bit for bit, NaN and −0 included). */
function expectIdentical(chunked: Run, stepped: Run): void {
  expect(chunked.chunked).toBe(true)
  expect(chunked.batches.length).toBe(stepped.batches.length)
  chunked.batches.forEach((result, index) => {
    const expected = stepped.batches[index]
    expect(Object.is(result.loss, expected.loss), `batch ${index} loss`).toBe(true)
    expect(result).toEqual(expected)
  })
  chunked.parameters.forEach((values, index) =>
    expect(Buffer.from(values.buffer).equals(Buffer.from(stepped.parameters[index].buffer))).toBe(
      true
    )
  )
  expect(chunked.optimizer).toBe(stepped.optimizer)
}

describe('training whole chunks of batches in WASM', () => {
  let kernels: LoadedKernels
  beforeAll(async () => {
    kernels = await loadKernels('f32', { threads: 2 })
  })
  afterAll(() => kernels.dispose())

  for (const testCase of CASES) {
    it(`${testCase.title}: bit for bit per-batch stepping`, () => {
      const stepped = train(kernels, testCase, 1)
      expectIdentical(train(kernels, testCase, 7), stepped)
      expectIdentical(train(kernels, testCase, 256), stepped)
      // L1 changes the run, so the chunk took it into account rather than leaving it out.
      if (testCase.l1)
        expect(train(kernels, { ...testCase, l1: 0 }, 7).parameters).not.toEqual(stepped.parameters)
    })
  }

  it('continues from a saved state (optimizer slots restored) exactly as per-batch stepping', () => {
    const testCase = CASES[5]
    const stepped = train(kernels, testCase, 1)
    const first = newTrainer(kernels, testCase).trainer
    first.trainEpoch()
    const resumed = newTrainer(kernels, testCase).trainer
    resumed.setState(first.getState())
    const batches: BatchResult[] = []
    while (resumed.epoch < 3) batches.push(...resumed.trainBatches(9))
    const perEpoch = Math.ceil(ROWS / BATCH)
    expectIdentical(
      { batches, ...stateOf(resumed), chunked: true },
      {
        ...stepped,
        batches: stepped.batches.slice(perEpoch)
      }
    )
  })

  it('stops where per-batch stepping diverges, with the same error and the same rollback', () => {
    const testCase = CASES[5]
    const outcome = (chunk: number, learningRate: number) => {
      const sgd: OptimizerConfig = { kind: 'sgd', learningRate }
      const { trainer, network } = newTrainer(kernels, testCase, sgd)
      try {
        for (let batch = 0; batch < 10_000; batch++) {
          if (chunk === 1) trainer.trainBatch()
          else trainer.trainBatches(chunk)
        }
      } catch (error) {
        expect(error).toBeInstanceOf(TrainingDivergedError)
        const { epoch, batch, loss, message } = error as TrainingDivergedError
        const parameters = parameterList(network).map(({ values }) => Array.from(values))
        return { epoch, batch, loss, message, parameters }
      }
      throw new Error('training did not diverge')
    }
    // A loss that becomes NaN in the middle of a chunk, and an update that overflows a weight.
    const lossBlowsUp = outcome(1, 40)
    expect(lossBlowsUp.message).toMatch(/^the loss became NaN at epoch 1, batch 5/)
    expect(outcome(8, 40)).toEqual(lossBlowsUp)
    const updateOverflows = outcome(1, 1e300)
    expect(updateOverflows.message).toMatch(/^the update overflowed the weights/)
    expect(outcome(8, 1e300)).toEqual(updateOverflows)
  })
})
