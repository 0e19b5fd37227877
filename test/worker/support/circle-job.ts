import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Rng } from '../../../src/main/engine'
import type { TrainingJob } from '../../../src/main/worker/protocol'

/** 400 seeded points in the plane, two classes by a circle, stored in `folder` as the dataset store does. */
export function writeCircle(folder: string): TrainingJob['dataset'] {
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

/** A 2-8-8-1 tanh job on the circle: momentum, L2, batches of 10 (32 an epoch), 4 epochs. */
export function circleJob(
  dataset: TrainingJob['dataset'],
  changes: Partial<TrainingJob> = {}
): TrainingJob {
  const trainable = { weights: true, biases: true }
  return {
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
    startPaused: false,
    ...changes
  }
}
