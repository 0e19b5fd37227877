import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import LineChart from '@renderer/components/charts/LineChart.vue'
import LiveCharts from '@renderer/components/training/LiveCharts.vue'
import { i18n } from '@renderer/i18n'
import { LIVE_DRAWING_CHART_GAP_MS, liveChartGapMs } from '@renderer/lib/charts/live-chart-gap'
import type { ChartSeries } from '@renderer/lib/charts/series'
import { useTrainingStore } from '@renderer/stores/training'
import type { DecisionBoundary } from '@shared/model/live-run'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { change, epoch, liveState, positionAt } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('the live charts beside the live boundary (issue 18)', () => {
  let api: FakeLab

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] })
    api = fakeLab({})
    setActivePinia(createPinia())
  })
  afterEach(() => vi.useRealTimers())

  /**
   * Mounts the Training screen's charts (Chart.js stubbed) on a running run, `boundaryDrawn` or
   * not, sends a new epoch every 50 ms for one second (each redrawing the boundary when drawn),
   * and returns every set of loss series the chart was handed after the one it was mounted with,
   * the last one after the second and one more redraw.
   */
  async function twentyChanges(options: { boundaryDrawn: boolean; pace?: number }) {
    const training = useTrainingStore()
    training.follow(liveState({ status: 'running' }), null)
    if (options.pace) training.pace = options.pace
    if (options.boundaryDrawn) training.boundary = { epoch: 0 } as DecisionBoundary
    const wrapper = mount(LiveCharts, {
      props: { regression: false },
      global: { plugins: [i18n], stubs: { LineChart: true } }
    })
    const loss = () => wrapper.findAllComponents(LineChart)[0].props('series') as ChartSeries[]
    const mounted = loss()
    const handed: ChartSeries[][] = []
    const take = () => {
      if ((handed.at(-1) ?? mounted) !== loss()) handed.push(loss())
    }
    for (let n = 1; n <= 20; n++) {
      api.emit(
        'training:change',
        change({ position: positionAt(13 * n), epochs: [epoch(n)], costs: [] })
      )
      if (options.boundaryDrawn) training.boundary = { epoch: n } as DecisionBoundary
      await vi.advanceTimersByTimeAsync(50)
      take()
    }
    await vi.advanceTimersByTimeAsync(LIVE_DRAWING_CHART_GAP_MS)
    if (options.boundaryDrawn) training.boundary = { epoch: 21 } as DecisionBoundary
    await vi.advanceTimersByTimeAsync(0)
    take()
    wrapper.unmount()
    return handed
  }

  it('take every change at once when no boundary is drawn', async () => {
    const handed = await twentyChanges({ boundaryDrawn: false })
    expect(handed).toHaveLength(20)
  })

  it(`take a change at most every ${LIVE_DRAWING_CHART_GAP_MS} ms at full speed beside the boundary, ending on the latest`, async () => {
    const handed = await twentyChanges({ boundaryDrawn: true })
    expect(handed.length).toBeLessThanOrEqual(1000 / LIVE_DRAWING_CHART_GAP_MS + 1)
    expect(handed.length).toBeGreaterThanOrEqual(3)
    // The train line's last point is epoch 20's loss: nothing is left out at the end.
    const train = handed.at(-1)!.find((line) => line.label === 'Train')!
    expect(train.points.at(-1)).toEqual({ x: 20, y: 1 / 20 })
  })

  it('take changes at full speed only when the boundary is redrawn, not in frames of their own', async () => {
    const training = useTrainingStore()
    training.follow(liveState({ status: 'running' }), null)
    training.boundary = { epoch: 0 } as DecisionBoundary
    const wrapper = mount(LiveCharts, {
      props: { regression: false },
      global: { plugins: [i18n], stubs: { LineChart: true } }
    })
    const lastEpoch = () => {
      const lines = wrapper.findAllComponents(LineChart)[0].props('series') as ChartSeries[]
      return lines.find((line) => line.label === 'Train')?.points.at(-1)?.x
    }
    // Two changes inside the gap, neither shown until the boundary is redrawn.
    for (const n of [1, 2]) {
      api.emit('training:change', change({ position: positionAt(13 * n), epochs: [epoch(n)] }))
      await vi.advanceTimersByTimeAsync(LIVE_DRAWING_CHART_GAP_MS / 3)
    }
    expect(lastEpoch()).toBeUndefined()
    training.boundary = { epoch: 2 } as DecisionBoundary
    await vi.advanceTimersByTimeAsync(0)
    expect(lastEpoch()).toBe(2)
    wrapper.unmount()
  })

  it('show every change in slow motion, boundary or not', async () => {
    const handed = await twentyChanges({ boundaryDrawn: true, pace: 5 })
    expect(handed).toHaveLength(20)
  })

  it('take the gap only at full speed while the boundary is drawn', () => {
    const gap = (phase: 'running' | 'paused', pace: number | null, boundaryDrawn: boolean) =>
      liveChartGapMs({ phase, pace, boundaryDrawn })
    expect(gap('running', null, true)).toBe(LIVE_DRAWING_CHART_GAP_MS)
    expect(gap('running', 5, true)).toBe(0)
    expect(gap('paused', null, true)).toBe(0)
    expect(gap('running', null, false)).toBe(0)
  })
})
