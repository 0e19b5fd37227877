import { afterEach, describe, expect, it } from 'vitest'
import { openLabDatabase, type LabDatabase } from '../../src/main/db/lab-database'
import { message } from '../../src/shared/messages'
import { countRows, datasetRow, insertRun, newDatabaseFile } from './support/fixtures'

const metrics = (epoch: number) => ({
  epoch,
  trainLoss: 1 / epoch,
  trainAccuracy: 0.5 + epoch / 100,
  valLoss: 2 / epoch,
  valAccuracy: 0.4 + epoch / 100,
  samplesPerSecond: 1000 * epoch
})

describe('runs, metrics and ids', () => {
  const open: LabDatabase[] = []
  afterEach(() => open.splice(0).forEach((db) => db.close()))

  function openStore(file = newDatabaseFile().file): LabDatabase {
    const db = openLabDatabase(file)
    open.push(db)
    return db
  }

  /** A run with 3 epochs of metrics, batch losses and checkpoints, each epoch in one transaction. */
  function trainedRun(db: LabDatabase) {
    const run = insertRun(db, db.datasets.insert(datasetRow('data')))
    for (let epoch = 1; epoch <= 3; epoch++) {
      db.transaction(() => {
        db.metrics.addEpoch(run.runId, metrics(epoch), epoch * 10)
        db.metrics.addBatchLosses(run.runId, [{ step: epoch, loss: 1 / epoch }])
        db.checkpoints.save(run.runId, {
          epoch,
          precision: 'f32',
          parameters: [Float32Array.of(epoch)],
          optimizerStep: epoch,
          optimizerSlots: [[]],
          rng: null
        })
      })
    }
    return run
  }

  it('stores every epoch and shows the latest one in the run summary', () => {
    const db = openStore()
    const run = trainedRun(db)
    expect(db.metrics.epochs(run.runId)).toEqual([1, 2, 3].map(metrics))
    expect(db.runs.get(run.runId)).toMatchObject({
      status: 'running',
      epochs: 3,
      trainLoss: metrics(3).trainLoss,
      valLoss: metrics(3).valLoss,
      valAccuracy: metrics(3).valAccuracy
    })
  })

  it('deleting a run removes its metrics, batch losses and checkpoints', () => {
    const db = openStore()
    const run = trainedRun(db)
    const tables = ['metrics', 'batch_losses', 'checkpoints']
    expect(tables.map((table) => countRows(db, table, run.runId))).toEqual([3, 3, 3])
    db.runs.delete(run.runId)
    expect(db.runs.get(run.runId)).toBeUndefined()
    expect(tables.map((table) => countRows(db, table, run.runId))).toEqual([0, 0, 0])
  })

  it('deleting a dataset keeps its runs, without a dataset', () => {
    const db = openStore()
    const run = trainedRun(db)
    db.datasets.delete(run.datasetId!)
    expect(db.runs.get(run.runId)).toMatchObject({ datasetId: null, epochs: 3 })
  })

  it('marking a run interrupted touches only running runs', () => {
    const db = openStore()
    const run = trainedRun(db)
    const died = message('run.interrupted', { pid: '4242', runId: run.runId })
    db.runs.markInterrupted(run.runId, died)
    expect(db.runs.get(run.runId)).toMatchObject({
      status: 'interrupted',
      error: died,
      pid: null
    })
    db.runs.finish(run.runId, {
      status: 'completed',
      model: null,
      summary: null,
      error: null,
      activeSeconds: 0
    })
    db.runs.markInterrupted(run.runId, message('run.interrupted', { pid: '1', runId: run.runId }))
    expect(db.runs.get(run.runId)).toMatchObject({ status: 'completed', error: null })
  })

  it('two connections to one file inserting alternately never hand out the same id', () => {
    const { file } = newDatabaseFile()
    const [first, second] = [openStore(file), openStore(file)]
    const datasetIds: string[] = []
    const runIds: string[] = []
    for (let round = 0; round < 10; round++) {
      for (const db of [first, second]) {
        const dataset = db.datasets.insert(datasetRow(`data ${round} ${datasetIds.length}`))
        datasetIds.push(dataset.datasetId)
        runIds.push(insertRun(db, dataset).runId)
      }
    }
    expect(new Set(datasetIds).size).toBe(20)
    expect(new Set(runIds).size).toBe(20)
    // each connection sees all the other's rows
    expect(
      first.datasets
        .list()
        .map((dataset) => dataset.datasetId)
        .sort()
    ).toEqual([...datasetIds].sort())
    expect(second.runs.list()).toHaveLength(20)
  })
})
