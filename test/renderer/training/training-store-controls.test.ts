import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StartTrainingRequest } from '@shared/ipc/requests'
import { useTrainingStore } from '@renderer/stores/training'
import { change, ended, epoch, pointsDataset, positionAt, STARTED } from './fixtures'
import { designedStores, labWith, trainingLab } from './training-store-support'
import { settle } from '../support/settle'
import type { FakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('training store: starting and controlling a run', () => {
  let api: FakeLab

  beforeEach(() => {
    api = trainingLab()
  })

  it('starts with the settings merged with the network design, leaving auto epochs to main', async () => {
    const { training } = designedStores()
    training.settings.learningRate = 0.01
    await training.start()
    const [request] = api.requests('training:start') as StartTrainingRequest[]
    expect(request.datasetId).toBe('d1')
    expect(request.startPaused).toBe(false)
    expect(request.config).toMatchObject({
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: 32,
      split: [0.8, 0.2],
      hidden: [16],
      activation: 'tanh',
      hiddenActivations: ['tanh']
    })
    expect('epochs' in request.config).toBe(false)
    expect(training.runId).toBe('r1')
    // Starting until the engine has read the data and says so.
    expect(training.phase).toBe('starting')
    api.emit('training:change', change())
    expect(training.phase).toBe('running')
  })

  it('shows the epochs auto will use: 150,000 samples over the training rows, within 10 to 100', () => {
    const { training, datasets } = designedStores()
    // 80 % of 500 rows = 400 training rows: 150,000 / 400 = 375, capped at 100.
    expect(training.plannedEpochs).toBe(100)
    datasets.datasets = [pointsDataset({ rows: 60_000, classCounts: [30_000, 30_000] })]
    // 48,000 training rows: 3.1 → at least 10.
    expect(training.plannedEpochs).toBe(10)
    datasets.datasets = [pointsDataset({ rows: 5_000, classCounts: [2_500, 2_500] })]
    training.settings.split = [1]
    // 5,000 rows: 30 epochs.
    expect(training.plannedEpochs).toBe(30)
    training.settings.epochs = 7
    expect(training.plannedEpochs).toBe(7)
  })

  it('refuses to start, saying why, while the network cannot train on the data', async () => {
    const { training, network } = designedStores()
    network.setLoss('cross-entropy')
    network.setOutput('linear')
    expect(training.startBlocker?.key).toBe('networkProblem')
    expect(training.controls.start).toBe(false)
    await expect(training.start()).rejects.toThrow(
      /needs outputs between 0 and 1 \(a sigmoid or softmax output\).*Network screen/i
    )
    expect(api.requests('training:start')).toEqual([])
    expect(training.phase).toBe('idle')
  })

  it('refuses to start without a dataset', async () => {
    const training = useTrainingStore()
    await expect(training.start()).rejects.toThrow('Choose a dataset on the Data screen first.')
    expect(api.requests('training:start')).toEqual([])
  })

  it('describes the run it watches, not the design changed since', async () => {
    const { training, network } = designedStores()
    await training.start()
    network.setUnits(0, 32)
    expect(training.subject).toMatchObject({ dataset: 'moons', architecture: '2–16–1' })
    expect(training.designSubject).toMatchObject({ dataset: 'moons', architecture: '2–32–1' })
  })

  it('keeps changes that arrive before the start reply, and the newer state over the older reply', async () => {
    let reply!: (info: typeof STARTED) => void
    api = labWith({ 'training:start': () => new Promise((resolve) => (reply = resolve)) })
    const { training } = designedStores()
    const starting = training.start()
    await settle()
    expect(training.phase).toBe('starting')
    api.emit('training:change', change({ epochs: [epoch(1)], position: positionAt(13) }))
    reply(STARTED)
    await starting
    expect(training.epochs.map((e) => e.epoch)).toEqual([1])
    expect(training.phase).toBe('running')
    expect(training.position).toMatchObject({ epoch: 1, batch: 13 })
  })

  it('stays paused after Pause whatever older change arrives after the reply (a fast run)', async () => {
    const { training } = designedStores()
    await training.start()
    const sentBefore = change({ position: positionAt(1345) })
    api.emit('training:change', change({ position: positionAt(1340) }))
    await training.pause()
    expect(training.phase).toBe('paused')
    // A change main sent before the pause, heard after its reply: its epochs count, its state not.
    api.emit('training:change', { ...sentBefore, epochs: [epoch(1)] })
    expect(training.phase).toBe('paused')
    expect(training.controls).toMatchObject({ pause: false, resume: true, step: true })
    expect(training.epochs.map((e) => e.epoch)).toEqual([1])
    // Where the engine came to rest: batch 1346 done, Step trains batch 1347 (epoch 104, batch 8).
    api.emit('training:change', change({ status: 'paused', position: positionAt(1346) }))
    expect(training.nextBatch).toMatchObject({ epoch: 104, batch: 8 })
  })

  it('steps: from idle it starts paused and trains one batch; paused, it trains one more', async () => {
    const { training } = designedStores()
    await training.step()
    expect((api.requests('training:start') as StartTrainingRequest[])[0].startPaused).toBe(true)
    expect(api.requests('training:step')).toEqual([{ runId: 'r1' }])
    expect(training.phase).toBe('paused')
    await training.step()
    expect(api.requests('training:step')).toHaveLength(2)
    expect(api.requests('training:start')).toHaveLength(1)
  })

  it('pauses and resumes the run, and ends when main says so', async () => {
    const { training } = designedStores()
    await training.start()
    await training.pause()
    expect(training.phase).toBe('paused')
    expect(training.controls).toMatchObject({ pause: false, resume: true, step: true, stop: true })
    await training.resume()
    expect(training.phase).toBe('running')
    await training.stop()
    expect(api.requests('training:stop')).toEqual([{ runId: 'r1' }])
    api.emit('training:change', ended('stopped'))
    expect(training.phase).toBe('ended')
    expect(training.ended?.status).toBe('stopped')
    expect(training.controls).toMatchObject({ start: true, stop: false })
  })
})
