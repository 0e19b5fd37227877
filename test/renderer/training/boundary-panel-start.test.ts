import { mount } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import BoundaryPanel from '@renderer/components/training/BoundaryPanel.vue'
import { i18n } from '@renderer/i18n'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { settlePromises } from '../support/settle'
import { piniaWith } from '../support/pinia'
import { BOUNDARY, HANDLERS } from './boundary-panel-setup'
import { change, pointsDataset } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/**
 * The boundary from a run's start, as in Playground: asked for while the engine starts (main
 * answers at the end of the first epoch), and followed from that first drawing on.
 */
describe('decision boundary panel at the start of a run', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    vi.useFakeTimers()
    api = fakeLab(HANDLERS())
    pinia = piniaWith(pointsDataset())
  })

  afterEach(() => {
    vi.useRealTimers()
    vi.restoreAllMocks()
  })

  const mountPanel = () =>
    mount(BoundaryPanel, {
      props: { dataset: pointsDataset() },
      global: { plugins: [pinia, i18n], stubs: { DecisionBoundary: true } }
    })

  it('asks while the engine is still starting, so main can answer at the end of the first epoch', async () => {
    mountPanel()
    const training = useTrainingStore()
    await training.start()
    await settlePromises()
    expect(training.phase).toBe('starting')
    await vi.advanceTimersByTimeAsync(20)
    expect(api.requests('training:boundary')).toEqual([
      { runId: 'r1', resolution: 60, precision: 'colour' }
    ])
    expect(training.boundary).toEqual(BOUNDARY)
  })

  it('keeps following after the first epoch, before the first change brings any epochs', async () => {
    let answers = 0
    // Main's newest weights move on between answers, faster than the page hears of epochs.
    api = fakeLab({
      ...HANDLERS(),
      'training:boundary': () => ({ ...BOUNDARY, epoch: 1 + 5 * answers++ })
    })
    pinia = piniaWith(pointsDataset())
    mountPanel()
    const training = useTrainingStore()
    await training.start()
    await settlePromises()
    await vi.advanceTimersByTimeAsync(20)
    expect(training.boundary?.epoch).toBe(1)
    // The engine has started; its first epochs reach the page only with the next change.
    api.emit('training:change', change())
    await vi.advanceTimersByTimeAsync(150)
    expect(api.requests('training:boundary').length).toBeGreaterThanOrEqual(4)
    expect(training.boundary!.epoch).toBeGreaterThan(15)
  })
})
