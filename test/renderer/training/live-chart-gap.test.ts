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
import { fakeLab } from '../support/fake-lab'
import { liveState } from './fixtures'

/** A stand-in for Chart.js that counts its redraws and keeps the last data it drew. */
const drawn = vi.hoisted(() => ({ updates: 0, lastLabel: '' }))
vi.mock('@renderer/lib/charts/chart-setup', () => ({
  Chart: class {
    data: { datasets: { label: string }[] }
    options = { scales: {}, plugins: { legend: { labels: {} } } }
    constructor(_canvas: unknown, config: { data: { datasets: { label: string }[] } }) {
      this.data = config.data
    }
    update() {
      drawn.updates++
      drawn.lastLabel = this.data.datasets[0]?.label ?? ''
    }
    destroy() {}
  }
}))
vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const seriesAt = (change: number): ChartSeries[] => [
  { label: `change ${change}`, points: [{ x: change, y: 1 / change }], color: '#000' }
]

/** Mounts a chart and changes its data every 50 ms for one second (20 changes). */
async function changeForOneSecond(minGapMs: number | undefined): Promise<void> {
  const wrapper = mount(LineChart, {
    props: {
      series: seriesAt(0),
      revision: 0,
      xTitle: 'Epoch',
      yTitle: 'Loss',
      description: 'loss',
      formatY: String,
      formatTick: String,
      tooltipTitle: String,
      ...(minGapMs === undefined ? {} : { minGapMs })
    }
  })
  for (let change = 1; change <= 20; change++) {
    await wrapper.setProps({ series: seriesAt(change), revision: change })
    await vi.advanceTimersByTimeAsync(50)
  }
  await vi.advanceTimersByTimeAsync(1000)
  wrapper.unmount()
}

describe('the live charts beside the live boundary (issue 18)', () => {
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: [
        'setTimeout',
        'clearTimeout',
        'requestAnimationFrame',
        'cancelAnimationFrame',
        'performance'
      ]
    })
    drawn.updates = 0
    drawn.lastLabel = ''
  })
  afterEach(() => vi.useRealTimers())

  it('redraws at every change without a gap', async () => {
    await changeForOneSecond(undefined)
    expect(drawn.updates).toBe(20)
    expect(drawn.lastLabel).toBe('change 20')
  })

  it(`redraws at most once per ${LIVE_DRAWING_CHART_GAP_MS} ms with the gap, ending on the latest data`, async () => {
    await changeForOneSecond(LIVE_DRAWING_CHART_GAP_MS)
    // 20 changes over one second, and the last one drawn after it.
    expect(drawn.updates).toBeLessThanOrEqual(1000 / LIVE_DRAWING_CHART_GAP_MS + 1)
    expect(drawn.updates).toBeGreaterThanOrEqual(3)
    expect(drawn.lastLabel).toBe('change 20')
  })

  it('takes the gap only at full speed while the boundary is drawn', () => {
    const gap = (phase: 'running' | 'paused', pace: number | null, boundaryDrawn: boolean) =>
      liveChartGapMs({ phase, pace, boundaryDrawn })
    expect(gap('running', null, true)).toBe(LIVE_DRAWING_CHART_GAP_MS)
    // Slow motion: every batch's change is shown at once; so is every step while paused.
    expect(gap('running', 5, true)).toBe(0)
    expect(gap('paused', null, true)).toBe(0)
    expect(gap('running', null, false)).toBe(0)
  })

  it('hands both of the Training screen’s charts the gap while its boundary is live', async () => {
    fakeLab({})
    const pinia = createPinia()
    setActivePinia(pinia)
    const training = useTrainingStore()
    training.follow(liveState({ status: 'running' }), null)
    const wrapper = mount(LiveCharts, {
      props: { regression: false },
      global: { plugins: [pinia, i18n], stubs: { LineChart: true } }
    })
    const gaps = () =>
      wrapper.findAllComponents(LineChart).map((chart) => chart.props('minGapMs') as number)
    expect(gaps()).toEqual([0, 0])
    training.boundary = { epoch: 1 } as DecisionBoundary
    await wrapper.vm.$nextTick()
    expect(gaps()).toEqual([LIVE_DRAWING_CHART_GAP_MS, LIVE_DRAWING_CHART_GAP_MS])
  })
})
