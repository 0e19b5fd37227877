import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Rng } from '../../../src/main/engine'
import { openLab, type Lab } from '../../../src/main/lab'
import { EPOCH_STORE_MS } from '../../../src/main/services/training/run-launch'
import type { EngineEvent, ResumeState } from '../../../src/main/worker/protocol'
import { IRIS_CSV, irisConfig } from './support/iris-lab'
import { standInEngine } from './support/stand-in-engine'

/** Iris 4-8-3 with SGD: W(1), b(1), W(2), b(2), every value `epoch` / 1000. */
function stateAt(epoch: number): ResumeState {
  const parameters = [32, 8, 24, 3].map((length) => new Float32Array(length).fill(epoch / 1000))
  return {
    completedEpochs: epoch,
    parameters,
    optimizerStep: epoch * 12,
    optimizerSlots: [],
    rng: new Rng(1).getState()
  }
}

function epochsEvent(epoch: number): EngineEvent {
  const metrics = {
    epoch,
    trainLoss: 1 / epoch,
    trainAccuracy: 0.5,
    valLoss: 1 / epoch,
    valAccuracy: 0.5,
    samplesPerSecond: 1e6
  }
  return {
    type: 'epochs',
    epochs: [{ metrics, elapsedMs: epoch, internals: [], checkpoint: stateAt(epoch) }]
  }
}

const progressAt = (epoch: number): EngineEvent => ({
  type: 'progress',
  epoch,
  batch: 12,
  batchesPerEpoch: 12,
  step: epoch * 12,
  loss: 0.5,
  costs: [{ step: epoch * 12, loss: 0.5 }]
})

describe('storing a fast run’s epochs (issue 18: training keeps its rate while drawn)', () => {
  let home = ''
  let lab: Lab
  let engine: ReturnType<typeof standInEngine>
  let transactions = 0

  /** Starts a run on the stand-in engine, its transactions counted from its first report on. */
  async function startRun() {
    const datasetId = (await lab.imports.importPath(IRIS_CSV)).dataset.datasetId
    const config = irisConfig({ epochs: 1000, optimizer: 'sgd' })
    const run = lab.training.start({ datasetId, config, initialModel: null })
    const job = await engine.job
    engine.say({
      type: 'started',
      preprocessing: null,
      trainRows: 120,
      validationRows: 0,
      testRows: 30,
      batchesPerEpoch: 12,
      kernels: 'stand-in',
      batchesInChunks: false,
      initial: stateAt(0)
    })
    const transaction = lab.db.transaction
    transactions = 0
    lab.db.transaction = (work) => {
      transactions++
      return transaction(work)
    }
    return { run, job }
  }

  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'backprop-lab-epoch-storage-'))
    engine = standInEngine()
    lab = openLab({ home, spawnEngine: engine.spawn })
  })
  afterEach(() => {
    vi.restoreAllMocks()
    lab.close()
    rmSync(home, { recursive: true, force: true })
  })

  it('stores 100 quickly reported epochs in one transaction, every one readable', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(1000)
    const { run } = await startRun()
    /** Each epoch heard of, and the last stored epoch then. */
    const heard: [number, number | undefined][] = []
    run.subscribe({
      epoch: (_runId, metrics) =>
        heard.push([metrics.epoch, lab.db.metrics.epochs(run.runId).at(-1)?.epoch])
    })
    for (let epoch = 1; epoch <= 100; epoch++) engine.say(epochsEvent(epoch))
    // The live views have the newest weights at once, before they are stored.
    expect(lab.training.latest(run.runId)?.epoch).toBe(100)
    expect(transactions).toBe(0)
    engine.say(progressAt(100))
    expect(transactions).toBe(1)
    const epochs = [...Array(100).keys()].map((index) => index + 1)
    // An epoch is heard of once it is stored, so every view can read it back.
    expect(heard).toEqual(epochs.map((epoch) => [epoch, 100]))
    expect(lab.db.metrics.epochs(run.runId).map((metrics) => metrics.epoch)).toEqual(epochs)
    expect(lab.db.checkpoints.epochs(run.runId)).toEqual([0, ...epochs])
    expect(lab.db.checkpoints.latest(run.runId)?.parameters[0][0]).toBeCloseTo(0.1, 6)
    expect(lab.db.metrics.batchLosses(run.runId)).toEqual([{ step: 1200, loss: 0.5 }])
    engine.say({ type: 'crashed', message: 'the test is over' })
    await run.finished
  })

  it(`stores epochs that waited ${EPOCH_STORE_MS} ms without a progress report`, async () => {
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000)
    const { run } = await startRun()
    engine.say(epochsEvent(1))
    now.mockReturnValue(1000 + EPOCH_STORE_MS - 1)
    engine.say(epochsEvent(2))
    expect(transactions).toBe(0)
    now.mockReturnValue(1000 + EPOCH_STORE_MS)
    engine.say(epochsEvent(3))
    expect(transactions).toBe(1)
    expect(lab.db.metrics.epochs(run.runId).map((metrics) => metrics.epoch)).toEqual([1, 2, 3])
    engine.say(epochsEvent(4))
    engine.say({ type: 'crashed', message: 'the test is over' })
    const outcome = await run.finished
    // Epochs still waiting when the run ends are stored before it is recorded.
    expect(outcome.epochs).toBe(4)
    expect(lab.db.checkpoints.epochs(run.runId)).toEqual([0, 1, 2, 3, 4])
  })
})
