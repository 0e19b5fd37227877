import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import LineChart from '@renderer/components/charts/LineChart.vue'
import ConfusionMatrix from '@renderer/components/charts/ConfusionMatrix.vue'
import { COMPARISON_COLORS } from '@renderer/lib/experiments/comparison-colors'
import {
  button,
  compareAdamAndSgd,
  comparison,
  experimentsScreen,
  settingKeys,
  tick
} from './experiments-screen'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('Comparing runs on the Experiments screen', () => {
  const screen = experimentsScreen()

  it('shows only the settings that differ, one column per run, and all of them on request', async () => {
    const wrapper = await compareAdamAndSgd()
    expect(screen.api.requests('runs:get')).toEqual([{ runId: 'a1' }, { runId: 's2' }])
    expect(comparison(wrapper).get('h3').text()).toBe('Comparing 2 runs')
    expect(settingKeys(wrapper)).toEqual([
      'architecture',
      'hidden',
      'hiddenActivations',
      'optimizer',
      'learningRate'
    ])
    const cells = (field: string) =>
      comparison(wrapper)
        .findAll(`tr[data-field="${field}"] td`)
        .map((cell) => cell.text())
    expect(cells('hidden')).toEqual(['32', '8, 8'])
    expect(cells('hiddenActivations')).toEqual(['ReLU', 'tanh, tanh'])
    expect(cells('optimizer')).toEqual(['Adam', 'SGD'])
    expect(cells('learningRate')).toEqual(['0.005', '0.1'])
    expect(comparison(wrapper).text()).toContain('5 of 26 settings differ')
    await comparison(wrapper).get('input[type="checkbox"]').setValue(true)
    expect(settingKeys(wrapper)).toHaveLength(26)
    expect(cells('split')).toEqual(['0.8 / 0.2', '0.8 / 0.2'])
  })

  it('overlays each curve by epoch with one colour per run, the same in the legend', async () => {
    const wrapper = await compareAdamAndSgd()
    const charts = wrapper.findAllComponents(LineChart)
    expect(charts.map((chart) => chart.props('description'))).toEqual([
      'Training loss',
      'Validation loss',
      'Training accuracy',
      'Validation accuracy'
    ])
    expect(charts[1].props('series')).toEqual([
      {
        label: 'adam, "wide"',
        color: COMPARISON_COLORS[0],
        points: [
          { x: 1, y: 0.8 },
          { x: 2, y: 0.45 },
          { x: 3, y: 0.25 }
        ]
      },
      {
        label: 'sgd deep',
        color: COMPARISON_COLORS[1],
        points: [
          { x: 1, y: 1.05 },
          { x: 2, y: 0.6 }
        ]
      }
    ])
    const chips = comparison(wrapper).findAll('.legend .chip')
    expect(chips.map((chip) => chip.attributes('style'))).toEqual([
      expect.stringContaining('border-color: #0072b2'),
      expect.stringContaining('border-color: #d55e00')
    ])
  })

  it('puts the final metrics side by side, the best loss and accuracy in bold', async () => {
    const wrapper = await compareAdamAndSgd()
    const row = (metric: string) =>
      comparison(wrapper)
        .findAll(`table.metrics tr[data-metric="${metric}"] td`)
        .map((cell) => cell.text())
    expect(row('status')).toEqual(['completed', 'completed'])
    expect(row('epochs')).toEqual(['30 / 30', '30 / 30'])
    expect(row('valLoss')).toEqual(['0.25', '0.6'])
    expect(row('valAccuracy')).toEqual(['90.0%', '80.0%'])
    expect(row('trainingSeconds')).toEqual(['2.0 s', '2.0 s'])
    expect(row('samplesPerSecond')).toEqual(['5,000', '5,000'])
    expect(comparison(wrapper).get('.definition').text()).toContain('last completed epoch')
    expect(comparison(wrapper).find('tr[data-metric="testLoss"]').exists()).toBe(false)
    const best = comparison(wrapper).findAll('tr[data-metric="valLoss"] td')
    expect(best.map((cell) => cell.classes('best'))).toEqual([true, false])
  })

  it('shows confusion matrices only for runs on the same classes, and says which are left out', async () => {
    const wrapper = await compareAdamAndSgd()
    expect(
      wrapper.findAllComponents(ConfusionMatrix).map((matrix) => matrix.props('caption'))
    ).toEqual(['adam, "wide" (validation)', 'sgd deep (validation)'])
    await tick(wrapper, 'wine')
    expect(wrapper.findAllComponents(ConfusionMatrix)).toHaveLength(2)
    expect(comparison(wrapper).text()).toContain('Not shown, on other classes: wine.')
    await comparison(wrapper)
      .get('button[aria-label="Remove sgd deep from the comparison"]')
      .trigger('click')
    await flushPromises()
    expect(wrapper.findAllComponents(ConfusionMatrix)).toHaveLength(0)
    expect(comparison(wrapper).text()).toContain('These runs are on different classes')
  })

  it('exports the comparison as one CSV file', async () => {
    const wrapper = await compareAdamAndSgd()
    await button(comparison(wrapper), 'Export CSV').trigger('click')
    expect(screen.saved).toHaveLength(1)
    expect(screen.saved[0].name).toMatch(/^backprop-lab-comparison-\d{4}-\d\d-\d\d\.csv$/)
    const lines = (await screen.saved[0].text).split('\r\n')
    expect(lines[0]).toBe('run_id,run_name,section,key,epoch,actual,predicted,value')
    expect(lines).toContain('a1,"adam, ""wide""",setting,learningRate,,,,0.005')
    expect(lines).toContain('s2,sgd deep,setting,hidden,,,,8 8')
    expect(lines).toContain('s2,sgd deep,curve,valLoss,2,,,0.6')
    expect(lines).toContain('a1,"adam, ""wide""",confusion,validation,,versicolor,virginica,1')
    expect(lines.filter((line) => line.includes(',curve,'))).toHaveLength(3 * 4 + 2 * 4)
  })
})
