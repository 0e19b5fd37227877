import { beforeEach, describe, expect, it, vi } from 'vitest'
import { ENDED, epoch, update } from './fixtures'
import { designedStores, trainingLab } from './training-store-support'
import type { FakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('training store: the live series', () => {
  let api: FakeLab

  beforeEach(() => {
    api = trainingLab()
  })

  it('appends updates to the series and ticks the revision', async () => {
    const { training } = designedStores()
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
    const { training } = designedStores()
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
    const { training } = designedStores()
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

  it('ignores updates of other runs', async () => {
    const { training } = designedStores()
    await training.start()
    api.emit('training:update', update({ runId: 'other', epochs: [epoch(1)] }))
    expect(training.epochs).toEqual([])
  })

  it('asks for the boundary once per new epoch, never twice at a time', async () => {
    const { training } = designedStores()
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
