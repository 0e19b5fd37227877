import { expect } from 'vitest'
import {
  createJsKernels,
  createOptimizer,
  networkFromModelFile,
  Rng,
  Trainer,
  type Network
} from '../../../../src/main/engine'
import { applyPreprocessing } from '../../../../src/main/engine/preprocess'
import type { ModelFile } from '../../../../src/shared/model/model-file'
import { learningRateAt } from '../../../../src/shared/model/lr-schedule'
import { exportData, type TrainingCase } from './training-cases'

/** How far train.py's weights may be from the lab's, relative to weights above 1. */
const TOLERANCE = 1e-10

/**
 * The case's epochs (one, or several with a learning-rate schedule) of the lab's Trainer in
 * Float64 on the same float32 raw rows, preprocessed; `trainLoss` is the last epoch's.
 */
export function trainInTheLab(
  model: ModelFile,
  trainingCase: TrainingCase
): { network: Network; trainLoss: number } {
  const kernels = createJsKernels('f64')
  const network = networkFromModelFile(model, kernels)
  const data = exportData(trainingCase)
  const inputs = { rows: data.rows, cols: data.inputSize, data: Float64Array.from(data.inputs) }
  applyPreprocessing(model.preprocessing, inputs.data, inputs.rows, inputs.cols)
  const targets = { rows: data.rows, cols: data.outputSize, data: Float64Array.from(data.targets) }
  const { training } = trainingCase
  const trainer = new Trainer({
    network,
    optimizer: createOptimizer(training.optimizer),
    data: { inputs, targets, classification: false },
    batchSize: training.batchSize,
    shuffle: false,
    rng: new Rng(training.seed),
    regularization: { l1: training.l1, l2: training.l2 },
    learningRateAt: (epoch) =>
      learningRateAt(training.lrSchedule, training.optimizer.learningRate, epoch, training.epochs)
  })
  let trainLoss = NaN
  for (let epoch = 1; epoch <= training.epochs; epoch++) trainLoss = trainer.trainEpoch().trainLoss
  return { network, trainLoss }
}
/** Checks that `arrays` (train.py's saved state) hold the network's weights within 1e-10. */
export function expectLabWeights(
  arrays: Record<string, number[]>,
  network: Network,
  what: string
): void {
  network.layers.forEach((layer, index) => {
    const pairs: [string, ArrayLike<number>][] = [
      [`layer${index + 1}.weight`, layer.weights.data],
      [`layer${index + 1}.bias`, layer.biases]
    ]
    for (const [name, ours] of pairs) {
      const theirs = arrays[name]
      expect(theirs, `${what}: ${name}`).toHaveLength(ours.length)
      theirs.forEach((value, i) => {
        if (!(Math.abs(value - ours[i]) <= TOLERANCE * Math.max(1, Math.abs(ours[i])))) {
          expect.fail(`${what}: ${name}[${i}] is ${value} after train.py, ${ours[i]} in the lab`)
        }
      })
    }
  })
}
