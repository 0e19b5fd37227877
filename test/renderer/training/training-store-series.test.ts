import { beforeEach, describe, expect, it, vi } from 'vitest'
import { change, ended, epoch, positionAt } from './fixtures'
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

  it('appends changes to the series and ticks the revision', async () => {
    const { training } = designedStores()
    await training.start()
    const before = training.revision
    api.emit(
      'training:change',
      change({
        position: positionAt(17, 0.7),
        epochs: [epoch(1)],
        costs: [{ step: 17, loss: 0.7 }]
      })
    )
    api.emit(
      'training:change',
      change({
        position: positionAt(39, 0.4),
        epochs: [epoch(2), epoch(3)],
        costs: [{ step: 39, loss: 0.4 }]
      })
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

  it('takes each batch cost once, in step order, as main kept it', async () => {
    const { training } = designedStores()
    await training.start()
    const costs = Array.from({ length: 15 }, (_, index) => ({
      step: index + 1,
      loss: 1 / (index + 1)
    }))
    api.emit('training:change', change({ costs: costs.slice(0, 10) }))
    // A change that repeats costs already held (heard twice in a merge) adds only the new ones.
    api.emit('training:change', change({ costs: costs.slice(8) }))
    expect(training.batchLosses).toEqual(costs)
  })

  it('after Stop, fits the epoch axis to the epochs run; while running, it grows with them', async () => {
    const { training } = designedStores()
    await training.start()
    // Planned 50 epochs; 3 done: the axis ends at 5 (a quarter ahead, in 1-2-5 steps).
    api.emit('training:change', change({ position: positionAt(39), epochs: [1, 2, 3].map(epoch) }))
    expect(training.axisEnd).toBe(5)
    api.emit(
      'training:change',
      change({ position: positionAt(117), epochs: [4, 5, 6, 7, 8, 9].map(epoch) })
    )
    expect(training.axisEnd).toBe(20)
    api.emit('training:change', ended('stopped', { epochs: 9 }))
    expect(training.axisEnd).toBeUndefined()
  })

  it('ignores changes of other runs', async () => {
    const { training } = designedStores()
    await training.start()
    api.emit('training:change', change({ runId: 'other', epochs: [epoch(1)] }))
    expect(training.epochs).toEqual([])
  })

  it('asks for the boundary once per new epoch, never twice at a time', async () => {
    const { training } = designedStores()
    await training.start()
    api.emit('training:change', change())
    await training.refreshBoundary()
    // The reply says epoch 2; with no epoch reported yet the next call asks again.
    expect(api.requests('training:boundary')).toHaveLength(1)
    api.emit('training:change', change({ epochs: [epoch(1), epoch(2)] }))
    await training.refreshBoundary()
    expect(api.requests('training:boundary')).toHaveLength(1)
    api.emit('training:change', change({ epochs: [epoch(3)] }))
    await Promise.all([training.refreshBoundary(), training.refreshBoundary()])
    expect(api.requests('training:boundary')).toEqual([
      { runId: 'r1', resolution: 60, precision: 'colour' },
      { runId: 'r1', resolution: 60, precision: 'colour' }
    ])
    expect(training.boundary?.epoch).toBe(2)
  })
})
