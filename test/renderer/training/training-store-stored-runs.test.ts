import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { LiveRunState } from '@shared/model/live-run'
import { useLiveRunsStore } from '@renderer/stores/live-runs'
import { change, epoch, liveState, positionAt, STARTED, storedRun } from './fixtures'
import { designedStores, labWith, trainingLab } from './training-store-support'
import type { FakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('training store: continued, stored and remembered runs', () => {
  let api: FakeLab

  beforeEach(() => {
    api = trainingLab()
  })

  it('watches a continued run: its own subject and curves, and the ETA from its whole training time', async () => {
    api = labWith({ 'runs:get': () => storedRun(40) })
    vi.useFakeTimers({ now: 0 })
    try {
      const { training } = designedStores()
      // Stopped after 40 of 50 epochs (80 s of training), continued: 13 batches an epoch.
      const page = (await useLiveRunsStore().load('r7')).page
      training.follow(liveState({ runId: 'r7', status: 'starting', activeSeconds: 80 }), page)
      expect(training.subject).toMatchObject({ dataset: 'digits', architecture: '64–16–10' })
      expect(training.epochs).toHaveLength(40)
      vi.setSystemTime(20_000)
      // 100 s for 45 epochs: 5 epochs left take 100 · 0.1 / 0.9 s more.
      api.emit(
        'training:change',
        change({
          runId: 'r7',
          activeSeconds: 100,
          position: positionAt(585),
          epochs: [41, 42, 43, 44, 45].map(epoch)
        })
      )
      expect(training.progress).toBeCloseTo(0.9, 12)
      expect(training.etaSeconds).toBeCloseTo((100 * 0.1) / 0.9, 9)
    } finally {
      vi.useRealTimers()
    }
  })

  it('shows a stored run with its result, and an unfinished one without', async () => {
    let status: 'stopped' | 'running' = 'stopped'
    api = labWith({ 'runs:get': () => storedRun(3, status), 'training:live': () => null })
    const { training } = designedStores()
    await training.show('r7')
    expect(training.phase).toBe('ended')
    expect(training.ended).toMatchObject({ runId: 'r7', status: 'stopped', epochs: 3 })
    expect(training.ended?.summary?.samplesPerSecond).toBe(1437)
    status = 'running'
    useLiveRunsStore().forget('r7')
    await training.show('r7')
    expect(training.ended).toBeNull()
    expect(training.epochs).toHaveLength(3)
  })

  it('restores the run remembered from the last session: curves and result', async () => {
    api = labWith({ 'runs:get': () => storedRun(3, 'completed') })
    const { training } = designedStores()
    await training.show('r7')
    expect(api.requests('runs:get')).toEqual([{ runId: 'r7' }])
    expect(training.runId).toBe('r7')
    expect(training.epochs.map((e) => e.epoch)).toEqual([1, 2, 3])
    expect(training.batchLosses).toHaveLength(3 * 45)
    expect(training.ended?.status).toBe('completed')
  })

  it('watches a remembered run again when it still trains in the lab (the window reloaded)', async () => {
    api = labWith({
      'runs:get': () => storedRun(3, 'running'),
      'training:live': ({ runId }) => liveState({ runId, status: 'paused', activeSeconds: 7 }),
      'training:stop': ({ runId }) => liveState({ runId, status: 'paused' })
    })
    const { training } = designedStores()
    await training.show('r7')
    expect(api.requests('training:live')).toEqual([{ runId: 'r7' }])
    expect(training.phase).toBe('paused')
    expect(training.elapsedSeconds).toBe(7)
    expect(training.ended).toBeNull()
    expect(training.controls.stop).toBe(true)
    expect(training.controls.resume).toBe(true)
    expect(training.controls.start).toBe(false)
    // The first change repeats stored epoch 3; only epoch 4 is new.
    api.emit('training:change', change({ runId: 'r7', epochs: [epoch(3), epoch(4)] }))
    expect(training.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4])
    expect(training.phase).toBe('running')
    await training.stop()
    expect(api.requests('training:stop')).toEqual([{ runId: 'r7' }])
  })

  it('takes in the changes heard while a live run is read, after its stored curves, once', async () => {
    let answerLive!: (state: LiveRunState) => void
    api = labWith({
      'runs:get': () => storedRun(3, 'running'),
      'training:live': () => new Promise((resolve) => (answerLive = resolve))
    })
    const { training } = designedStores()
    const sentFirst = liveState({ runId: 'r7', plannedEpochs: 5 })
    const restoring = training.show('r7')
    await vi.waitFor(() => expect(api.requests('training:live')).toHaveLength(1))
    // Epochs 4 and 5 finish, and the run ends, before the lab's answer arrives.
    api.emit('training:change', change({ runId: 'r7', epochs: [epoch(3), epoch(4)] }))
    api.emit('training:change', change({ runId: 'r7', epochs: [epoch(5)] }))
    api.emit(
      'training:change',
      change({
        runId: 'r7',
        status: 'completed',
        end: { error: null, epochs: 5, summary: null }
      })
    )
    // The answer was taken before the end: it is older than what is held.
    answerLive(sentFirst)
    await restoring
    expect(training.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4, 5])
    expect(training.phase).toBe('ended')
    expect(training.ended?.status).toBe('completed')
    expect(training.subject?.dataset).toBe('digits')
  })

  it('shows a remembered run marked running but no longer training here as stored', async () => {
    api = labWith({ 'runs:get': () => storedRun(3, 'running'), 'training:live': () => null })
    const { training } = designedStores()
    await training.show('r7')
    expect(training.phase).toBe('ended')
    expect(training.controls.stop).toBe(false)
    expect(training.epochs).toHaveLength(3)
  })

  it('forgets a remembered run that no longer exists, and never replaces a run started meanwhile', async () => {
    const { training } = designedStores()
    await training.show('gone')
    expect(training.runId).toBeNull()
    let reply!: (view: ReturnType<typeof storedRun>) => void
    api = labWith({
      'runs:get': () => new Promise((resolve) => (reply = resolve)),
      'training:start': () => STARTED
    })
    const fresh = designedStores().training
    const restoring = fresh.show('r7')
    await fresh.start()
    reply(storedRun())
    await restoring
    expect(fresh.runId).toBe('r1')
    expect(fresh.phase).toBe('starting')
  })
})
