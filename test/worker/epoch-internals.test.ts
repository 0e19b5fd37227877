import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createJsKernels, createNetwork, Rng, traceStep, type Network } from '../../src/main/engine'
import { recordsEpochDetail, recordsHistogram } from '../../src/main/worker/epoch-internals'
import { keepsBatchCost } from '../../src/shared/series'
import type { EngineEvent, EpochsFinished, TrainingJob } from '../../src/main/worker/protocol'
import { sessionEvents } from './support/session-events'
import type { LayerEpochInternals } from '../../src/shared/model/inspect'
import type { NetworkSpec } from '../../src/shared/model/network'

const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-internals-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const FEATURES = 3
const CLASSES = 3
const SEED = 7
const LEARNING_RATE = 0.3
const L2 = 0.01
const spec: NetworkSpec = {
  inputSize: FEATURES,
  loss: 'cross-entropy',
  layers: [
    { units: 4, activation: 'tanh', trainable: { weights: true, biases: true } },
    { units: CLASSES, activation: 'softmax', trainable: { weights: true, biases: true } }
  ]
}

/** `rows` seeded feature rows in [−2, 2) and labels 0…2, as the dataset store writes them. */
function writeDataset(
  name: string,
  rows: number
): { job: TrainingJob['dataset']; inputs: number[][]; labels: number[] } {
  const rng = new Rng(rows)
  const inputs = Array.from({ length: rows }, () =>
    Array.from({ length: FEATURES }, () => rng.uniform(-2, 2))
  )
  const labels = inputs.map((row) => (row[0] + row[1] > 0.5 ? 2 : row[2] > 0 ? 1 : 0))
  const features = join(folder, `${name}.f32`)
  const labelFile = join(folder, `${name}.i32`)
  writeFileSync(features, new Uint8Array(Float32Array.from(inputs.flat()).buffer))
  writeFileSync(labelFile, new Uint8Array(Int32Array.from(labels).buffer))
  const stored = inputs.map((row) => Array.from(Float32Array.from(row)))
  return {
    job: {
      files: {
        features,
        labels: labelFile,
        targets: null,
        rows: join(folder, 'rows.json'),
        split: null
      },
      rows,
      features: FEATURES,
      inputShape: [FEATURES],
      classes: ['a', 'b', 'c'],
      targetNames: null,
      featureNames: Array.from({ length: FEATURES }, (_, k) => `x${k + 1}`)
    },
    inputs: stored,
    labels
  }
}

/** Trains a job to the end in this thread and returns every epoch the session reported. */
async function train(
  dataset: TrainingJob['dataset'],
  batchSize: number | 'full',
  epochs: number
): Promise<EpochsFinished['epochs']> {
  const events = await trainEvents(dataset, batchSize, epochs)
  return events.flatMap((event) => (event.type === 'epochs' ? event.epochs : []))
}

/** Trains a job to the end in this thread and returns every event the session sent. */
async function trainEvents(
  dataset: TrainingJob['dataset'],
  batchSize: number | 'full',
  epochs: number
): Promise<EngineEvent[]> {
  const job: TrainingJob = {
    runId: 'r1',
    dataset,
    network: spec,
    init: 'xavier',
    initialModel: null,
    optimizer: { kind: 'sgd', learningRate: LEARNING_RATE },
    lrSchedule: { kind: 'constant', warmupEpochs: 0 },
    regularization: { l1: 0, l2: L2 },
    batchSize,
    epochs,
    earlyStopping: null,
    watch: null,
    seed: SEED,
    shuffle: true,
    precision: 'f64',
    split: [1],
    normalization: 'none',
    resume: null,
    startPaused: false
  }
  return sessionEvents(createJsKernels('f64'), job)
}

/** √(Σ v²), written out here rather than taken from the engine's kernels. */
function frobenius(rows: readonly (readonly number[])[]): number {
  return Math.sqrt(rows.flat().reduce((sum, value) => sum + value * value, 0))
}

/** The run's network before its first update: the same spec, init and seed. */
function initialNetwork(): Network {
  return createNetwork(spec, createJsKernels('f64'), 'xavier', new Rng(SEED))
}

/** One-hot target rows for labels. */
function oneHot(labels: readonly number[]): number[][] {
  return labels.map((label) => Array.from({ length: CLASSES }, (_, k) => (k === label ? 1 : 0)))
}

/**
 * Replays `epochs` epochs of plain SGD batch by batch with traceStep (the same rule θ ← θ − η ∂J/∂θ
 * the sgd optimizer applies), in the order the worker's shuffling Rng gives, and returns per
 * epoch and layer the mean norms over the batches 1, 1 + stride, … of the epoch.
 */
function replayNorms(
  inputs: number[][],
  labels: number[],
  batchSize: number,
  epochs: number,
  stride: number
) {
  const network = initialNetwork()
  const shuffling = new Rng(SEED + 1)
  const targets = oneHot(labels)
  const means: { weights: number; biases: number }[][] = []
  for (let epoch = 0; epoch < epochs; epoch++) {
    const order = Int32Array.from(inputs.keys())
    shuffling.shuffle(order)
    const sums = spec.layers.map(() => ({ weights: 0, biases: 0, batches: 0 }))
    for (let start = 0, batch = 0; start < order.length; start += batchSize, batch++) {
      const rows = Array.from(order.subarray(start, start + batchSize))
      const trace = traceStep(
        network,
        rows.map((row) => inputs[row]),
        rows.map((row) => targets[row]),
        LEARNING_RATE,
        { l1: 0, l2: L2 }
      )
      if (batch % stride !== 0) continue
      trace.layers.forEach((layer, l) => {
        sums[l].weights += frobenius(layer.weightGradients)
        sums[l].biases += frobenius([layer.biasGradients])
        sums[l].batches++
      })
    }
    means.push(
      sums.map((sum) => ({ weights: sum.weights / sum.batches, biases: sum.biases / sum.batches }))
    )
  }
  return means
}

function expectNorms(
  recorded: LayerEpochInternals[],
  expected: { weights: number; biases: number }[]
): void {
  expect(recorded.map((layer) => layer.layer)).toEqual([1, 2])
  recorded.forEach((layer, l) => {
    expect(layer.weightGradientNorm).toBeGreaterThan(0)
    expect(Math.abs(layer.weightGradientNorm - expected[l].weights)).toBeLessThan(
      1e-12 * expected[l].weights
    )
    expect(Math.abs(layer.biasGradientNorm - expected[l].biases)).toBeLessThan(
      1e-12 * expected[l].biases
    )
  })
}

describe('training internals recorded by the worker', () => {
  it('full batch, epoch 1: the norms are ‖∂J/∂W(l)‖ and ‖∂J/∂b(l)‖ at the initial weights (L2 term included)', async () => {
    const { job, inputs, labels } = writeDataset('full', 30)
    const [first] = await train(job, 'full', 1)
    const trace = traceStep(initialNetwork(), inputs, oneHot(labels), LEARNING_RATE, {
      l1: 0,
      l2: L2
    })
    expectNorms(
      first.internals,
      trace.layers.map((layer) => ({
        weights: frobenius(layer.weightGradients),
        biases: frobenius([layer.biasGradients])
      }))
    )
  })

  it('full batch, epoch 2: the norms at the weights after one step', async () => {
    const { job, inputs, labels } = writeDataset('full2', 30)
    const recorded = await train(job, 'full', 2)
    const expected = replayNorms(inputs, labels, inputs.length, 2, 1)
    expect(recorded.map((epoch) => epoch.metrics.epoch)).toEqual([1, 2])
    recorded.forEach((epoch, e) => expectNorms(epoch.internals, expected[e]))
  })

  it("batches of 256: the mean over all of an epoch's batches (256, 256 and 88 rows)", async () => {
    const { job, inputs, labels } = writeDataset('mini256', 600)
    const recorded = await train(job, 256, 2)
    const expected = replayNorms(inputs, labels, 256, 2, 1)
    recorded.forEach((epoch, e) => expectNorms(epoch.internals, expected[e]))
  })

  it('batches of 64: the mean over batches 1, 5 and 9 (every ⌈256 / 64⌉-th, starting with the first)', async () => {
    const { job, inputs, labels } = writeDataset('mini64', 600)
    const recorded = await train(job, 64, 2)
    const expected = replayNorms(inputs, labels, 64, 2, 4)
    recorded.forEach((epoch, e) => expectNorms(epoch.internals, expected[e]))
  })

  it("each histogram counts every weight of its layer, between the layer's smallest and largest weight", async () => {
    const { job, inputs, labels } = writeDataset('histograms', 30)
    const recorded = await train(job, 'full', 3)
    const replay = initialNetwork()
    const targets = oneHot(labels)
    for (const epoch of recorded) {
      const trace = traceStep(replay, inputs, targets, LEARNING_RATE, { l1: 0, l2: L2 })
      epoch.internals.forEach((layer, l) => {
        const weights = trace.layers[l].updatedWeights.flat()
        const histogram = layer.histogram!
        expect(histogram.counts).toHaveLength(32)
        expect(histogram.counts.reduce((sum, count) => sum + count, 0)).toBe(weights.length)
        expect(histogram.min).toBeCloseTo(Math.min(...weights), 12)
        expect(histogram.max).toBeCloseTo(Math.max(...weights), 12)
        expect(histogram.counts[0]).toBeGreaterThan(0)
        expect(histogram.counts[31]).toBeGreaterThan(0)
      })
    }
  })
})

describe('which epochs record weight histograms', () => {
  it('every epoch to 200, every 10th to 2,000, every 100th to 20,000, and the last planned one', () => {
    const kept = (from: number, to: number, planned = 1_000_000) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((epoch) =>
        recordsHistogram(epoch, planned)
      )
    expect(kept(1, 200)).toHaveLength(200)
    expect(kept(201, 230)).toEqual([210, 220, 230])
    expect(kept(1990, 2300)).toEqual([1990, 2000, 2100, 2200, 2300])
    expect(kept(20_001, 20_400)).toEqual([])
    expect(kept(20_001, 21_000)).toEqual([21_000])
    expect(recordsHistogram(20_345, 20_345)).toBe(true)
  })
})

describe('which epochs record gradient norms and batch costs', () => {
  it('every epoch to 2,000, every 10th to 20,000, every 100th beyond, and the last planned one', () => {
    const kept = (from: number, to: number, planned = 1_000_000) =>
      Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((epoch) =>
        recordsEpochDetail(epoch, planned)
      )
    expect(kept(1, 2_000)).toHaveLength(2_000)
    expect(kept(2_001, 2_030)).toEqual([2_010, 2_020, 2_030])
    expect(kept(19_990, 20_300)).toEqual([19_990, 20_000, 20_100, 20_200, 20_300])
    expect(recordsEpochDetail(20_345, 20_345)).toBe(true)
    // Every histogram epoch keeps its norms too (the Inspect screen reads them together).
    for (let epoch = 1; epoch <= 30_000; epoch++)
      if (recordsHistogram(epoch, 30_000)) expect(recordsEpochDetail(epoch, 30_000)).toBe(true)
  })

  it('a long run on a tiny dataset sends norms only for those epochs, and the batch costs of the one rule', async () => {
    const { job } = writeDataset('long', 6)
    const planned = 2_035
    const events = await trainEvents(job, 2, planned)
    const epochs = events.flatMap((event) => (event.type === 'epochs' ? event.epochs : []))
    expect(epochs.map(({ metrics }) => metrics.epoch)).toEqual(
      Array.from({ length: planned }, (_, i) => i + 1)
    )
    const withNorms = epochs.filter(({ internals }) => internals.length > 0)
    expect(withNorms.map(({ metrics }) => metrics.epoch)).toEqual([
      ...Array.from({ length: 2_000 }, (_, i) => i + 1),
      2_010,
      2_020,
      2_030,
      2_035
    ])
    // 6 rows in batches of 2: three batches an epoch, steps counted from the run's start.
    const steps = events.flatMap((event) =>
      event.type === 'progress' ? event.costs.map(({ step }) => step) : []
    )
    expect(steps).toEqual(
      Array.from({ length: 3 * planned }, (_, i) => i + 1).filter(keepsBatchCost)
    )
  })
})
