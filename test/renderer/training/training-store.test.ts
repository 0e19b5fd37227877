import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StartTrainingRequest } from '@shared/ipc/contract'
import { LabError } from '@renderer/api/lab-error'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useNetworkStore } from '@renderer/stores/network'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { ENDED, epoch, pointsDataset, STARTED, storedRun, update } from './fixtures'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('training store', () => {
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'training:start': () => STARTED,
      'training:pause': () => undefined,
      'training:resume': () => undefined,
      'training:step': () => undefined,
      'training:stop': () => undefined,
      'training:boundary': ({ runId }) => ({
        xMin: 0,
        xMax: 1,
        yMin: 0,
        yMax: 1,
        resolution: 1,
        values: [0.5],
        kind: 'probability',
        epoch: runId === 'r1' ? 2 : 0
      }),
      'runs:get': () => {
        throw new LabError('user', 'not needed here')
      }
    })
    setActivePinia(createPinia())
  })

  /** The stores with the 500-row dataset current and a 16-unit tanh layer designed. */
  const stores = () => {
    const datasets = useDatasetsStore()
    datasets.datasets = [pointsDataset()]
    datasets.select('d1')
    const network = useNetworkStore()
    network.load({ hidden: [{ units: 16, activation: 'tanh' }], output: 'auto', loss: 'auto' })
    return { datasets, network, training: useTrainingStore() }
  }

  it('starts with the settings merged with the network design, leaving auto epochs to main', async () => {
    const { training } = stores()
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
    expect(training.phase).toBe('running')
    expect(training.runId).toBe('r1')
  })

  it('shows the epochs auto will use: 150,000 samples over the training rows, within 10 to 100', () => {
    const { training, datasets } = stores()
    // 80 % of 500 rows = 400 training rows: 150,000 / 400 = 375, capped at 100.
    expect(training.plannedEpochs).toBe(100)
    datasets.datasets = [pointsDataset({ rows: 60_000 })]
    // 48,000 training rows: 3.1 → at least 10.
    expect(training.plannedEpochs).toBe(10)
    datasets.datasets = [pointsDataset({ rows: 5_000 })]
    training.settings.split = [1]
    // 5,000 rows: 30 epochs.
    expect(training.plannedEpochs).toBe(30)
    training.settings.epochs = 7
    expect(training.plannedEpochs).toBe(7)
  })

  it('refuses to start, saying why, while the network cannot train on the data', async () => {
    const { training, network } = stores()
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

  it('appends updates to the series and ticks the revision', async () => {
    const { training } = stores()
    await training.start()
    const before = training.revision
    api.emit(
      'training:update',
      update({ epoch: 2, batch: 4, step: 17, loss: 0.7, epochs: [epoch(1)] })
    )
    api.emit(
      'training:update',
      update({ epoch: 3, batch: 13, step: 39, loss: 0.4, epochs: [epoch(2), epoch(3)] })
    )
    expect(training.epochs.map((e) => e.epoch)).toEqual([1, 2, 3])
    expect(training.batchLosses).toEqual([
      { step: 17, loss: 0.7 },
      { step: 39, loss: 0.4 }
    ])
    expect(training.revision).toBe(before + 2)
    // 400 samples per epoch at 1000, 2000 and 3000 samples/s: 1200 samples in 0.4 + 0.2 + 0.133 s.
    expect(training.samplesPerSecond).toBeCloseTo(1200 / (0.4 + 0.2 + 400 / 3000), 9)
    expect(training.progress).toBeCloseTo(39 / 650, 12)
  })

  it('draws finished epochs’ stored batch costs, with the latest cost after them', async () => {
    const { training } = stores()
    await training.start()
    api.emit('training:update', update({ epoch: 1, batch: 4, step: 4, loss: 0.8 }))
    const stored = Array.from({ length: 13 }, (_, index) => ({
      step: index + 1,
      loss: 1 - index / 20
    }))
    api.emit(
      'training:update',
      update({ epoch: 2, batch: 2, step: 15, loss: 0.3, epochs: [epoch(1)], batchLosses: stored })
    )
    expect(training.batchLosses).toEqual([...stored, { step: 15, loss: 0.3 }])
  })

  it('after Stop, fits the epoch axis to the epochs run; while running, it grows with them', async () => {
    const { training } = stores()
    await training.start()
    // Planned 50 epochs; 3 done: the axis ends at 5 (a quarter ahead, in 1-2-5 steps).
    api.emit(
      'training:update',
      update({ epoch: 3, batch: 13, step: 39, epochs: [1, 2, 3].map(epoch) })
    )
    expect(training.axisEnd).toBe(5)
    api.emit(
      'training:update',
      update({ epoch: 9, batch: 13, step: 117, epochs: [4, 5, 6, 7, 8, 9].map(epoch) })
    )
    expect(training.axisEnd).toBe(20)
    api.emit('training:ended', { ...ENDED, status: 'stopped', epochs: 9 })
    expect(training.axisEnd).toBeUndefined()
  })

  it('describes the run it watches, not the design changed since', async () => {
    const { training, network } = stores()
    await training.start()
    network.setUnits(0, 32)
    expect(training.subject).toMatchObject({ dataset: 'moons', architecture: '2–16–1' })
    expect(training.designSubject).toMatchObject({ dataset: 'moons', architecture: '2–32–1' })
  })

  it('watches a continued run: its own subject and curves, and the ETA at this session’s pace', async () => {
    const { training } = stores()
    vi.useFakeTimers({ now: 0 })
    try {
      // Stopped after 40 of 50 epochs, continued: 13 batches an epoch.
      training.attach(STARTED, storedRun(40))
      expect(training.subject).toMatchObject({ dataset: 'digits', architecture: '64–16–10' })
      expect(training.epochs).toHaveLength(40)
      vi.setSystemTime(20_000)
      // 20 s for 5 epochs (41 to 45): 5 epochs left take 20 s more.
      api.emit(
        'training:update',
        update({ epoch: 45, batch: 13, step: 585, epochs: [41, 42, 43, 44, 45].map(epoch) })
      )
      expect(training.progress).toBeCloseTo(0.9, 12)
      expect(training.etaSeconds).toBeCloseTo(20, 9)
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows a stored run with its result, and an unfinished one without', () => {
    const { training } = stores()
    training.showStoredRun(storedRun(3, 'stopped'))
    expect(training.phase).toBe('ended')
    expect(training.ended).toMatchObject({ runId: 'r7', status: 'stopped', epochs: 3 })
    expect(training.ended?.summary?.samplesPerSecond).toBe(1437)
    training.showStoredRun(storedRun(3, 'running'))
    expect(training.ended).toBeNull()
    expect(training.epochs).toHaveLength(3)
  })

  it('restores the run remembered from the last session: curves and result', async () => {
    api = fakeLab({ 'runs:get': () => storedRun(3, 'completed') })
    setActivePinia(createPinia())
    const { training } = stores()
    await training.restore('r7')
    expect(api.requests('runs:get')).toEqual([{ runId: 'r7' }])
    expect(training.runId).toBe('r7')
    expect(training.epochs.map((e) => e.epoch)).toEqual([1, 2, 3])
    expect(training.batchLosses).toHaveLength(3 * 45)
    expect(training.ended?.status).toBe('completed')
  })

  it('watches a remembered run again when it still trains in the lab (the window reloaded)', async () => {
    api = fakeLab({
      'runs:get': () => storedRun(3, 'running'),
      'training:live': ({ runId }) => ({ ...STARTED, runId, plannedEpochs: 50, paused: true }),
      'training:stop': () => undefined
    })
    setActivePinia(createPinia())
    const { training } = stores()
    await training.restore('r7')
    expect(api.requests('training:live')).toEqual([{ runId: 'r7' }])
    expect(training.phase).toBe('paused')
    expect(training.ended).toBeNull()
    expect(training.controls.stop).toBe(true)
    expect(training.controls.resume).toBe(true)
    expect(training.controls.start).toBe(false)
    // The first update repeats stored epoch 3; only epoch 4 is new.
    api.emit('training:update', update({ runId: 'r7', epochs: [epoch(3), epoch(4)], paused: false }))
    expect(training.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4])
    expect(training.phase).toBe('running')
    await training.stop()
    expect(api.requests('training:stop')).toEqual([{ runId: 'r7' }])
  })

  it('shows a remembered run marked running but no longer training here as stored', async () => {
    api = fakeLab({ 'runs:get': () => storedRun(3, 'running'), 'training:live': () => null })
    setActivePinia(createPinia())
    const { training } = stores()
    await training.restore('r7')
    expect(training.phase).toBe('ended')
    expect(training.controls.stop).toBe(false)
    expect(training.epochs).toHaveLength(3)
  })

  it('forgets a remembered run that no longer exists, and never replaces a run started meanwhile', async () => {
    const { training } = stores()
    await training.restore('gone')
    expect(training.runId).toBeNull()
    let reply!: (view: ReturnType<typeof storedRun>) => void
    api = fakeLab({
      'runs:get': () => new Promise((resolve) => (reply = resolve)),
      'training:start': () => STARTED
    })
    setActivePinia(createPinia())
    const fresh = stores().training
    const restoring = fresh.restore('r7')
    await fresh.start()
    reply(storedRun())
    await restoring
    expect(fresh.runId).toBe('r1')
    expect(fresh.phase).toBe('running')
  })

  it('ignores updates of other runs', async () => {
    const { training } = stores()
    await training.start()
    api.emit('training:update', update({ runId: 'other', epochs: [epoch(1)] }))
    expect(training.epochs).toEqual([])
  })

  it('keeps updates that arrive before the start reply', async () => {
    let reply!: (info: typeof STARTED) => void
    api = fakeLab({ 'training:start': () => new Promise((resolve) => (reply = resolve)) })
    setActivePinia(createPinia())
    const { training } = stores()
    const starting = training.start()
    await settle()
    expect(training.phase).toBe('starting')
    api.emit('training:update', update({ epochs: [epoch(1)] }))
    reply(STARTED)
    await starting
    expect(training.epochs.map((e) => e.epoch)).toEqual([1])
  })

  it('steps: from idle it starts paused and trains one batch; paused, it trains one more', async () => {
    const { training } = stores()
    await training.step()
    expect((api.requests('training:start') as StartTrainingRequest[])[0].startPaused).toBe(true)
    expect(api.requests('training:step')).toEqual([{ runId: 'r1' }])
    expect(training.phase).toBe('paused')
    await training.step()
    expect(api.requests('training:step')).toHaveLength(2)
    expect(api.requests('training:start')).toHaveLength(1)
  })

  it('pauses and resumes the run, and ends when main says so', async () => {
    const { training } = stores()
    await training.start()
    await training.pause()
    expect(training.phase).toBe('paused')
    expect(training.controls).toMatchObject({ pause: false, resume: true, step: true, stop: true })
    await training.resume()
    expect(training.phase).toBe('running')
    await training.stop()
    expect(api.requests('training:stop')).toEqual([{ runId: 'r1' }])
    api.emit('training:ended', { ...ENDED, status: 'stopped' })
    expect(training.phase).toBe('ended')
    expect(training.ended?.status).toBe('stopped')
    expect(training.controls).toMatchObject({ start: true, stop: false })
  })

  it('asks for the boundary once per new epoch, never twice at a time', async () => {
    const { training } = stores()
    await training.start()
    await training.refreshBoundary()
    // The reply says epoch 2; with no epoch reported yet the next call asks again.
    expect(api.requests('training:boundary')).toHaveLength(1)
    api.emit('training:update', update({ epochs: [epoch(1), epoch(2)] }))
    await training.refreshBoundary()
    expect(api.requests('training:boundary')).toHaveLength(1)
    api.emit('training:update', update({ epochs: [epoch(3)] }))
    await Promise.all([training.refreshBoundary(), training.refreshBoundary()])
    expect(api.requests('training:boundary')).toEqual([
      { runId: 'r1', resolution: 60 },
      { runId: 'r1', resolution: 60 }
    ])
    expect(training.boundary?.epoch).toBe(2)
  })
})
