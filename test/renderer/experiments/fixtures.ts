import type { RunListItem, RunPage } from '@shared/model/run-page'
import { IRIS_SUMMARY, reluSoftmaxNetwork, runConfig } from '../support/runs'

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
    paused: false,
    notes: '',
    tags: [],
    ...fields
  }
}

/** A run's full view built from its list row. */
export function runPage(
  item: RunListItem,
  fields: Partial<RunPage> = {},
  error: string | null = null
): RunPage {
  const {
    experimentId: _experimentId,
    datasetName,
    architecture: _architecture,
    trainAccuracy: _trainAccuracy,
    plannedEpochs: _planned,
    seconds,
    paused: _paused,
    notes: _notes,
    tags: _tags,
    ...summary
  } = item
  return {
    detail: {
      ...summary,
      config: runConfig(),
      seed: 7,
      dataHash: 'a'.repeat(64),
      engineVersion: '1.0.0',
      error,
      // Three epochs, the last with the list row's figures (a run without any has none).
      metrics: (summary.trainLoss === null ? [] : [1, 2, 3]).map((epoch) => ({
        epoch,
        trainLoss: epoch === 3 ? summary.trainLoss! : 1 / epoch,
        trainAccuracy: epoch === 3 ? item.trainAccuracy : 0.3 * epoch,
        valLoss: epoch === 3 ? summary.valLoss : 1.1 / epoch,
        valAccuracy: epoch === 3 ? summary.valAccuracy : 0.3 * epoch,
        samplesPerSecond: 5000
      }))
    },
    network: reluSoftmaxNetwork(4, 32, 3),
    preprocessing: { kind: 'standardize', mean: [5.8, 3, 3.7, 1.2], std: [0.8, 0.4, 1.7, 0.8] },
    datasetName,
    classes: ['setosa', 'versicolor', 'virginica'],
    batchLosses: [
      { step: 1, loss: 1.2 },
      { step: 2, loss: 0.9 }
    ],
    summary: IRIS_SUMMARY,
    seconds,
    model: null,
    ...fields
  }
}
