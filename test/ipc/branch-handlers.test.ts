import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../src/main/services/datasets/generators'
import { decisionBoundary } from '../../src/main/services/training/decision-boundary'
import { modelFromParameters } from '../../src/main/services/training/model-from-parameters'
import { caller, valueOf, type Call } from './support/trained-lab'
import { openLab, type Lab } from '../../src/main/lab'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { completeRunConfig } from '../../src/shared/model/run-defaults'

/**
 * The app's time machine calls: the decision boundary at a stored epoch (the scrubber) and
 * "Continue from here" (`training:branch`), through dispatch's validation and the real engine.
 */
describe('training:boundary at an epoch and training:branch', () => {
  let home: string
  let lab: Lab
  let call: Call
  let runId: string

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-branch-ipc-'))
    lab = openLab({ home })
    const { dataset } = await lab.imports.store(
      generateDataset('two-spirals', { name: 'two-spirals' })
    )
    const config = completeRunConfig(
      { hidden: [8, 8], epochs: 12, batchSize: 10, learningRate: 0.03, seed: 5 },
      160
    )
    const run = lab.training.start({ datasetId: dataset.datasetId, config, initialModel: null })
    await run.finished
    runId = run.runId
    call = caller(lab, { mode: 'browser' })
  }, 60_000)
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  it('draws the boundary of the weights stored at the epoch asked for', async () => {
    const at = async (epoch: number) =>
      valueOf(await call('training:boundary', { runId, resolution: 20, epoch }))!
    const early = await at(1)
    const late = await at(12)
    expect(early.epoch).toBe(1)
    expect(late.epoch).toBe(12)
    expect(late.values).not.toEqual(early.values)
    // the final epoch's boundary is the one of the run's model as it stands
    const current = valueOf(await call('training:boundary', { runId, resolution: 20 }))!
    expect(current.values).toEqual(late.values)
    // and epoch 1's is the one drawn from its checkpoint row, read on its own
    const run = lab.db.runs.get(runId)!
    const stored = lab.db.checkpoints.at(runId, 1)!
    const model = modelFromParameters(
      run,
      lab.db.datasets.get(run.datasetId!),
      stored.parameters,
      stored.precision
    )
    const summary = lab.datasets.summary(run.datasetId!)
    expect(early.values).toEqual(decisionBoundary(model, summary, 20, 1)!.values)
  })

  it('refuses an epoch without a checkpoint with a line naming the stored ones', async () => {
    const reply = await call('training:boundary', { runId, resolution: 20, epoch: 99 })
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.message).toMatch(/epoch 99/)
  })

  it('continues from an epoch as a new run recording its parent', async () => {
    const state = valueOf(
      await call('training:branch', { runId, epoch: 6, changes: { learningRate: 0.01 } })
    )
    expect(state.runId).not.toBe(runId)
    expect(state.plannedEpochs).toBe(12)
    const outcome = await lab.training.get(state.runId)!.finished
    expect(outcome.status).toBe('completed')
    const branch = lab.db.runs.get(state.runId)!
    expect(branch.parent).toEqual({ runId, epoch: 6 })
    expect(branch.config.learningRate).toBe(0.01)
    expect(lab.db.metrics.epochs(state.runId).map((row) => row.epoch)).toEqual(
      Array.from({ length: 12 }, (_, index) => index + 1)
    )
  })

  it('refuses settings a branch cannot change, naming the field', async () => {
    const reply = await call('training:branch', {
      runId,
      epoch: 6,
      changes: { hidden: [3] }
    } as never)
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.message).toMatch(/^training:branch: changes/)
  })
})
