import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { isProxy } from 'vue'
import LineChart from '@renderer/components/charts/LineChart.vue'
import MetricsChart from '@renderer/components/charts/MetricsChart.vue'
import type { ChartSeries } from '@renderer/lib/charts/series'
import LiveCharts from '@renderer/components/training/LiveCharts.vue'
import { i18n } from '@renderer/i18n'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { change, epoch, liveState, positionAt } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const stubs = { LineChart: true }

describe('metrics chart', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({})
    pinia = createPinia()
    setActivePinia(pinia)
  })

  it('hands the chart plain arrays with the epochs’ values', () => {
    const wrapper = mount(MetricsChart, {
      props: { epochs: [epoch(1), epoch(2)], metric: 'accuracy', revision: 1 },
      global: { plugins: [pinia, i18n], stubs }
    })
    const chart = wrapper.getComponent(LineChart)
    const series = chart.props('series') as ChartSeries[]
    expect(series.map((line) => line.label)).toEqual(['Train', 'Validation'])
    expect(series[0].points).toEqual([
      { x: 1, y: 0.5 },
      { x: 2, y: 0.75 }
    ])
    expect(series[1].points).toEqual([
      { x: 1, y: 0 },
      { x: 2, y: 0.5 }
    ])
    expect(series.some((line) => isProxy(line) || isProxy(line.points))).toBe(false)
    expect(chart.props('yMin')).toBe(0)
    expect(chart.props('yMax')).toBe(1)
    expect((chart.props('formatY') as (value: number) => string)(0.97333)).toBe('97.33%')
    expect((chart.props('tooltipTitle') as (x: number) => string)(3)).toBe('Epoch 3')
  })

  it('redraws from the live store: each update gives the chart fresh series', async () => {
    const training = useTrainingStore()
    training.follow(liveState({ status: 'starting' }), null)
    const wrapper = mount(LiveCharts, {
      props: { regression: false },
      global: { plugins: [pinia, i18n], stubs }
    })
    const loss = () => wrapper.findAllComponents(LineChart)[0]
    const first = loss().props('series') as ChartSeries[]
    api.emit(
      'training:change',
      change({
        position: positionAt(26, 0.6),
        epochs: [epoch(1), epoch(2)],
        costs: [{ step: 26, loss: 0.6 }]
      })
    )
    await wrapper.vm.$nextTick()
    const next = loss().props('series') as ChartSeries[]
    expect(next).not.toBe(first)
    expect(loss().props('revision')).toBe(training.revision)
    expect(next.map((line) => line.label)).toEqual(['Batch cost', 'Train', 'Validation'])
    // Step 26 of 13 batches per epoch sits at epoch 2.
    expect(next[0].points).toEqual([{ x: 2, y: 0.6 }])
    expect(next[1].points).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 0.5 }
    ])
    // 2 of 50 planned epochs done: the axis grows to 5 (a quarter ahead, in 1-2-5 steps).
    expect(loss().props('xMax')).toBe(5)
  })

  it('redraws the accuracy chart only when epochs arrive, the loss chart on every change', async () => {
    const training = useTrainingStore()
    training.follow(liveState({ status: 'starting' }), null)
    const wrapper = mount(LiveCharts, {
      props: { regression: false },
      global: { plugins: [pinia, i18n], stubs }
    })
    const [loss, accuracy] = wrapper.findAllComponents(LineChart)
    /** The chart's inputs after each change: a new revision or new series is a redraw. */
    const seen = { loss: new Set<unknown>(), accuracy: new Set<unknown>() }
    const look = () => {
      seen.loss.add(loss.props('series')).add(`revision ${loss.props('revision')}`)
      seen.accuracy.add(accuracy.props('series')).add(`revision ${accuracy.props('revision')}`)
    }
    api.emit('training:change', change({ position: positionAt(13), epochs: [epoch(1)] }))
    await wrapper.vm.$nextTick()
    look()
    const before = { loss: seen.loss.size, accuracy: seen.accuracy.size }
    // Five changes of batch progress within epoch 2 (the costs of its batches), no epoch.
    for (let step = 15; step <= 23; step += 2) {
      api.emit(
        'training:change',
        change({ position: positionAt(step), costs: [{ step, loss: 1 / step }] })
      )
      await wrapper.vm.$nextTick()
      look()
    }
    expect(seen.accuracy.size - before.accuracy).toBe(0)
    expect(seen.loss.size - before.loss).toBe(2 * 5)
    api.emit('training:change', change({ position: positionAt(26), epochs: [epoch(2)] }))
    await wrapper.vm.$nextTick()
    look()
    expect(seen.accuracy.size - before.accuracy).toBe(2)
    expect((accuracy.props('series') as ChartSeries[])[0].points).toHaveLength(2)
  })

  it('switches the loss axis to a log scale', async () => {
    const wrapper = mount(LiveCharts, {
      props: { regression: false },
      global: { plugins: [pinia, i18n], stubs }
    })
    const loss = () => wrapper.findAllComponents(LineChart)[0]
    expect(loss().props('logScale')).toBe(false)
    await wrapper.get('input[type=checkbox]').setValue(true)
    expect(loss().props('logScale')).toBe(true)
    expect(wrapper.findAllComponents(LineChart)[1].props('logScale')).toBe(false)
  })

  it('shows no accuracy chart for regression', () => {
    const wrapper = mount(LiveCharts, {
      props: { regression: true },
      global: { plugins: [pinia, i18n], stubs }
    })
    expect(wrapper.findAllComponents(LineChart)).toHaveLength(1)
    expect(wrapper.text()).not.toContain('Accuracy')
  })
})
