import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  IRIS_CSV,
  epochLines,
  newHome,
  readLabelledCsv,
  rowsArgument,
  runJson,
  type CliResult,
  type JsonLine
} from './support/cli'
import {
  costOf,
  forwardRows,
  predictedClass,
  readModelJson,
  type ModelJson
} from './support/model-math'

const LEARNING_RATE = 0.1
const L2 = 0.01

/** A 4-5-3 tanh/softmax model with fixed, uneven starting weights. */
function startingModel(): ModelJson {
  const values = (rows: number, cols: number, offset: number) =>
    Array.from({ length: rows }, (_, j) =>
      Array.from({ length: cols }, (_, k) => Math.sin(offset + 7 * j + 3 * k) / 2)
    )
  return {
    format: 'backprop-lab/model',
    formatVersion: 1,
    inputSize: 4,
    layers: [
      { units: 5, activation: 'tanh', weights: values(5, 4, 1), biases: [0.1, -0.2, 0, 0.3, -0.1] },
      { units: 3, activation: 'softmax', weights: values(3, 5, 2), biases: [0, 0.05, -0.05] }
    ],
    loss: 'cross-entropy'
  }
}

/** The same model with the weights and biases `trace` computed for after its step. */
function stepped(model: ModelJson, trace: JsonLine): ModelJson {
  return {
    ...model,
    layers: model.layers.map((layer, l) => ({
      ...layer,
      weights: trace.layers[l].updatedWeights,
      biases: trace.layers[l].updatedBiases
    }))
  }
}

/** (λ/2) Σₗ ‖W(l)‖², the L2 term of J (weights only). */
function l2Term(model: ModelJson): number {
  return (
    (L2 / 2) *
    model.layers.flatMap((layer) => layer.weights.flat()).reduce((sum, w) => sum + w * w, 0)
  )
}

/**
 * CONTRACTS.md: "For a full batch, epoch n's trainLoss is J before the n-th update". With one
 * full batch, file order and all rows for training, `train` takes exactly the gradient-descent
 * steps `trace` shows, so each epoch's trainLoss must equal the J `trace` reports before it.
 */
describe('full-batch trainLoss is J before each update', () => {
  const home = newHome()
  const start = startingModel()
  const startFile = join(home, 'start.model.json')
  const afterOneFile = join(home, 'after-1.model.json')
  const trainedFile = join(home, 'trained.model.json')
  const iris = readLabelledCsv(IRIS_CSV)
  const classes = [...new Set(iris.labels)].sort()
  // the dataset keeps the parsed numbers (Float64), so trace sees exactly the rows train does
  const rows = iris.rows
  const targets = iris.labels.map((label) => classes.map((name) => (name === label ? 1 : 0)))
  let train: CliResult
  let firstStep: JsonLine
  let secondStep: JsonLine

  beforeAll(async () => {
    writeFileSync(startFile, JSON.stringify(start))
    const stepArgs = [
      '--input',
      rowsArgument(rows),
      '--target',
      rowsArgument(targets),
      '--lr',
      String(LEARNING_RATE),
      '--l2',
      String(L2)
    ]
    const trained = runJson(home, [
      'train',
      IRIS_CSV,
      '--init-model',
      startFile,
      '--epochs',
      '2',
      '--batch',
      'full',
      '--no-shuffle',
      '--split',
      '1',
      '--normalize',
      'none',
      '--precision',
      'f64',
      '--optimizer',
      'sgd',
      '--lr',
      String(LEARNING_RATE),
      '--l2',
      String(L2),
      '--save-model',
      trainedFile
    ])
    firstStep = (await runJson(home, ['trace', startFile, ...stepArgs])).lines[0]
    writeFileSync(afterOneFile, JSON.stringify(stepped(start, firstStep)))
    secondStep = (await runJson(home, ['trace', afterOneFile, ...stepArgs])).lines[0]
    train = await trained
  }, HOOK_TIMEOUT_MS)

  it('trace’s J on all rows is the cost recomputed from the contract', () => {
    expect(firstStep.loss).toBeCloseTo(costOf(start, rows, targets) + l2Term(start), 12)
  })

  it('epoch 1 and epoch 2 report J before the first and the second update', () => {
    expect(train.code, train.stderr).toBe(0)
    const [first, second] = epochLines(train)
    expect(first.trainLoss).toBeCloseTo(firstStep.loss, 12)
    expect(second.trainLoss).toBeCloseTo(secondStep.loss, 12)
    expect(second.trainLoss).toBeLessThan(first.trainLoss)
  })

  it('epoch 1’s trainAccuracy is the starting weights’ accuracy on all rows', () => {
    const correct = forwardRows(start, rows).filter(
      (outputs, i) => classes[predictedClass(outputs)] === iris.labels[i]
    )
    expect(epochLines(train)[0].trainAccuracy).toBeCloseTo(correct.length / rows.length, 12)
  })

  it('the saved weights are those after the second traced step', () => {
    const trained = readModelJson(trainedFile)
    trained.layers.forEach((layer, l) => {
      layer.weights
        .flat()
        .forEach((w, i) => expect(w).toBeCloseTo(secondStep.layers[l].updatedWeights.flat()[i], 12))
      layer.biases.forEach((b, i) =>
        expect(b).toBeCloseTo(secondStep.layers[l].updatedBiases[i], 12)
      )
    })
  })
})
