import type { MessageParams } from '../../../src/shared/messages'
import type { TRAINING_MESSAGES } from '../../../src/shared/message-tables/training-refusals'
import type { INSPECT_MESSAGES } from '../../../src/shared/message-tables/inspect-refusals'

type Codes = keyof typeof TRAINING_MESSAGES | keyof typeof INSPECT_MESSAGES

/** Parameters that choose a wording in these messages rather than being quoted. */
export const TRAINING_CHOICES = ['without', 'step', 'work']

/**
 * Parameters for every training, run and Inspect message (main-messages.test.ts walks them): the
 * compiler names a code added without a sample here.
 */
export const TRAINING_SAMPLES: { [C in Codes]: MessageParams<C> } = {
  'run.notFound': { runId: '7', seeRuns: false, meant: 'r7' },
  'run.stillRunning': { runId: 'r7' },
  'run.stillTraining': { runId: 'r7' },
  'run.notTraining': { runId: 'r7' },
  'run.trainedElsewhere': { runId: 'r7', pid: '4242' },
  'run.completed': { runId: 'r7', epochs: 30 },
  'run.datasetDeleted': { runId: 'r7', without: 'report' },
  'run.noWeights': { runId: 'r7', stopped: true },
  'run.noCheckpointAt': { runId: 'r7', epoch: 13, nearest: [12, 16] },
  'run.failed': { runId: 'r7' },
  'run.cannotWriteModel': { file: '/ro/iris.model.json', problem: 'EROFS: read-only file system' },
  'branch.noCheckpoint': { runId: 'r7' },
  'branch.nothingToTrain': { runId: 'r7', epochs: 20, epoch: 25 },
  'branch.parentDataset': { data: 'moons.csv', datasetId: 'd3' },
  'race.size': { min: 2, max: 4, got: 5 },
  'race.sharedSettings': {
    run: 2,
    allowed: ['optimizer', 'learningRate', 'momentum'],
    foreign: ['batchSize']
  },
  'network.tooManyParameters': {
    architecture: '784-9000-9000-10',
    parameters: 88155010,
    bound: '20,000,000'
  },
  'network.softmaxUnits': { units: 1 },
  'network.lossNeedsProbabilities': { loss: 'cross-entropy', activation: 'tanh' },
  'network.crossEntropySingleUnit': {},
  'network.featuresNeedXY': {
    features: ['x', 'y', 'x²'],
    datasetId: 'd2',
    dataset: 'iris',
    count: 4
  },
  'network.modelInputs': {
    source: 'start.model.json',
    inputs: 3,
    datasetId: 'd2',
    dataset: 'iris',
    features: 4
  },
  'network.modelOutputs': { source: 'start.model.json', units: 2, datasetId: 'd2', expected: 3 },
  'schedule.warmupEpochs': { warmup: -1 },
  'schedule.warmupTooLong': { warmup: 5, epochs: 5 },
  'schedule.stepEpochs': { step: 0 },
  'schedule.gamma': { gamma: 1.5 },
  'schedule.cosineLowest': { learningRate: 0.1, lowest: 0.2 },
  'training.earlyStoppingSplit': {},
  'training.patience': { patience: 0 },
  'training.checkpointBudget': { budget: -3 },
  'task.locked': { setting: 'learningRate', fixed: '0.1', got: '0.5' },
  'run.diverged': { epoch: 3, batch: 7, loss: 'NaN' },
  'run.diskFull': { code: 'SQLITE_FULL', step: 12, database: '/lab/lab.db', runId: 'r7' },
  'run.notSaved': { step: 'end', database: '/lab/lab.db', problem: 'disk I/O error', runId: 'r7' },
  'run.interrupted': { pid: '4242', runId: 'r7' },
  'run.engineStopped': { problem: 'exit code 137' },
  'run.engineCrashed': { problem: 'RangeError: Array buffer allocation failed' },
  'generate.unknown': { generator: 'swirl', generators: ['circles', 'xor', 'spiral'] },
  'generate.samples': { samples: 1, max: 5000 },
  'generate.noise': { noise: 2, max: 0.5 },
  'generate.seed': { seed: -1 },
  'generate.noisePercent': { noise: 80, max: 50 },
  'generate.points': { points: 10, min: 20, max: 5000 },
  'inspect.inputCount': { expected: 4, got: 3 },
  'inspect.layerRange': { layers: 2, layer: 3 },
  'inspect.noLayerToBreak': { layers: 2, layer: 5 },
  'inspect.targetCount': { expected: 4, got: 3 },
  'inspect.rowsNeedRun': {},
  'inspect.noBatchRows': {},
  'inspect.noTrainingRows': { runId: 'r7' },
  'inspect.noProbeRows': { runId: 'r7' },
  'inspect.regression': { runId: 'r7' },
  'inspect.classRange': { field: 'predicted', last: 2, got: 5 },
  'inspect.rowRange': { field: 'rows[3]', last: 149, got: 150 },
  'inspect.rowWidth': { field: 'inputs', index: 2, expected: 4, got: 3 },
  'mainThread.tooMuch': {
    work: { kind: 'gradientCheck', parameters: 4000, layers: 3, rows: 512 },
    multiplyAdds: '2.1e+12',
    bound: '1,000,000,000'
  }
}
