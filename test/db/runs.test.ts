import { afterEach, describe, expect, it } from 'vitest'
import { openLabStore, type LabStore } from '../../src/main/db/lab-store'
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
  const open: LabStore[] = []
  afterEach(() => open.splice(0).forEach((store) => store.close()))

  function openStore(file = newDatabaseFile().file): LabStore {
    const store = openLabStore(file)
    open.push(store)
    return store
  }

  /** A run with 3 epochs of metrics, batch losses and checkpoints, each epoch in one transaction. */
  function trainedRun(store: LabStore) {
    const run = insertRun(store, store.datasets.insert(datasetRow('data')))
    for (let epoch = 1; epoch <= 3; epoch++) {
      store.transaction(() => {
        store.metrics.addEpoch(run.runId, metrics(epoch), epoch * 10)
        store.metrics.addBatchLosses(run.runId, [{ step: epoch, loss: 1 / epoch }])
        store.checkpoints.save(run.runId, {
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
    const store = openStore()
    const run = trainedRun(store)
    expect(store.metrics.epochs(run.runId)).toEqual([1, 2, 3].map(metrics))
    expect(store.runs.get(run.runId)).toMatchObject({
      status: 'running',
      epochs: 3,
      trainLoss: metrics(3).trainLoss,
      valLoss: metrics(3).valLoss,
      valAccuracy: metrics(3).valAccuracy
    })
  })

  it('deleting a run removes its metrics, batch losses and checkpoints', () => {
    const store = openStore()
    const run = trainedRun(store)
    const tables = ['metrics', 'batch_losses', 'checkpoints']
    expect(tables.map((table) => countRows(store, table, run.runId))).toEqual([3, 3, 3])
    store.runs.delete(run.runId)
    expect(store.runs.get(run.runId)).toBeUndefined()
    expect(tables.map((table) => countRows(store, table, run.runId))).toEqual([0, 0, 0])
  })

  it('deleting a dataset keeps its runs, without a dataset', () => {
    const store = openStore()
    const run = trainedRun(store)
    store.datasets.delete(run.datasetId!)
    expect(store.runs.get(run.runId)).toMatchObject({ datasetId: null, epochs: 3 })
  })

  it('marking a run interrupted touches only running runs', () => {
    const store = openStore()
    const run = trainedRun(store)
    store.runs.markInterrupted(run.runId, 'the process died')
    expect(store.runs.get(run.runId)).toMatchObject({
      status: 'interrupted',
      error: 'the process died',
      pid: null
    })
    store.runs.finish(run.runId, { status: 'completed', model: null, summary: null, error: null })
    store.runs.markInterrupted(run.runId, 'too late')
    expect(store.runs.get(run.runId)).toMatchObject({ status: 'completed', error: null })
  })

  it('two connections to one file inserting alternately never hand out the same id', () => {
    const { file } = newDatabaseFile()
    const [first, second] = [openStore(file), openStore(file)]
    const datasetIds: string[] = []
    const runIds: string[] = []
    for (let round = 0; round < 10; round++) {
      for (const store of [first, second]) {
        const dataset = store.datasets.insert(datasetRow(`data ${round} ${datasetIds.length}`))
        datasetIds.push(dataset.datasetId)
        runIds.push(insertRun(store, dataset).runId)
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
