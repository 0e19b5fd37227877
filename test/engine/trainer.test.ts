import { describe, expect, it } from 'vitest'
import {
  copyParameters,
  createOptimizer,
  Rng,
  traceStep,
  Trainer,
  TrainingDivergedError,
  type Network,
  type TrainingData
} from '../../src/main/engine'
import type { OptimizerConfig } from '../../src/shared/model/training'
import { expectAllClose, type Tolerance } from './support/compare'
import {
  allParameters,
  binaryRows,
  matrixOf,
  randomNetwork,
  randomRows,
  specOf
} from './support/networks'

/**
 * The Trainer's bookkeeping, checked against a recomputation that steps through the same rows
 * by hand with traceStep (plain gradient descent on an explicit batch), in Float64.
 */
const SAMPLES = 10
const spec = specOf(
  3,
  [
    { units: 4, activation: 'tanh' },
    { units: 2, activation: 'sigmoid' }
  ],
  'binary-cross-entropy'
)
const dataRng = new Rng(61)
const inputRows = randomRows(dataRng, SAMPLES, 3)
const targetRows = binaryRows(dataRng, SAMPLES, 2)
const l2 = 0.01
const learningRate = 0.5
/** The same arithmetic in another order: equal to round-off. */
const SAME: Tolerance = { relative: 1e-12, floor: 1 }

function freshNetwork(seed = 62): Network {
  return randomNetwork(spec, 'f64', seed)
}

function trainingData(network: Network): TrainingData {
  return {
    inputs: matrixOf(network.kernels, inputRows),
    targets: matrixOf(network.kernels, targetRows),
    classification: true
  }
}

function trainer(
  network: Network,
  batchSize: number,
  shuffle: boolean,
  seed = 63,
  optimizer?: OptimizerConfig
): Trainer {
  return new Trainer({
    network,
    optimizer: createOptimizer(optimizer ?? { kind: 'sgd', learningRate }),
    data: trainingData(network),
    batchSize,
    shuffle,
    rng: new Rng(seed),
    regularization: { l1: 0, l2 }
  })
}

/**
 * The truth for one epoch: for each batch of `order` (rows taken `batchSize` at a time, the last
 * batch whatever is left), J before the step and one plain gradient-descent step on exactly those rows.
 */
function stepByHand(network: Network, order: readonly number[], batchSize: number): number[] {
  const losses: number[] = []
  for (let start = 0; start < order.length; start += batchSize) {
    const rows = order.slice(start, start + batchSize)
    const batchInputs = rows.map((row) => inputRows[row])
    const batchTargets = rows.map((row) => targetRows[row])
    losses.push(traceStep(network, batchInputs, batchTargets, learningRate, { l1: 0, l2 }).loss)
  }
  return losses
}

const fileOrder = Array.from({ length: SAMPLES }, (_, row) => row)

describe('mini-batches', () => {
  it('10 samples in batches of 4 are trained as batches of 4, 4 and 2', () => {
    const subject = trainer(freshNetwork(), 4, false)
    const results = [subject.trainBatch(), subject.trainBatch(), subject.trainBatch()]
    expect(results.map((result) => result.size)).toEqual([4, 4, 2])
    expect(results.map((result) => result.batch)).toEqual([1, 2, 3])
    expect(results.map((result) => result.epochComplete)).toEqual([false, false, true])
    expect(subject.batchCount).toBe(3)
  })

  it('the short last batch is averaged over its own 2 samples (weights match a by-hand batch of 2)', () => {
    const trained = freshNetwork()
    const subject = trainer(trained, 4, false)
    const batchLosses = [1, 2, 3].map(() => subject.trainBatch().loss)
    const byHand = freshNetwork()
    const expectedLosses = stepByHand(byHand, fileOrder, 4)
    expectAllClose(batchLosses, expectedLosses, SAME, 'batch J before each update')
    expectAllClose(
      allParameters(trained).flat(),
      allParameters(byHand).flat(),
      SAME,
      'weights after the epoch'
    )
  })

  it("an epoch's trainLoss is the mean of its batch costs, each taken before its update", () => {
    const epoch = trainer(freshNetwork(), 4, false).trainEpoch()
    const expectedLosses = stepByHand(freshNetwork(), fileOrder, 4)
    const mean = expectedLosses.reduce((sum, loss) => sum + loss, 0) / expectedLosses.length
    expect(epoch).toMatchObject({ epoch: 1, batches: 3, samples: SAMPLES })
    expect(epoch.trainLoss).toBeCloseTo(mean, 12)
  })

  it("full batch: epoch n's trainLoss is J before the n-th update", () => {
    const subject = trainer(freshNetwork(), SAMPLES, true)
    const trainLosses = [1, 2, 3, 4].map(() => subject.trainEpoch().trainLoss)
    const byHand = freshNetwork()
    const expected = [1, 2, 3, 4].map(() => stepByHand(byHand, fileOrder, SAMPLES)[0])
    expectAllClose(trainLosses, expected, SAME, 'trainLoss per epoch')
  })
})

describe('shuffling', () => {
  it('is seeded: each epoch trains in the order Rng(seed).shuffle gives, reshuffled every epoch', () => {
    const trained = freshNetwork()
    const subject = trainer(trained, 4, true, 64)
    const trainLosses = [subject.trainEpoch().trainLoss, subject.trainEpoch().trainLoss]

    const byHand = freshNetwork()
    const orderRng = new Rng(64)
    const expectedLosses = [1, 2].map(() => {
      const order = Int32Array.from(fileOrder)
      orderRng.shuffle(order)
      const losses = stepByHand(byHand, Array.from(order), 4)
      return losses.reduce((sum, loss) => sum + loss, 0) / losses.length
    })
    expectAllClose(trainLosses, expectedLosses, SAME, 'trainLoss per epoch')
    expectAllClose(allParameters(trained).flat(), allParameters(byHand).flat(), SAME, 'weights')
  })

  it('the same seed gives bit-identical weights; another seed gives different ones', () => {
    const train = (seed: number) => {
      const network = freshNetwork()
      const subject = trainer(network, 4, true, seed)
      for (let epoch = 0; epoch < 3; epoch++) subject.trainEpoch()
      return allParameters(network)
    }
    expect(train(65)).toEqual(train(65))
    expect(train(65)).not.toEqual(train(66))
  })

  it('shuffle: false keeps file order in every epoch', () => {
    const trained = freshNetwork()
    const subject = trainer(trained, 4, false)
    subject.trainEpoch()
    subject.trainEpoch()
    const byHand = freshNetwork()
    stepByHand(byHand, fileOrder, 4)
    stepByHand(byHand, fileOrder, 4)
    expectAllClose(allParameters(trained).flat(), allParameters(byHand).flat(), SAME, 'weights')
  })
})

const OPTIMIZERS: OptimizerConfig[] = [
  { kind: 'sgd', learningRate: 0.3 },
  { kind: 'momentum', learningRate: 0.1, momentum: 0.9 },
  { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
]

describe('getState / setState at an epoch boundary continue bit for bit', () => {
  for (const optimizer of OPTIMIZERS) {
    it(`${optimizer.kind}: 4 epochs straight = 2 epochs, checkpoint, restore into fresh objects, 2 epochs`, () => {
      const straightNetwork = freshNetwork()
      const straight = trainer(straightNetwork, 4, true, 67, optimizer)
      const straightLosses = [1, 2, 3, 4].map(() => straight.trainEpoch().trainLoss)

      const firstNetwork = freshNetwork()
      const first = trainer(firstNetwork, 4, true, 67, optimizer)
      first.trainEpoch()
      first.trainEpoch()
      // A checkpoint shares no memory with the live trainer.
      const checkpoint = structuredClone(first.getState())

      // Different init seed and Rng seed: everything must come from the checkpoint.
      const resumedNetwork = freshNetwork(99)
      const resumed = trainer(resumedNetwork, 4, true, 98, optimizer)
      resumed.setState(checkpoint)
      expect(resumed.epoch).toBe(2)
      const resumedLosses = [resumed.trainEpoch().trainLoss, resumed.trainEpoch().trainLoss]

      expect(resumed.epoch).toBe(4)
      expect(resumedLosses).toEqual(straightLosses.slice(2))
      expect(allParameters(resumedNetwork)).toEqual(allParameters(straightNetwork))
    })
  }

  it('a saved state is a snapshot: training on does not change it, and restoring twice works', () => {
    const adam = OPTIMIZERS[2]
    const first = trainer(freshNetwork(), 4, true, 67, adam)
    first.trainEpoch()
    const state = first.getState()
    const frozenCopy = structuredClone(state)
    first.trainEpoch()
    expect(state).toEqual(frozenCopy)

    const resumeTwice = () => {
      const network = freshNetwork(99)
      const resumed = trainer(network, 4, true, 98, adam)
      resumed.setState(state)
      resumed.trainEpoch()
      return allParameters(network)
    }
    expect(resumeTwice()).toEqual(resumeTwice())
  })

  it('refuses to save state in the middle of an epoch', () => {
    const subject = trainer(freshNetwork(), 4, false)
    subject.trainBatch()
    expect(() => subject.getState()).toThrow('trainer state is only saved between epochs')
  })
})

describe('divergence', () => {
  for (const precision of ['f64', 'f32'] as const) {
    for (const batchSize of [SAMPLES, 4]) {
      it(`a huge learning rate throws TrainingDivergedError and rolls back to finite epoch-start weights (${precision}, batch ${batchSize})`, () => {
        const regression = specOf(
          3,
          [
            { units: 4, activation: 'relu' },
            { units: 2, activation: 'linear' }
          ],
          'half-squared-error'
        )
        const network = randomNetwork(regression, precision, 68)
        const subject = new Trainer({
          network,
          optimizer: createOptimizer({ kind: 'sgd', learningRate: 1e30 }),
          data: {
            inputs: matrixOf(network.kernels, inputRows),
            targets: matrixOf(network.kernels, targetRows),
            classification: false
          },
          batchSize,
          shuffle: true,
          rng: new Rng(69),
          regularization: { l1: 0, l2: 0 }
        })
        let epochStart = copyParameters(network)
        let failure: unknown = null
        let failedEpoch = 0
        for (let epoch = 1; epoch <= 50 && failure === null; epoch++) {
          epochStart = copyParameters(network)
          try {
            subject.trainEpoch()
          } catch (error) {
            failure = error
            failedEpoch = epoch
          }
        }
        expect(failure).toBeInstanceOf(TrainingDivergedError)
        const diverged = failure as TrainingDivergedError
        expect(diverged.epoch).toBe(failedEpoch)
        expect(diverged.message).toContain(`at epoch ${failedEpoch}, batch ${diverged.batch}`)
        expect(diverged.message).toMatch(/try a smaller learning rate/)
        const weights = allParameters(network).flat()
        expect(weights.every(Number.isFinite)).toBe(true)
        expect(allParameters(network)).toEqual(epochStart.map((values) => Array.from(values)))
      })
    }
  }
})

describe('the epoch-start copy', () => {
  it('is the start of the epoch that diverged, not of an earlier one, when epochs went before', () => {
    const regression = specOf(3, [{ units: 2, activation: 'linear' }], 'half-squared-error')
    const network = randomNetwork(regression, 'f32', 70)
    const optimizer = createOptimizer({ kind: 'sgd', learningRate: 0.01 })
    const subject = new Trainer({
      network,
      optimizer,
      data: {
        inputs: matrixOf(network.kernels, inputRows),
        targets: matrixOf(network.kernels, targetRows),
        classification: false
      },
      batchSize: SAMPLES,
      shuffle: false,
      rng: new Rng(71),
      regularization: { l1: 0, l2: 0 }
    })
    for (let epoch = 0; epoch < 3; epoch++) subject.trainEpoch()
    optimizer.learningRate = 1e30
    let epochStart = allParameters(network)
    let failure: unknown = null
    for (let epoch = 4; epoch <= 50 && failure === null; epoch++) {
      epochStart = allParameters(network)
      try {
        subject.trainEpoch()
      } catch (error) {
        failure = error
      }
    }
    expect(failure).toBeInstanceOf(TrainingDivergedError)
    expect((failure as TrainingDivergedError).epoch).toBeGreaterThanOrEqual(4)
    expect(allParameters(network)).toEqual(epochStart)
  })
})
