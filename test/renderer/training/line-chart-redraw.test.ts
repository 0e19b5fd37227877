import { enableAutoUnmount, mount } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import LineChart from '@renderer/components/charts/LineChart.vue'
import type { ChartSeries } from '@renderer/lib/charts/series'
import { themeColor } from '@renderer/lib/theme-colors'
import { themeRevision } from '@renderer/composables/appearance'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))
vi.mock('@renderer/lib/theme-colors', () => ({ themeColor: vi.fn(() => 'rgb(1, 2, 3)') }))
/** A stand-in for Chart.js: keeps what the component hands it and counts its renders. */
interface FakeChart {
  data: { datasets: unknown[] }
  options: { scales: unknown }
  updates: number
}
const { charts } = vi.hoisted(() => ({ charts: [] as FakeChart[] }))
vi.mock('@renderer/lib/charts/chart-setup', () => ({
  Chart: class {
    data: FakeChart['data']
    options: FakeChart['options']
    updates = 0
    constructor(
      _canvas: unknown,
      config: { data: FakeChart['data']; options: FakeChart['options'] }
    ) {
      this.data = config.data
      this.options = config.options
      charts.push(this)
    }
    update(): void {
      this.updates++
    }
    destroy(): void {}
  }
}))

/** Animation frames run when the test says so. */
let frames: FrameRequestCallback[] = []
const runFrames = () => frames.splice(0).forEach((callback) => callback(0))

const series = (length: number): ChartSeries[] => [
  {
    label: 'Train',
    color: 'blue',
    points: Array.from({ length }, (_, i) => ({ x: i + 1, y: 1 / (i + 1) }))
  }
]

function mountChart() {
  return mount(LineChart, {
    props: {
      series: series(1),
      revision: 1,
      xTitle: 'Epoch',
      yTitle: 'Loss',
      description: 'Loss per epoch',
      formatY: String,
      formatTick: String,
      tooltipTitle: String
    }
  })
}

enableAutoUnmount(afterEach)

describe('line chart redraws', () => {
  beforeEach(() => {
    charts.length = 0
    frames = []
    vi.mocked(themeColor).mockClear()
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback)
    )
    vi.stubGlobal('cancelAnimationFrame', () => {})
  })
  afterEach(() => vi.unstubAllGlobals())

  it('reads the palette once, and keeps the axes, over 20 live redraws', async () => {
    const wrapper = mountChart()
    const chart = charts[0]
    const readsAtMount = vi.mocked(themeColor).mock.calls.length
    const axes = chart.options.scales
    for (let revision = 2; revision <= 21; revision++) {
      await wrapper.setProps({ revision, series: series(revision) })
      runFrames()
    }
    expect(chart.updates).toBe(20)
    expect(chart.data.datasets).toHaveLength(1)
    expect(vi.mocked(themeColor).mock.calls.length - readsAtMount).toBe(0)
    expect(chart.options.scales).toBe(axes)
  })

  it('rebuilds the axes and reads the palette again when they change', async () => {
    const wrapper = mountChart()
    const chart = charts[0]
    const axes = chart.options.scales
    await wrapper.setProps({ revision: 2, logScale: true })
    runFrames()
    expect(chart.options.scales).not.toBe(axes)
    const reads = vi.mocked(themeColor).mock.calls.length
    themeRevision.value++
    await nextTick()
    runFrames()
    expect(vi.mocked(themeColor).mock.calls.length - reads).toBe(3)
    expect(chart.updates).toBe(2)
  })
})
