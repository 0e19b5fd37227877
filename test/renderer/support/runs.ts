import type { NetworkSpec } from '@shared/model/network'
import type { RunConfig } from '@shared/model/run'
import type { RunEvaluationSummary } from '@shared/model/run-page'

/** A complete run config as main stores it (defaults filled in); fields can be overridden. */
export function runConfig(fields: Partial<RunConfig> = {}): RunConfig {
  return {
    hidden: [32],
    activation: 'relu',
    output: 'auto',
    loss: 'auto',
    optimizer: 'adam',
    learningRate: 0.005,
    lrSchedule: { kind: 'constant', warmupEpochs: 0 },
    momentum: 0.9,
    l1: 0,
    l2: 0.0001,
    batchSize: 16,
    epochs: 30,
    earlyStopping: null,
    seed: 7,
    init: 'he',
    initModel: null,
    precision: 'f32',
    split: [0.8, 0.2],
    normalize: 'auto',
    shuffle: true,
    name: null,
    checkpointBudgetMb: 50,
    ...fields
  }
}

/** A classifier as built: one trainable ReLU layer of `hidden` units, `classes` softmax outputs. */
export function reluSoftmaxNetwork(
  inputSize: number,
  hidden: number,
  classes: number
): NetworkSpec {
  const trainable = { weights: true, biases: true }
  return {
    inputSize,
    layers: [
      { units: hidden, activation: 'relu', trainable },
      { units: classes, activation: 'softmax', trainable }
    ],
    loss: 'cross-entropy'
  }
}

/**
 * The final evaluation of a completed 3-class iris run: 117 of 120 training rows right, 29 of 30
 * validation rows (one versicolor taken for virginica), in 12.3 s at 48,000 samples/s.
 */
export const IRIS_SUMMARY: RunEvaluationSummary = {
  train: {
    loss: 0.08,
    accuracy: 0.975,
    confusion: [
      [40, 0, 0],
      [0, 39, 1],
      [0, 2, 38]
    ]
  },
  validation: {
    loss: 0.1,
    accuracy: 0.9667,
    confusion: [
      [10, 0, 0],
      [0, 9, 1],
      [0, 0, 10]
    ]
  },
  test: null,
  trainingSeconds: 12.3,
  samplesPerSecond: 48000
}
