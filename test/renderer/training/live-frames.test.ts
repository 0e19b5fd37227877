import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import TrainingProgress from '@renderer/components/training/TrainingProgress.vue'
import { i18n } from '@renderer/i18n'
import { LIVE_DRAWING_CHART_GAP_MS } from '@renderer/lib/charts/live-chart-gap'
import { useTrainingStore } from '@renderer/stores/training'
import type { DecisionBoundary } from '@shared/model/live-run'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { change, liveState, positionAt } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/**
 * Issue 18: each repaint of the page's text in a frame of its own is a compositor commit that
 * takes the main thread from training, so beside the live boundary the counters change only
 * when the boundary is redrawn.
 */
describe('the training counters beside the live boundary (issue 18)', () => {
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({})
    setActivePinia(createPinia())
  })

  /**
   * Mounts the counters on a running run whose boundary is drawn, sends twenty changes (a new
   * boundary with every fourth, as the live drawing takes them), and returns how many of the
   * changes rewrote the counters' text, and the text at the end.
   */
  async function twentyChanges(pace: number | null) {
    const training = useTrainingStore()
    training.follow(liveState({ status: 'running' }), null)
    training.pace = pace
    training.boundary = { epoch: 0 } as DecisionBoundary
    const wrapper = mount(TrainingProgress, { global: { plugins: [i18n] } })
    let rewrites = 0
    let shown = wrapper.get('.numbers').text()
    for (let n = 1; n <= 20; n++) {
      api.emit(
        'training:change',
        change({ position: positionAt(n), activeSeconds: n, epochs: [], costs: [] })
      )
      if (n % 4 === 0) training.boundary = { epoch: n } as DecisionBoundary
      await wrapper.vm.$nextTick()
      if (wrapper.get('.numbers').text() !== shown) rewrites++
      shown = wrapper.get('.numbers').text()
    }
    wrapper.unmount()
    return { rewrites, shown }
  }

  it('change only when the boundary is redrawn at full speed, ending on the latest', async () => {
    const { rewrites, shown } = await twentyChanges(null)
    expect(rewrites).toBe(5)
    expect(shown).toContain('batch 7 of 13Trained for 20.0 s')
  })

  it('still change when the boundary stops being redrawn (its panel not shown)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    const training = useTrainingStore()
    training.follow(liveState({ status: 'running' }), null)
    training.boundary = { epoch: 0 } as DecisionBoundary
    const wrapper = mount(TrainingProgress, { global: { plugins: [i18n] } })
    api.emit('training:change', change({ position: positionAt(9), activeSeconds: 9 }))
    await vi.advanceTimersByTimeAsync(LIVE_DRAWING_CHART_GAP_MS)
    expect(wrapper.get('.numbers').text()).toContain('batch 9 of 13Trained for 9.0 s')
    wrapper.unmount()
    vi.useRealTimers()
  })

  it('show every change in slow motion', async () => {
    const { rewrites } = await twentyChanges(5)
    expect(rewrites).toBe(20)
  })
})
