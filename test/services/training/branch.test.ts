import { describe, expect, it } from 'vitest'
import { UserError } from '../../../src/shared/errors'
import type { EpochMetrics } from '../../../src/shared/model/training'
import { bytesOf, irisConfig, irisLab } from './support/iris-lab'

/** An epoch's figures without its speed (which a second run never repeats). */
const figures = (epochs: EpochMetrics[]) => epochs.map(({ samplesPerSecond: _, ...rest }) => rest)

/** "Continue from here" / `train --from`: a new run from a stored epoch of another. */
describe('branching a run from a stored epoch', () => {
  const { lab, datasetId } = irisLab()

  it('without changes, a branch from epoch 5 reproduces its parent’s epochs 6–12 bit for bit', async () => {
    const parent = lab().training.start({
      datasetId: datasetId(),
      config: irisConfig({ epochs: 12, seed: 3 }),
      initialModel: null
    })
    expect((await parent.finished).status).toBe('completed')
    const branch = lab().training.branch({ runId: parent.runId, epoch: 5, changes: {} })
    const outcome = await branch.finished
    expect(outcome.status).toBe('completed')
    expect(outcome.epochs).toBe(12)

    const record = lab().db.runs.get(branch.runId)!
    expect(record.parent).toEqual({ runId: parent.runId, epoch: 5 })
    expect(record.experimentId).toBe(lab().db.runs.get(parent.runId)!.experimentId)
    // its history starts at the parent's start: epochs 1–5 inherited, 6–12 trained again
    expect(figures(lab().db.metrics.epochs(branch.runId))).toEqual(
      figures(lab().db.metrics.epochs(parent.runId))
    )
    for (const epoch of [5, 8, 12]) {
      const ours = lab().db.checkpoints.at(branch.runId, epoch)!
      const theirs = lab().db.checkpoints.at(parent.runId, epoch)!
      expect(bytesOf(ours.parameters), `weights after epoch ${epoch}`).toEqual(
        bytesOf(theirs.parameters)
      )
      expect(bytesOf(ours.optimizerSlots.flat())).toEqual(bytesOf(theirs.optimizerSlots.flat()))
      expect(ours.rng).toEqual(theirs.rng)
    }
    expect(outcome.model!.layers).toEqual(lab().db.runs.get(parent.runId)!.model!.layers)
  })

  it('with a lower learning rate the later epochs differ; --epochs counts from the parent’s start', async () => {
    const parent = lab().training.start({
      datasetId: datasetId(),
      config: irisConfig({ epochs: 6, seed: 4, optimizer: 'sgd', learningRate: 0.1 }),
      initialModel: null
    })
    await parent.finished
    const branch = lab().training.branch({
      runId: parent.runId,
      epoch: 3,
      changes: { learningRate: 0.01, epochs: 8, optimizer: 'momentum' }
    })
    const outcome = await branch.finished
    expect(outcome.epochs).toBe(8)
    const parentEpochs = lab().db.metrics.epochs(parent.runId)
    const branchEpochs = lab().db.metrics.epochs(branch.runId)
    expect(branchEpochs.map((m) => m.epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(branchEpochs.slice(0, 3)).toEqual(parentEpochs.slice(0, 3))
    expect(branchEpochs[3].trainLoss).not.toBe(parentEpochs[3].trainLoss)
    const record = lab().db.runs.get(branch.runId)!
    expect(record.config).toMatchObject({ learningRate: 0.01, optimizer: 'momentum', epochs: 8 })
    expect(record.config.seed).toBe(4)
    // a new optimizer starts afresh: after one epoch (4 batches of 32 of 120 rows) it has taken
    // 4 steps, where the parent's SGD had taken 12 by epoch 3
    expect(lab().db.checkpoints.at(parent.runId, 3)!.optimizerStep).toBe(12)
    expect(lab().db.checkpoints.at(branch.runId, 4)!.optimizerStep).toBe(4)
  })

  it('refuses an epoch without a checkpoint, and epochs that leave nothing to train, saying why', async () => {
    const parent = lab().training.start({
      datasetId: datasetId(),
      config: irisConfig({ epochs: 40, seed: 5, checkpointBudgetMb: 0.0005 }),
      initialModel: null
    })
    await parent.finished
    const stored = lab().db.checkpoints.epochs(parent.runId)
    const missing = [...Array(40).keys()].find((epoch) => !stored.includes(epoch))!
    expect(() =>
      lab().training.branch({ runId: parent.runId, epoch: missing, changes: {} })
    ).toThrow(
      new RegExp(`no checkpoint at epoch ${missing} \\(the nearest stored: \\d+ and \\d+\\)`)
    )
    expect(() =>
      lab().training.branch({ runId: parent.runId, epoch: 38, changes: { epochs: 38 } })
    ).toThrow(UserError)
    expect(() =>
      lab().training.branch({ runId: parent.runId, epoch: 38, changes: { epochs: 38 } })
    ).toThrow(/38 leave nothing to train after epoch 38/)
    expect(() => lab().training.branch({ runId: 'r999', changes: {} })).toThrow(
      /no run with id r999/
    )
  })

  it('a branch of a branch reads its early epochs from the line it came from', async () => {
    const parent = lab().training.start({
      datasetId: datasetId(),
      config: irisConfig({ epochs: 6, seed: 6 }),
      initialModel: null
    })
    await parent.finished
    const child = lab().training.branch({ runId: parent.runId, epoch: 4, changes: { epochs: 8 } })
    await child.finished
    const grandchild = lab().training.branch({ runId: child.runId, epoch: 2, changes: {} })
    expect((await grandchild.finished).epochs).toBe(8)
    const record = lab().db.runs.get(grandchild.runId)!
    expect(record.parent).toEqual({ runId: child.runId, epoch: 2 })
    expect(figures(lab().db.metrics.epochs(grandchild.runId)).slice(0, 4)).toEqual(
      figures(lab().db.metrics.epochs(parent.runId)).slice(0, 4)
    )
  })
})
