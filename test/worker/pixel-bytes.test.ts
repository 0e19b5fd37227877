import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { NormalizationKind } from '../../src/main/engine'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import { parseIdxImages, parseIdxLabels } from '../../src/main/services/datasets/idx/idx-format'
import type { TrainingJob } from '../../src/main/worker/protocol'
import { sessionEvents } from './support/session-events'

const MNIST = '/work/shared/datasets/mnist'
const ROWS = 3000
const PIXELS = 784
const EPOCHS = 3

const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-bytes-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/**
 * The first 3,000 MNIST test images stored two ways: as their pixel bytes (features.u8, how images
 * are stored now) and as Float32 values b / 255 (features.f32, how stores written before held them).
 */
function writeBothWays(): { bytes: TrainingJob['dataset']; floats: TrainingJob['dataset'] } {
  const images = parseIdxImages(
    gunzipSync(readFileSync(`${MNIST}/t10k-images-idx3-ubyte.gz`)),
    'images'
  )
  const labels = parseIdxLabels(
    gunzipSync(readFileSync(`${MNIST}/t10k-labels-idx1-ubyte.gz`)),
    'labels'
  )
  const pixels = images.pixels.subarray(0, ROWS * PIXELS)
  const labelFile = join(folder, 'labels.i32')
  writeFileSync(labelFile, new Uint8Array(Int32Array.from(labels.subarray(0, ROWS)).buffer))
  const dataset = (features: string): TrainingJob['dataset'] => ({
    files: {
      features,
      labels: labelFile,
      targets: null,
      rows: join(folder, 'rows.json'),
      split: null
    },
    rows: ROWS,
    features: PIXELS,
    inputShape: [28, 28, 1],
    classes: Array.from({ length: 10 }, (_, digit) => String(digit)),
    targetNames: null,
    featureNames: []
  })
  writeFileSync(join(folder, 'features.u8'), pixels)
  const floats = Float32Array.from(pixels, (byte) => byte / 255)
  writeFileSync(join(folder, 'features.f32'), new Uint8Array(floats.buffer))
  return {
    bytes: dataset(join(folder, 'features.u8')),
    floats: dataset(join(folder, 'features.f32'))
  }
}

/** Every epoch's training and validation loss of a 784-128-64-10 run on `dataset`. */
async function epochLosses(
  kernels: LoadedKernels,
  dataset: TrainingJob['dataset'],
  normalization: NormalizationKind
): Promise<number[]> {
  const job: TrainingJob = {
    runId: 'r1',
    dataset,
    network: {
      inputSize: PIXELS,
      loss: 'cross-entropy',
      layers: [
        { units: 128, activation: 'relu', trainable: { weights: true, biases: true } },
        { units: 64, activation: 'relu', trainable: { weights: true, biases: true } },
        { units: 10, activation: 'softmax', trainable: { weights: true, biases: true } }
      ]
    },
    init: 'he',
    initialModel: null,
    optimizer: { kind: 'sgd', learningRate: 0.05 },
    regularization: { l1: 0, l2: 0 },
    lrSchedule: { kind: 'constant', warmupEpochs: 0 },
    earlyStopping: null,
    watch: null,
    batchSize: 64,
    epochs: EPOCHS,
    seed: 5,
    shuffle: true,
    precision: 'f32',
    split: [0.8, 0.2],
    normalization,
    resume: null,
    startPaused: false
  }
  const events = await sessionEvents(kernels, job)
  const finished = events.find((event) => event.type === 'finished')
  expect(finished).toMatchObject({ status: 'completed' })
  return events.flatMap((event) =>
    event.type === 'epochs'
      ? event.epochs.flatMap(({ metrics }) => [metrics.trainLoss, metrics.valLoss!])
      : []
  )
}

/**
 * Issue 17: pixels stay bytes, converted where rows enter the first layer. A run on the stored
 * bytes gives the losses of the same run on Float32 pixel values (how images were stored before)
 * within Float32 rounding: 1e-6 relative over 3 epochs.
 */
describe('training on pixel bytes', () => {
  let kernels: LoadedKernels
  let stored: ReturnType<typeof writeBothWays>
  beforeAll(async () => {
    kernels = await loadKernels('f32', { threads: 2 })
    stored = writeBothWays()
  })
  afterAll(() => kernels.dispose())

  /**
   * The first layer skips zero bytes (MNIST's pixels are ~81% zero bytes, and with normalization
   * none a zero byte is an exact 0): the same losses as kernels told to stay dense, within 1e-6
   * relative, and the lists were made for (nearly) every batch.
   */
  it('gives the losses of a dense first layer within 1e-6 relative when it skips zero bytes', async () => {
    const dense = await loadKernels('f32', { threads: 2, sparseDensityLimit: 0 })
    let listed = 0
    let plain = 0
    const counting = new Proxy(kernels, {
      get(target, key: keyof LoadedKernels) {
        if (key !== 'gatherSparseBytes') return target[key]
        return (...args: Parameters<NonNullable<LoadedKernels['gatherSparseBytes']>>) => {
          const batch = target.gatherSparseBytes!(...args)
          if (batch) listed++
          else plain++
          return batch
        }
      }
    })
    const sparse = await epochLosses(counting, stored.bytes, 'none')
    const reference = await epochLosses(dense, stored.bytes, 'none')
    dense.dispose()
    expect(listed).toBeGreaterThan(10 * plain)
    expect(sparse).toHaveLength(2 * EPOCHS)
    sparse.forEach((loss, index) => {
      const relative = Math.abs(loss - reference[index]) / Math.abs(reference[index])
      expect(relative, `loss ${index}: ${loss} vs ${reference[index]}`).toBeLessThan(1e-6)
    })
  })

  for (const normalization of ['none', 'standardize'] as const) {
    it(`gives the Float32 run's losses within 1e-6 relative (normalization ${normalization})`, async () => {
      const fromBytes = await epochLosses(kernels, stored.bytes, normalization)
      const fromFloats = await epochLosses(kernels, stored.floats, normalization)
      expect(fromBytes).toHaveLength(2 * EPOCHS)
      fromBytes.forEach((loss, index) => {
        const relative = Math.abs(loss - fromFloats[index]) / Math.abs(fromFloats[index])
        expect(relative, `loss ${index}: ${loss} vs ${fromFloats[index]}`).toBeLessThan(1e-6)
      })
    })
  }
})
