import type { DatasetSummary } from '@shared/model/dataset'
import type { EpochMetrics } from '@shared/model/training'
import type { RunPage } from '@shared/model/run-page'
import type {
  LiveRunState,
  RunChange,
  RunEndInfo,
  RunPosition,
  RunStartInfo
} from '@shared/model/live-run'
import { IRIS_SUMMARY, reluSoftmaxNetwork, runConfig } from '../support/runs'

/** A 2-feature, 2-class table of 500 rows (x in [−1, 3], y in [0, 10]); fields can be overridden. */
export function pointsDataset(overrides: Partial<DatasetSummary> = {}): DatasetSummary {
  return {
    datasetId: 'd1',
    name: 'moons',
    kind: 'csv',
    source: '/data/moons.csv',
    rows: 500,
    features: 2,
    inputShape: [2],
    featureNames: ['width', 'height'],
    classes: ['left', 'right'],
    classCounts: [250, 250],
    targets: null,
    contentHash: 'hash',
    statistics: { mean: [1, 5], std: [1, 3], min: [-1, 0], max: [3, 10] },
    audit: { duplicateRows: 0, constantFeatures: [] },
    skipped: [],
    notes: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    ...overrides
  }
}

/** A regression table (two targets, no classes). */
export function regressionDataset(): DatasetSummary {
  return pointsDataset({
    datasetId: 'd2',
    name: 'houses',
    classes: null,
    classCounts: null,
    targets: ['price', 'rent']
  })
}

/** Run r1's split and engine: 400 training rows in batches of 32 (13 per epoch). */
export const START_INFO: RunStartInfo = {
  trainRows: 400,
  validationRows: 100,
  testRows: 0,
  batchesPerEpoch: 13,
  kernels: 'wasm-simd-f32 (relaxed, 2 threads)',
  batchesInChunks: false
}

/** The start reply of run r1: starting, 50 epochs planned. */
export const STARTED: LiveRunState = {
  runId: 'r1',
  seq: 1,
  status: 'starting',
  plannedEpochs: 50,
  activeSeconds: 0,
  start: null,
  position: null,
  end: null
}

/** Sequence numbers for the states and changes of a test, growing as main's do. */
let lastSeq = 1
export const nextSeq = () => ++lastSeq

/** Where run r1 is after `step` batches of 13 per epoch (the last batch's cost `loss`). */
export function positionAt(step: number, loss = 0.9): RunPosition {
  return {
    step,
    epoch: Math.ceil(step / 13),
    batch: ((step - 1) % 13) + 1,
    batchesPerEpoch: 13,
    loss
  }
}

/** A state of run r1 after its start, newer than any before (fields can be overridden). */
export function liveState(fields: Partial<LiveRunState> = {}): LiveRunState {
  return { ...STARTED, seq: nextSeq(), status: 'running', start: START_INFO, ...fields }
}

/** A change of run r1, newer than any before, with the epochs and costs it adds. */
export function change(fields: Partial<RunChange> = {}): RunChange {
  return { ...liveState(), epochs: [], costs: [], ...fields }
}

/** Epoch n's numbers: loss 1/n, accuracy 1 − 1/(2n), 1000·n samples/s. */
export function epoch(n: number): EpochMetrics {
  return {
    epoch: n,
    trainLoss: 1 / n,
    trainAccuracy: 1 - 1 / (2 * n),
    valLoss: 1.5 / n,
    valAccuracy: 1 - 1 / n,
    samplesPerSecond: 1000 * n
  }
}

/**
 * Run r1 completed on iris, with a validation confusion matrix; a training loss, time and speed
 * that show rounding (0.1235, 1:15, 12,346 samples/s).
 */
export const ENDED: RunEndInfo = {
  error: null,
  epochs: 50,
  earlyStop: null,
  targetCheck: null,
  summary: {
    ...IRIS_SUMMARY,
    train: { ...IRIS_SUMMARY.train!, loss: 0.1234567 },
    trainingSeconds: 75.4,
    samplesPerSecond: 12345.6
  }
}

/** The change that ends run r1 (completed unless `status` says otherwise). */
export function ended(
  status: 'completed' | 'stopped' | 'failed' = 'completed',
  end: Partial<RunEndInfo> = {}
): RunChange {
  return change({ status, end: { ...ENDED, ...end }, position: positionAt(650) })
}

/**
 * Run r7 as stored: 64-16-10 ReLU/softmax on the digits dataset (d9), stopped after `epochs` of
 * 30 planned epochs with 45 batches each (steps 1 … 45·epochs), its result evaluated.
 */
export function storedRun(epochs = 3, status: RunPage['detail']['status'] = 'stopped'): RunPage {
  const metrics = Array.from({ length: epochs }, (_, index) => epoch(index + 1))
  return {
    detail: {
      runId: 'r7',
      name: 'digits 64-16-10',
      datasetId: 'd9',
      status,
      epochs,
      trainLoss: metrics.at(-1)?.trainLoss ?? null,
      valLoss: metrics.at(-1)?.valLoss ?? null,
      valAccuracy: metrics.at(-1)?.valAccuracy ?? null,
      startedAt: '2025-03-01T10:00:00.000Z',
      endedAt: status === 'running' ? null : '2025-03-01T10:00:09.000Z',
      config: runConfig({ hidden: [16], l2: 0, batchSize: 32, seed: 1 }),
      seed: 1,
      dataHash: 'b'.repeat(64),
      engineVersion: '1.0.0',
      error: null,
      parent: null,
      earlyStop: null,
      raceId: null,
      metrics
    },
    network: reluSoftmaxNetwork(64, 16, 10),
    preprocessing: null,
    datasetName: 'digits',
    classes: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'],
    batchLosses: Array.from({ length: 45 * epochs }, (_, index) => ({
      step: index + 1,
      loss: 2 / (index + 1)
    })),
    summary:
      status === 'running'
        ? null
        : {
            train: { loss: 0.2, accuracy: 0.95, confusion: null },
            validation: { loss: 0.3, accuracy: 0.9, confusion: null },
            test: null,
            trainingSeconds: 9,
            samplesPerSecond: 1437
          },
    seconds: status === 'running' ? null : 9,
    model: null,
    checkpoints: {
      epochs: Array.from({ length: epochs + 1 }, (_, epoch) => epoch),
      budgetBytes: 50e6,
      checkpointBytes: 5000,
      stride: 1
    },
    modelEpoch: epochs,
    targetCheck: null
  }
}
