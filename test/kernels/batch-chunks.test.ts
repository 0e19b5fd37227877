import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TrainingData } from '../../src/main/engine/batches'
import { CHUNK_RECORD_BYTES } from '../../src/main/engine/batch-chunks'
import { byteConversion } from '../../src/main/engine/data-rows'
import { createOptimizer } from '../../src/main/engine/optimizers'
import { parameterList } from '../../src/main/engine/parameters'
import { Rng } from '../../src/main/engine/rng'
import type { Network } from '../../src/main/engine/network'
import { Trainer, TrainingDivergedError, type BatchResult } from '../../src/main/engine/trainer'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import type { NetworkSpec } from '../../src/shared/model/network'
import type { OptimizerConfig } from '../../src/shared/model/training'
import { ADAM, CASES, type Case } from './support/chunk-cases'
import { seededNetwork, syntheticData } from './support/networks'

/**
 * Issue 17, tiny nets in one call: the WASM kernels train whole chunks of batches in one call,
 * and every batch's loss and accuracy, every epoch's averages, the weights and the optimizer's
 * state are bit for bit those of per-batch stepping, for every loss (fused or not), optimizer,
 * L2, frozen parameters, a short last batch, pixel bytes, a resumed state and a divergence.
 * Issue 18: with L1 too (λ₁ sign(W) in ∂J/∂W, λ₁ Σ|W| in J), alone, beside L2 and under a
 * schedule.
 */
/** A case's shape: inputs, rows and batch size. */
const shapeOf = (testCase: Case) => ({
  inputs: testCase.inputs ?? 5,
  rows: testCase.rows ?? 203,
  batch: testCase.batch ?? 10
})

function specOf(testCase: Case): NetworkSpec {
  return {
    inputSize: shapeOf(testCase).inputs,
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
  const { inputs, rows } = shapeOf(testCase)
  const floats = syntheticData(spec, rows, 3)
  if (!testCase.bytes) return floats
  const bytes = kernels.bytes(rows * inputs)
  const rng = new Rng(4)
  // Mostly-zero bytes: four in five are 0, as in MNIST's digits.
  const zeroShare = testCase.bytes === 'sparse' ? 0.8 : 0
  bytes.forEach(
    (_, i) => (bytes[i] = zeroShare > 0 && rng.uniform(0, 1) < zeroShare ? 0 : rng.integer(256))
  )
  const mean = Array.from({ length: inputs }, (_, j) => 0.3 + 0.05 * (j % 8))
  const std = Array.from({ length: inputs }, (_, j) => 0.2 + 0.03 * (j % 8))
  const conversion = byteConversion({ kind: 'standardize', mean, std }, inputs)
  const scale = kernels.vector(inputs)
  const offset = kernels.vector(inputs)
  scale.set(conversion.scale)
  offset.set(conversion.offset)
  return { ...floats, inputs: { rows, cols: inputs, bytes, scale, offset } }
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
    batchSize: shapeOf(testCase).batch,
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

  it('trains a lone batch as a chunk of one, bit for bit per-batch stepping', () => {
    // The sampled batches (every one at batch ≥ 256, where a norm is taken each batch) and each
    // epoch's first go alone; they crossed into the kernels ~40 times each, not once.
    const testCase = CASES[0]
    let chunkCalls = 0
    const counting: LoadedKernels = {
      ...kernels,
      batchChunks: (spec) => {
        const runner = kernels.batchChunks!(spec)
        return { run: (...args) => (chunkCalls++, runner.run(...args)) }
      }
    }
    const { trainer } = newTrainer(counting, testCase)
    const batches: BatchResult[] = []
    while (trainer.epoch < 3) batches.push(...trainer.trainBatches(1))
    expect(chunkCalls).toBe(batches.length)
    expectIdentical({ batches, ...stateOf(trainer), chunked: true }, train(kernels, testCase, 1))
  })

  it('keeps the records of a chunk under CHUNK_RECORD_BYTES when the outputs are wide', () => {
    // 500 outputs at batch 20: a record is 3 × 20 × 500 floats (120 KB), so 8 batches a call
    // instead of 256 (31 MB of records), still bit for bit per-batch stepping.
    const wide: Case = {
      title: 'wide outputs',
      layers: [[500, 'linear']],
      loss: 'half-squared-error',
      optimizer: ADAM,
      inputs: 2,
      rows: 400,
      batch: 20
    }
    const { trainer } = newTrainer(kernels, wide)
    const before = kernels.allocatedBytes()
    const results = trainer.trainBatches(256)
    expect(results.length).toBe(Math.floor(CHUNK_RECORD_BYTES / (24 + 3 * 20 * 500 * 4)))
    // The records, and the chunk's copies of the inputs and targets (not in the kernels' memory).
    const copies = 400 * (2 + 500) * 4
    expect(kernels.allocatedBytes() - before).toBeLessThan(CHUNK_RECORD_BYTES + copies + (1 << 16))
    expectIdentical(train(kernels, wide, 256), train(kernels, wide, 1))
  })

  it('continues from a saved state (optimizer slots restored) exactly as per-batch stepping', () => {
    const testCase = CASES[5]
    const stepped = train(kernels, testCase, 1)
    const first = newTrainer(kernels, testCase).trainer
    first.trainEpoch()
    const resumed = newTrainer(kernels, testCase).trainer
    resumed.setState(first.getState())
    const batches: BatchResult[] = []
    while (resumed.epoch < 3) batches.push(...resumed.trainBatches(9))
    const { rows, batch } = shapeOf(testCase)
    const perEpoch = Math.ceil(rows / batch)
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
