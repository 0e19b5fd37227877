import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DatasetSummary } from '@shared/model/dataset'
import type { RunListItem, RunView } from '@shared/model/views'
import LineChart from '@renderer/components/charts/LineChart.vue'
import ConfusionMatrix from '@renderer/components/charts/ConfusionMatrix.vue'
import { COMPARISON_COLORS } from '@renderer/components/experiments/comparison-colors'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { useNetworkStore } from '@renderer/stores/network'
import { useTrainingStore } from '@renderer/stores/training'
import ExperimentsView from '@renderer/views/ExperimentsView.vue'
import { pointsDataset } from '../training/fixtures'
import { comparedRun, epoch } from './compare-fixtures'
import { fakeLab, type FakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const EVALUATION = (valLoss: number, valAccuracy: number, confusion: number[][]) => ({
  train: { loss: 0.05, accuracy: 0.98, confusion: null },
  validation: { loss: valLoss, accuracy: valAccuracy, confusion },
  test: null,
  trainingSeconds: 2,
  samplesPerSecond: 5000
})
const IRIS_MATRIX = [
  [10, 0, 0],
  [0, 9, 1],
  [0, 1, 9]
]

/** Adam with 32 relu units for 3 epochs; SGD with 8-8 tanh for 2 epochs; a wine run; four more. */
const adam = comparedRun('a1', {
  item: { name: 'adam, "wide"' },
  metrics: [
    epoch(1, 0.9, 0.6, 0.8, 0.7),
    epoch(2, 0.5, 0.8, 0.45, 0.85),
    epoch(3, 0.3, 0.9, 0.25, 0.9)
  ],
  view: { summary: EVALUATION(0.25, 0.9, IRIS_MATRIX) }
})
const sgd = comparedRun('s2', {
  item: { name: 'sgd deep', architecture: '4-8-8-3' },
  config: { optimizer: 'sgd', learningRate: 0.1 },
  layers: [
    [8, 'tanh'],
    [8, 'tanh'],
    [3, 'softmax']
  ],
  metrics: [epoch(1, 1.0, 0.4, 1.05, 0.35), epoch(2, 0.7, 0.7, 0.6, 0.8)],
  view: { summary: EVALUATION(0.6, 0.8, IRIS_MATRIX) }
})
const wine = comparedRun('w3', {
  item: { name: 'wine', datasetId: 'd2', datasetName: 'wine' },
  view: {
    datasetName: 'wine',
    classes: ['class_0', 'class_1', 'class_2'],
    summary: EVALUATION(0.3, 0.95, IRIS_MATRIX)
  }
})
const others = [4, 5, 6, 7].map((n) => comparedRun(`o${n}`, { item: { name: `other ${n}` } }))
const ALL = [adam, sgd, wine, ...others]

/** A mounted screen or a part of it, to search for elements in. */
type Searchable = { findAll: (selector: string) => DOMWrapper<Element>[] }

describe('Comparing runs on the Experiments screen', () => {
  let api: FakeLab
  let listed: RunListItem[]
  let views: Record<string, RunView>
  let saved: { name: string; text: Promise<string> }[]
  let datasets: DatasetSummary[]

  beforeEach(() => {
    setActivePinia(createPinia())
    listed = ALL.map((run) => run.item)
    views = Object.fromEntries(ALL.map((run) => [run.item.runId, run.view]))
    api = fakeLab({
      'runs:list': () => listed,
      'runs:get': ({ runId }) => views[runId],
      'runs:rename': ({ runId, name }) =>
        void (listed = listed.map((run) => (run.runId === runId ? { ...run, name } : run))),
      'runs:delete': ({ runId }) => void (listed = listed.filter((run) => run.runId !== runId)),
      'datasets:list': () => datasets
    })
    datasets = []
    saved = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', text: (blob as Blob).text() })
      return 'blob:comparison'
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      saved.at(-1)!.name = this.download
    })
  })

  afterEach(() => vi.restoreAllMocks())

  async function mountView(): Promise<VueWrapper> {
    const wrapper = mount(ExperimentsView, {
      global: { plugins: [i18n], stubs: { MetricsChart: true, LineChart: true } },
      attachTo: document.body
    })
    await flushPromises()
    return wrapper
  }

  const button = (wrapper: Searchable, text: string) =>
    wrapper.findAll('button').find((candidate) => candidate.text() === text)!
  /** The element of a tag with this accessible name (names may hold quotes, which selectors cannot). */
  const labelled = (wrapper: Searchable, tag: string, label: string) =>
    wrapper.findAll(tag).find((candidate) => candidate.attributes('aria-label') === label)!
  const tick = async (wrapper: VueWrapper, name: string) => {
    await labelled(wrapper, 'input', `Select ${name} for comparison`).setValue(true)
    await flushPromises()
  }
  const comparison = (wrapper: VueWrapper) =>
    wrapper.get('article[aria-label="Comparison of runs"]')
  const settingKeys = (wrapper: VueWrapper) =>
    comparison(wrapper)
      .findAll('table.settings tbody tr')
      .map((row) => row.attributes('data-field'))

  async function compareAdamAndSgd(): Promise<VueWrapper> {
    const wrapper = await mountView()
    await tick(wrapper, 'adam, "wide"')
    await tick(wrapper, 'sgd deep')
    expect(wrapper.text()).toContain('2 runs ticked')
    await button(wrapper, 'Compare 2 runs').trigger('click')
    await flushPromises()
    return wrapper
  }

  it('shows only the settings that differ, one column per run, and all of them on request', async () => {
    const wrapper = await compareAdamAndSgd()
    expect(api.requests('runs:get')).toEqual([{ runId: 'a1' }, { runId: 's2' }])
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
    expect(comparison(wrapper).text()).toContain('5 of 22 settings differ')
    await comparison(wrapper).get('input[type="checkbox"]').setValue(true)
    expect(settingKeys(wrapper)).toHaveLength(22)
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
    expect(row('source')).toEqual(['final evaluation', 'final evaluation'])
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
    expect(saved).toHaveLength(1)
    expect(saved[0].name).toMatch(/^backprop-lab-comparison-\d{4}-\d\d-\d\d\.csv$/)
    const lines = (await saved[0].text).split('\r\n')
    expect(lines[0]).toBe('run_id,run_name,section,key,epoch,actual,predicted,value')
    expect(lines).toContain('a1,"adam, ""wide""",setting,learningRate,,,,0.005')
    expect(lines).toContain('s2,sgd deep,setting,hidden,,,,8 8')
    expect(lines).toContain('s2,sgd deep,curve,valLoss,2,,,0.6')
    expect(lines).toContain('a1,"adam, ""wide""",confusion,validation,,versicolor,virginica,1')
    expect(lines.filter((line) => line.includes(',curve,'))).toHaveLength(3 * 4 + 2 * 4)
  })

  it('follows renames, and drops a deleted run from the comparison', async () => {
    const wrapper = await compareAdamAndSgd()
    await comparison(wrapper).get('button[aria-label="Open sgd deep on its own"]').trigger('click')
    await flushPromises()
    const detail = () => wrapper.get('article.run-detail')
    await button(detail(), 'Rename').trigger('click')
    await wrapper.get('input[aria-label="Run name"]').setValue('sgd, renamed')
    await wrapper.get('form.rename').trigger('submit')
    await flushPromises()
    await button(wrapper, 'Compare 2 runs').trigger('click')
    await flushPromises()
    expect(
      comparison(wrapper)
        .findAll('.legend .run-link')
        .map((link) => link.text())
    ).toEqual(['adam, "wide"', 'sgd, renamed'])
    await labelled(comparison(wrapper), 'button', 'Open adam, "wide" on its own').trigger('click')
    await flushPromises()
    await button(wrapper, 'Delete').trigger('click')
    await button(wrapper, 'Delete run').trigger('click')
    await flushPromises()
    expect(api.requests('runs:delete')).toEqual([{ runId: 'a1' }])
    expect(wrapper.text()).toContain('1 run ticked')
    expect(button(wrapper, 'Compare 1 run').attributes('disabled')).toBeDefined()
  })

  it('ticks at most six runs', async () => {
    const wrapper = await mountView()
    for (const run of ALL.slice(0, 6)) await tick(wrapper, run.item.name)
    expect(wrapper.text()).toContain('At most 6 runs can be compared at once.')
    const seventh = wrapper.get('input[aria-label="Select other 7 for comparison"]')
    expect(seventh.attributes('disabled')).toBeDefined()
  })

  it('compares the opened run with one picked in its “Compare with” list', async () => {
    const wrapper = await mountView()
    await wrapper.get('button[aria-label="Open run wine"]').trigger('click')
    await flushPromises()
    await wrapper.get('.compare select').setValue('a1')
    await flushPromises()
    expect(
      comparison(wrapper)
        .findAll('.legend .run-link')
        .map((link) => link.text())
    ).toEqual(['wine', 'adam, "wide"'])
    expect(settingKeys(wrapper)).toEqual(['dataset'])
  })

  it('trains an opened run again: its setup is loaded and the Training screen opens', async () => {
    datasets = [
      pointsDataset({ datasetId: 'd1', name: 'iris', features: 4, classes: ['a', 'b', 'c'] })
    ]
    const wrapper = await mountView()
    await wrapper.get('button[aria-label="Open run sgd deep"]').trigger('click')
    await flushPromises()
    await button(wrapper, 'Train again with this config').trigger('click')
    await flushPromises()
    expect(useAppStore().view).toBe('training')
    // The fixture's config keeps `he` from the iris run it was copied from; tanh layers default to xavier.
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Loaded the dataset, network and settings of “sgd deep”. Press Start to train again.',
      'Its initializer, he, is kept for the next run (the Training screen does not show this setting).'
    ])
    expect(useNetworkStore().draft.hidden).toEqual([
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' }
    ])
    expect(useTrainingStore().settings).toMatchObject({
      optimizer: 'sgd',
      learningRate: 0.1,
      init: 'he'
    })
  })

  it('refuses to train a run again when its dataset is gone', async () => {
    const wrapper = await mountView()
    await wrapper.get('button[aria-label="Open run sgd deep"]').trigger('click')
    await flushPromises()
    await button(wrapper, 'Train again with this config').trigger('click')
    await flushPromises()
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Its dataset was deleted, so it cannot be trained again.'
    ])
    expect(useAppStore().view).toBe('data')
  })
})
