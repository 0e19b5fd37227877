import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { TrainingHistory } from '@shared/model/inspect'
import LineChart from '@renderer/components/charts/LineChart.vue'
import NormChart from '@renderer/components/inspect/NormChart.vue'
import { i18n } from '@renderer/i18n'
import {
  appendHistory,
  formatNormTick,
  LAYER_COLORS,
  normSeries
} from '@renderer/lib/inspect/norm-series'
import { useInspectStore } from '@renderer/stores/inspect'
import { fakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** Three epochs of a 3-layer run whose first layer's gradient shrinks a hundredfold an epoch. */
const HISTORY: TrainingHistory = {
  runId: 'run-1',
  learningRate: 0.1,
  epochs: [1, 2, 3],
  trainLoss: [1, 0.8, 0.7],
  valLoss: [1.1, null, 0.8],
  layers: [
    { layer: 1, weightGradientNorms: [1e-2, 1e-4, 1e-6], biasGradientNorms: [1, 1, 1] },
    { layer: 2, weightGradientNorms: [0.5, null, 0], biasGradientNorms: [1, 1, 1] },
    { layer: 3, weightGradientNorms: [2, 3, 4], biasGradientNorms: [1, 1, 1] }
  ]
}

describe('gradient-norm chart data', () => {
  it('has one line per layer of its ‖∂J/∂W‖ per epoch, leaving out epochs a log axis cannot show', () => {
    const series = normSeries(HISTORY, (layer) => `Layer ${layer}`)
    expect(series.map((line) => line.label)).toEqual(['Layer 1', 'Layer 2', 'Layer 3'])
    expect(series[0].points).toEqual([
      { x: 1, y: 1e-2 },
      { x: 2, y: 1e-4 },
      { x: 3, y: 1e-6 }
    ])
    expect(series[1].points).toEqual([{ x: 1, y: 0.5 }])
    expect(series[1].dots).toBe(true)
    expect(series.map((line) => line.color)).toEqual(LAYER_COLORS.slice(0, 3))
  })

  it('labels 1, 2 and 5 of each decade over a short log axis, powers of ten over a long one', () => {
    expect([0.2, 0.3, 0.5, 1, 2, 4, 5].map((value) => formatNormTick(value, 1.5))).toEqual([
      '0.2',
      '',
      '0.5',
      '1',
      '2',
      '',
      '5'
    ])
    expect(
      [1e-6, 2e-6, 1e-3, 0.01, 0.02, 1, 1000, 1e4].map((value) => formatNormTick(value, 8))
    ).toEqual(['1e-6', '', '0.001', '0.01', '', '1', '1000', '1e4'])
    // Over 40 decades, every fifth power of ten.
    expect([1e-38, 1e-35, 1e-30, 1e-5, 1].map((value) => formatNormTick(value, 40))).toEqual([
      '',
      '1e-35',
      '1e-30',
      '1e-5',
      '1'
    ])
  })

  it("appends a poll's new epochs to each layer's series", () => {
    const later: TrainingHistory = {
      ...HISTORY,
      epochs: [4],
      trainLoss: [0.6],
      valLoss: [0.7],
      layers: HISTORY.layers.map((series) => ({
        layer: series.layer,
        weightGradientNorms: [series.layer],
        biasGradientNorms: [0]
      }))
    }
    const merged = appendHistory(HISTORY, later)
    expect(merged.epochs).toEqual([1, 2, 3, 4])
    expect(merged.trainLoss).toEqual([1, 0.8, 0.7, 0.6])
    expect(merged.layers[2].weightGradientNorms).toEqual([2, 3, 4, 3])
  })

  it('draws the series on a log scale, asking main for the run history', async () => {
    const api = fakeLab({ 'inspect:history': () => HISTORY })
    const pinia = createPinia()
    setActivePinia(pinia)
    useInspectStore().source = { kind: 'run', runId: 'run-1' }
    const wrapper = mount(NormChart, {
      global: { plugins: [pinia, i18n], stubs: { LineChart: true } }
    })
    for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0))
    expect(api.requests('inspect:history')).toEqual([{ runId: 'run-1', sinceEpoch: 0 }])
    const chart = wrapper.getComponent(LineChart)
    expect(chart.props('logScale')).toBe(true)
    expect(chart.props('series').map((line: { label: string }) => line.label)).toEqual([
      'Layer 1',
      'Layer 2',
      'Layer 3'
    ])
  })
})
