import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportModel } from '../../../src/main/services/export'
import { temporaryFolders } from './support/folders'
import { expectLabWeights, trainInTheLab } from './support/lab-training'
import { runPythonPeer } from './support/python'
import { CASES, exportData, STARTING_MODELS } from './support/training-cases'

/**
 * train.py against the lab's own Trainer: from the same initial weights, without shuffling, one
 * epoch of the exported train.py (Debian's python3-torch, float64, CPU) must give the lab's
 * weights within 1e-10, for sgd, momentum and adam, with L2, frozen parameters and a short last
 * batch (22 rows in batches of 8: 8, 8, 6); and so must several epochs under a learning-rate
 * schedule (cosine after a warm-up, step, exponential), built from torch.optim.lr_scheduler.
 */
const folder = temporaryFolders('train')
const folders: string[] = []

beforeAll(async () => {
  for (const [index, trainingCase] of CASES.entries()) {
    const result = await exportModel({
      model: STARTING_MODELS[index],
      format: 'pytorch',
      outDir: folder(trainingCase.name),
      referenceInputs: trainingCase.inputs.slice(0, 3),
      training: trainingCase.training,
      data: exportData(trainingCase)
    })
    folders.push(result.outDir)
  }
})

describe('train.py continues training exactly as the lab does', () => {
  let runs: { stdout: string; arrays: Record<string, number[]> }[] | undefined
  const trained = () =>
    (runs ??= runPythonPeer<{ results: typeof runs & object }>('run-training.py', {
      runs: folders.map((path) => ({
        folder: path,
        args: [
          '--epochs',
          String(CASES[folders.indexOf(path)].training.epochs),
          '--cpu',
          '--out',
          join(path, 'trained.npz')
        ],
        out: join(path, 'trained.npz')
      }))
    }).results)

  CASES.forEach((trainingCase, index) => {
    const { epochs } = trainingCase.training
    it(`${epochs === 1 ? 'one float64 epoch gives' : `${epochs} float64 epochs give`} the lab's weights within 1e-10: ${trainingCase.name}`, () => {
      const lab = trainInTheLab(STARTING_MODELS[index], trainingCase)
      const run = trained()[index]
      expectLabWeights(run.arrays, lab.network, trainingCase.name)
      const printed = new RegExp(`epoch ${epochs}: train loss (\\S+)`).exec(run.stdout)
      const printedLoss = Number(printed![1])
      expect(Math.abs(printedLoss - lab.trainLoss)).toBeLessThanOrEqual(
        5e-6 * Math.abs(lab.trainLoss)
      )
    })
  })
})
