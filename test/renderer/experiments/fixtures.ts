import type { RunConfig } from '@shared/model/run'
import type { RunListItem, RunView } from '@shared/model/views'

/** A complete run config as main stores it (defaults filled in). */
export const CONFIG: RunConfig = {
  hidden: [32],
  activation: 'relu',
  output: 'auto',
  loss: 'auto',
  optimizer: 'adam',
  learningRate: 0.005,
  momentum: 0.9,
  l2: 0.0001,
  batchSize: 16,
  epochs: 30,
  seed: 7,
  init: 'he',
  initModel: null,
  precision: 'f32',
  split: [0.8, 0.2],
  normalize: 'auto',
  shuffle: true,
  name: null
}

/** A list row; fields not given describe a completed iris run. */
export function listItem(fields: Partial<RunListItem> & Pick<RunListItem, 'runId'>): RunListItem {
  return {
    name: `iris 4-32-3 (${fields.runId})`,
    datasetId: 'd1',
    status: 'completed',
    epochs: 30,
    trainLoss: 0.0812,
    valLoss: 0.1034,
    valAccuracy: 0.9667,
    startedAt: '2025-03-01T10:00:00.000Z',
    endedAt: '2025-03-01T10:00:12.300Z',
    experimentId: 'e1',
    datasetName: 'iris',
    architecture: '4-32-3',
    trainAccuracy: 0.975,
    plannedEpochs: 30,
    seconds: 12.3,
    notes: '',
    tags: [],
    ...fields
  }
}

/** A run's full view built from its list row. */
export function runView(
  item: RunListItem,
  fields: Partial<RunView> = {},
  error: string | null = null
): RunView {
  const {
    experimentId: _experimentId,
    datasetName,
    architecture: _architecture,
    trainAccuracy: _trainAccuracy,
    plannedEpochs: _planned,
    seconds: _seconds,
    notes: _notes,
    tags: _tags,
    ...summary
  } = item
  return {
    detail: {
      ...summary,
      config: CONFIG,
      seed: 7,
      dataHash: 'a'.repeat(64),
      engineVersion: '1.0.0',
      error,
      metrics: [1, 2, 3].map((epoch) => ({
        epoch,
        trainLoss: 1 / epoch,
        trainAccuracy: 0.3 * epoch,
        valLoss: 1.1 / epoch,
        valAccuracy: 0.3 * epoch,
        samplesPerSecond: 5000
      }))
    },
    network: {
      inputSize: 4,
      layers: [
        { units: 32, activation: 'relu', trainable: { weights: true, biases: true } },
        { units: 3, activation: 'softmax', trainable: { weights: true, biases: true } }
      ],
      loss: 'cross-entropy'
    },
    preprocessing: { kind: 'standardize', mean: [5.8, 3, 3.7, 1.2], std: [0.8, 0.4, 1.7, 0.8] },
    datasetName,
    classes: ['setosa', 'versicolor', 'virginica'],
    batchLosses: [
      { step: 1, loss: 1.2 },
      { step: 2, loss: 0.9 }
    ],
    summary: {
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
    },
    model: null,
    ...fields
  }
}
