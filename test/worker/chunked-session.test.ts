import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Rng, type Kernels } from '../../src/main/engine'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import type { EngineEvent, TrainingJob } from '../../src/main/worker/protocol'
import { TrainingSession } from '../../src/main/worker/training-session'

const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-chunked-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** 400 seeded points in the plane, two classes by a circle, stored as the dataset store does. */
function writeCircle(): TrainingJob['dataset'] {
  const rng = new Rng(9)
  const points = Float64Array.from({ length: 800 }, () => rng.uniform(-2, 2))
  const labels = Int32Array.from({ length: 400 }, (_, i) =>
    points[2 * i] ** 2 + points[2 * i + 1] ** 2 < 1.5 ? 1 : 0
  )
  const features = join(folder, 'features.f64')
  const labelFile = join(folder, 'labels.i32')
  writeFileSync(features, new Uint8Array(points.buffer))
  writeFileSync(labelFile, new Uint8Array(labels.buffer))
  return {
    files: {
      features,
      labels: labelFile,
      targets: null,
      rows: join(folder, 'rows.json'),
      split: null
    },
    rows: 400,
    features: 2,
    inputShape: [2],
    classes: ['out', 'in'],
    targetNames: null,
    featureNames: ['x', 'y']
  }
}

/** Every event of a 2-8-8-1 run, with the timings left out. */
async function run(kernels: Kernels, dataset: TrainingJob['dataset']): Promise<unknown> {
  const trainable = { weights: true, biases: true }
  const job: TrainingJob = {
    runId: 'r1',
    dataset,
    network: {
      inputSize: 2,
      loss: 'binary-cross-entropy',
      layers: [
        { units: 8, activation: 'tanh', trainable },
        { units: 8, activation: 'tanh', trainable },
        { units: 1, activation: 'sigmoid', trainable }
      ]
    },
    init: 'xavier',
    initialModel: null,
    optimizer: { kind: 'momentum', learningRate: 0.05, momentum: 0.9 },
    regularization: { l1: 0, l2: 0.001 },
    lrSchedule: { kind: 'constant', warmupEpochs: 0 },
    earlyStopping: null,
    watch: null,
    batchSize: 10,
    epochs: 4,
    seed: 3,
    shuffle: true,
    precision: 'f32',
    split: [0.8, 0.2],
    normalization: 'standardize',
    resume: null,
    startPaused: false
  }
  const events: EngineEvent[] = []
  await new TrainingSession(job, kernels, (event) => events.push(event)).run()
  // Epochs travel in groups that depend on timing; what they carry must not.
  const groups = events.flatMap((event) => (event.type === 'epochs' ? [event] : []))
  const reported = {
    epochs: groups.flatMap((group) => group.epochs),
    costs: events.flatMap((event) => (event.type === 'progress' ? event.costs : [])),
    finished: events.find((event) => event.type === 'finished')
  }
  return JSON.parse(
    JSON.stringify(reported, (key, value: unknown) =>
      key === 'samplesPerSecond' || key === 'elapsedMs' || key === 'trainingSeconds'
        ? 0
        : ArrayBuffer.isView(value)
          ? Array.from(value as Float32Array)
          : value
    )
  )
}

/**
 * The engine worker trains a tiny network in chunks of batches inside WASM, stopping each chunk
 * where a batch's gradient norms are taken: every epoch, norm, histogram, checkpoint, kept batch
 * cost and the final model equal those of the same session stepping batch by batch.
 */
describe('a session training a tiny network in chunks', () => {
  let kernels: LoadedKernels
  let dataset: TrainingJob['dataset']
  beforeAll(async () => {
    kernels = await loadKernels('f32', { threads: 2 })
    dataset = writeCircle()
  })
  afterAll(() => kernels.dispose())

  it('reports exactly what batch-by-batch stepping reports', async () => {
    const stepped = await run({ ...kernels, batchChunks: undefined }, dataset)
    const chunked = await run(kernels, dataset)
    expect(stepped).toMatchObject({ finished: { status: 'completed' } })
    expect((stepped as { epochs: unknown[] }).epochs).toHaveLength(4)
    expect(chunked).toEqual(stepped)
  })
})
