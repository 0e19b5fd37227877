import { Rng } from '../../../../src/main/engine'
import type { ExportData, ExportTraining } from '../../../../src/main/services/export'
import type { ModelFile } from '../../../../src/shared/model/model-file'
import type { ActivationName, LossName } from '../../../../src/shared/model/network'
import type { Preprocessing } from '../../../../src/shared/model/preprocessing'
import { columnStatistics, pick, readDigits, readIris } from './samples'

/**
 * The training cases train.py is checked on: one float64 epoch without shuffling, with sgd,
 * momentum and adam, L2, frozen parameters and a short last batch (22 rows in batches of 8: 8, 8,
 * 6), and each case's starting model and raw rows.
 */

const iris = readIris()
const digits = readDigits()
// 22 real rows across the three species, and 22 digits.
const irisRows = pick(
  iris.features,
  [...Array(22).keys()].map((index) => index * 7)
)
const irisLabels = pick(
  iris.labels,
  [...Array(22).keys()].map((index) => index * 7)
)
const digitRows = digits.features.slice(0, 22)
const digitLabels = digits.labels.slice(0, 22)

/** A network, its data and its training settings, exported with train.py. */
export interface TrainingCase {
  name: string
  inputs: number[][]
  targets: number[][]
  layers: {
    units: number
    activation: ActivationName
    alpha?: number
    frozen?: 'weights' | 'biases'
  }[]
  loss: LossName
  preprocessing?: Preprocessing
  training: ExportTraining
}

const oneHot = (labels: string[], classes: string[]) =>
  labels.map((label) => classes.map((name) => (name === label ? 1 : 0)))
const irisClasses = oneHot(irisLabels, ['setosa', 'versicolor', 'virginica'])
const standardized: Preprocessing = { kind: 'standardize', ...columnStatistics(iris.features) }
/** What the lab trains a case with beyond its optimizer and λ (one epoch, constant rate, no L1). */
interface MoreSettings {
  l1?: number
  epochs?: number
  lrSchedule?: ExportTraining['lrSchedule']
}
const settings = (
  optimizer: ExportTraining['optimizer'],
  l2: number,
  { l1 = 0, epochs = 1, lrSchedule = { kind: 'constant', warmupEpochs: 0 } }: MoreSettings = {}
): ExportTraining => ({
  optimizer,
  lrSchedule,
  l1,
  l2,
  batchSize: 8,
  epochs,
  seed: 5,
  shuffle: false,
  precision: 'f64'
})

/** Every case, in the order their exports are made. */
export const CASES: TrainingCase[] = [
  {
    name: 'sgd: tanh → softmax, cross-entropy, L2, frozen hidden biases',
    inputs: irisRows,
    targets: irisClasses,
    layers: [
      { units: 5, activation: 'tanh', frozen: 'biases' },
      { units: 3, activation: 'softmax' }
    ],
    loss: 'cross-entropy',
    preprocessing: standardized,
    training: settings({ kind: 'sgd', learningRate: 0.5 }, 0.01)
  },
  {
    name: 'momentum: relu → sigmoid, binary-cross-entropy, min-max, L2',
    inputs: irisRows,
    targets: irisClasses,
    layers: [
      { units: 6, activation: 'relu' },
      { units: 3, activation: 'sigmoid' }
    ],
    loss: 'binary-cross-entropy',
    preprocessing: { kind: 'minmax', min: [4.3, 2, 1, 0.1], max: [7.9, 4.4, 6.9, 2.5] },
    training: settings({ kind: 'momentum', learningRate: 0.1, momentum: 0.9 }, 0.001)
  },
  {
    name: 'adam: leaky-relu → softmax, binary-cross-entropy, L2',
    inputs: irisRows,
    targets: irisClasses,
    layers: [
      { units: 5, activation: 'leaky-relu', alpha: 0.1 },
      { units: 3, activation: 'softmax' }
    ],
    loss: 'binary-cross-entropy',
    preprocessing: standardized,
    training: settings(
      { kind: 'adam', learningRate: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
      0.01
    )
  },
  {
    name: 'adam: sigmoid → linear regression, half-squared-error, L1',
    inputs: irisRows.map((row) => row.slice(0, 3)),
    targets: irisRows.map((row) => [row[3]]),
    layers: [
      { units: 4, activation: 'sigmoid' },
      { units: 1, activation: 'linear' }
    ],
    loss: 'half-squared-error',
    training: settings(
      { kind: 'adam', learningRate: 0.01, beta1: 0.8, beta2: 0.99, epsilon: 1e-7 },
      0,
      { l1: 0.01 }
    )
  },
  {
    name: 'sgd: digits linear → sigmoid, cross-entropy, scale 1/16',
    inputs: digitRows,
    targets: oneHot(digitLabels, [...'0123456789']),
    layers: [
      { units: 8, activation: 'linear' },
      { units: 10, activation: 'sigmoid' }
    ],
    loss: 'cross-entropy',
    preprocessing: { kind: 'scale', factor: 1 / 16 },
    training: settings({ kind: 'sgd', learningRate: 0.3 }, 0.001)
  },
  {
    name: 'momentum: tanh output without a hidden layer, frozen weights',
    inputs: irisRows,
    targets: irisClasses,
    layers: [{ units: 3, activation: 'tanh', frozen: 'weights' }],
    loss: 'half-squared-error',
    preprocessing: standardized,
    training: settings({ kind: 'momentum', learningRate: 0.2, momentum: 0.5 }, 0.01)
  },
  {
    name: 'sgd over 6 epochs, cosine to 0.05 after a 2-epoch warm-up: tanh → softmax',
    inputs: irisRows,
    targets: irisClasses,
    layers: [
      { units: 5, activation: 'tanh' },
      { units: 3, activation: 'softmax' }
    ],
    loss: 'cross-entropy',
    preprocessing: standardized,
    training: settings({ kind: 'sgd', learningRate: 0.5 }, 0.01, {
      epochs: 6,
      lrSchedule: { kind: 'cosine', minLearningRate: 0.05, warmupEpochs: 2 }
    })
  },
  {
    name: 'adam over 5 epochs, halved every 2 epochs: relu → sigmoid, L1 and L2',
    inputs: irisRows,
    targets: irisClasses,
    layers: [
      { units: 6, activation: 'relu' },
      { units: 3, activation: 'sigmoid' }
    ],
    loss: 'binary-cross-entropy',
    preprocessing: standardized,
    training: settings(
      { kind: 'adam', learningRate: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
      0.001,
      {
        l1: 0.002,
        epochs: 5,
        lrSchedule: { kind: 'step', stepEpochs: 2, gamma: 0.5, warmupEpochs: 0 }
      }
    )
  },
  {
    name: 'momentum over 4 epochs, exponential 0.7: sigmoid → linear regression',
    inputs: irisRows.map((row) => row.slice(0, 3)),
    targets: irisRows.map((row) => [row[3]]),
    layers: [
      { units: 4, activation: 'sigmoid' },
      { units: 1, activation: 'linear' }
    ],
    loss: 'half-squared-error',
    training: settings({ kind: 'momentum', learningRate: 0.05, momentum: 0.9 }, 0, {
      epochs: 4,
      lrSchedule: { kind: 'exponential', gamma: 0.7, warmupEpochs: 1 }
    })
  }
]

/** The case's starting model: Xavier weights and U(−0.5, 0.5) biases from a seed. */
function startingModel(trainingCase: TrainingCase, seed: number): ModelFile {
  const rng = new Rng(seed)
  let inputSize = trainingCase.inputs[0].length
  const layers = trainingCase.layers.map((layer) => {
    const scale = Math.sqrt(6 / (inputSize + layer.units))
    const weights = Array.from({ length: layer.units }, () =>
      Array.from({ length: inputSize }, () => rng.uniform(-scale, scale))
    )
    inputSize = layer.units
    return {
      units: layer.units,
      activation: layer.activation,
      ...(layer.alpha !== undefined ? { alpha: layer.alpha } : {}),
      weights,
      biases: Array.from({ length: layer.units }, () => rng.uniform(-0.5, 0.5)),
      trainable: { weights: layer.frozen !== 'weights', biases: layer.frozen !== 'biases' }
    }
  })
  return {
    format: 'backprop-lab/model',
    formatVersion: 1,
    inputSize: trainingCase.inputs[0].length,
    layers,
    loss: trainingCase.loss,
    ...(trainingCase.preprocessing ? { preprocessing: trainingCase.preprocessing } : {})
  }
}

/** The run's raw rows as the lab stores them (float32), for data.npz. */
export function exportData(trainingCase: TrainingCase): ExportData {
  return {
    inputs: Float32Array.from(trainingCase.inputs.flat()),
    targets: Float32Array.from(trainingCase.targets.flat()),
    rows: trainingCase.inputs.length,
    inputSize: trainingCase.inputs[0].length,
    outputSize: trainingCase.targets[0].length
  }
}

/** Each case's starting model, seeded 300, 301, … in case order. */
export const STARTING_MODELS = CASES.map((trainingCase, index) =>
  startingModel(trainingCase, 300 + index)
)
