import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openLab, type Lab } from '../../../src/main/lab'
import type { ActiveRun, RunOutcome } from '../../../src/main/services/training/active-run'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import type { ModelFile } from '../../../src/shared/model/model-file'
import type { RunConfig } from '../../../src/shared/model/run'
import { UserError } from '../../../src/shared/errors'
import { textOf } from '../../../src/shared/messages'

const IRIS_CSV = '/work/shared/datasets/iris/iris.csv'

/** Stops a run as soon as its first epochs arrive; resolves with how it ended and the first epoch seen. */
async function stopAtFirstEpoch(
  run: ActiveRun
): Promise<{ outcome: RunOutcome; firstEpoch: number }> {
  let firstEpoch = 0
  run.subscribe({
    epoch: (_runId, metrics) => {
      if (firstEpoch > 0) return
      firstEpoch = metrics.epoch
      run.stop()
    }
  })
  return { outcome: await run.finished, firstEpoch }
}

/** A 4-3 softmax model with weights and its own standardization, as a user's model file. */
const initialModel: ModelFile = {
  format: 'backprop-lab/model',
  formatVersion: 1,
  inputSize: 4,
  layers: [
    {
      units: 3,
      activation: 'softmax',
      weights: [
        [0.1, 0.2, -0.3, 0.1],
        [0, -0.1, 0.2, 0.3],
        [-0.2, 0.1, 0.1, -0.1]
      ],
      biases: [0, 0, 0]
    }
  ],
  loss: 'cross-entropy',
  preprocessing: { kind: 'standardize', mean: [5, 3, 4, 1], std: [1, 0.5, 2, 1] }
}

/** The training service in process: worker thread, per-epoch storage, stop and resume. */
describe('training service', () => {
  let home: string
  let lab: Lab
  let datasetId: string
  const config = (given: Partial<RunConfig>) => completeRunConfig({ hidden: [8], ...given }, 120)

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-service-'))
    lab = openLab({ home })
    datasetId = (await lab.imports.importPath(IRIS_CSV)).dataset.datasetId
  })
  afterAll(() => {
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  it("answers a live view waiting from the start with the first epoch's weights", async () => {
    const run = lab.training.start({
      datasetId,
      config: config({ epochs: 100_000 }),
      initialModel: null
    })
    expect(lab.training.trainingPrecision(run.runId)).toBe('f32')
    expect(lab.training.latest(run.runId)).toBeUndefined()
    await lab.training.reported(run.runId)
    // The engine sends its first epoch alone and at once: what a live drawing shows first.
    expect(lab.training.latest(run.runId)!.epoch).toBe(1)
    run.stop()
    await run.finished
    await lab.training.reported(run.runId)
    expect(lab.training.trainingPrecision(run.runId)).toBeUndefined()
  })

  it('stores each epoch with its checkpoint, and resume continues after the last one', async () => {
    const run = lab.training.start({
      datasetId,
      config: config({ epochs: 100_000 }),
      initialModel: null
    })
    const first = await stopAtFirstEpoch(run)
    expect(first.outcome.status).toBe('stopped')
    const stoppedAt = first.outcome.epochs
    expect(stoppedAt).toBeGreaterThanOrEqual(1)
    expect(lab.db.checkpoints.latest(run.runId)!.epoch).toBe(stoppedAt)
    expect(lab.db.metrics.epochs(run.runId).map((m) => m.epoch)).toEqual(
      Array.from({ length: stoppedAt }, (_, i) => i + 1)
    )
    expect(lab.db.runs.get(run.runId)).toMatchObject({ status: 'stopped', epochs: stoppedAt })
    const second = await stopAtFirstEpoch(lab.training.resume(run.runId))
    expect(second.firstEpoch).toBe(stoppedAt + 1)
    expect(second.outcome.status).toBe('stopped')
  })

  it('a run stopped part-way through an epoch ends with its last completed epoch: model, checkpoint, evaluation and figures agree', async () => {
    // Batches of one: 120 batches an epoch, so the stop lands inside an epoch.
    const run = lab.training.start({
      datasetId,
      config: config({ epochs: 100_000, batchSize: 1 }),
      initialModel: null
    })
    const { outcome } = await stopAtFirstEpoch(run)
    const stored = lab.db.runs.get(run.runId)!
    const checkpoint = lab.db.checkpoints.latest(run.runId)!
    expect(checkpoint.epoch).toBe(outcome.epochs)
    const modelValues = outcome.model!.layers.flatMap((layer) => [
      ...layer.weights!.flat(),
      ...layer.biases!
    ])
    const checkpointValues = checkpoint.parameters.flatMap((values) => [...values])
    expect(modelValues).toEqual(checkpointValues)
    const last = lab.db.metrics.epochs(run.runId).at(-1)!
    expect(outcome.summary!.validation).toMatchObject({
      loss: last.valLoss,
      accuracy: last.valAccuracy
    })
    expect(stored).toMatchObject({ valLoss: last.valLoss, valAccuracy: last.valAccuracy })
  })

  it('an --init-model run keeps the model’s preprocessing, also when resumed', async () => {
    const run = lab.training.start({
      datasetId,
      config: config({ epochs: 100_000, split: [1] }),
      initialModel
    })
    const first = await stopAtFirstEpoch(run)
    expect(first.outcome.model!.preprocessing).toEqual(initialModel.preprocessing)
    const second = await stopAtFirstEpoch(lab.training.resume(run.runId))
    expect(second.outcome.model!.preprocessing).toEqual(initialModel.preprocessing)
  })

  it('refuses to resume a completed run, saying why', async () => {
    const run = lab.training.start({ datasetId, config: config({ epochs: 2 }), initialModel: null })
    expect((await run.finished).status).toBe('completed')
    expect(() => lab.training.resume(run.runId)).toThrow(UserError)
    expect(() => lab.training.resume(run.runId)).toThrow(/already completed/)
  })

  it('a worker that cannot read the data ends the run as failed with the reason', async () => {
    const { dataset } = await lab.imports.importPath(IRIS_CSV, {
      name: 'doomed',
      labelColumn: 'label'
    })
    rmSync(lab.datasets.files(dataset.datasetId).features)
    const run = lab.training.start({
      datasetId: dataset.datasetId,
      config: config({ epochs: 2 }),
      initialModel: null
    })
    const outcome = await run.finished
    expect(outcome.status).toBe('failed')
    expect(outcome.error?.code).toBe('run.engineCrashed')
    expect(textOf(outcome.error!)).toContain('features.f64')
    expect(lab.db.runs.get(run.runId)).toMatchObject({ status: 'failed', error: outcome.error })
  })
})
