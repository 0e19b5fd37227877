import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { useTrainingStore } from '@renderer/stores/training'
import MetricsChart from '@renderer/components/charts/MetricsChart.vue'
import ExperimentsView from '@renderer/views/ExperimentsView.vue'
import { liveState } from '../training/fixtures'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { listItem, runPage } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const completed = listItem({ runId: 'r3', name: 'iris wide', tags: ['baseline'] })
const interrupted = listItem({
  runId: 'r2',
  name: 'digits long',
  status: 'interrupted',
  datasetId: 'd3',
  datasetName: 'digits',
  architecture: '64-256-10',
  epochs: 11,
  plannedEpochs: 200,
  seconds: 125
})
const failed = listItem({
  runId: 'r1',
  name: 'diverged',
  status: 'failed',
  epochs: 0,
  trainLoss: null,
  valLoss: null,
  valAccuracy: null,
  trainAccuracy: null,
  seconds: 0.42
})
const RUNS = [completed, interrupted, failed]
const FAILURE =
  'the update overflowed the weights to Infinity or NaN at epoch 1, batch 2; try a smaller learning rate'

describe('Experiments screen', () => {
  let pinia: Pinia
  let api: FakeLab
  let views: Record<string, RunPage>
  let listed: RunListItem[]

  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    listed = RUNS
    views = {
      r3: runPage(completed),
      r2: runPage(interrupted, { summary: null }),
      r1: runPage(failed, { summary: null }, FAILURE)
    }
    api = fakeLab({
      'runs:list': () => listed,
      'runs:get': ({ runId }) => views[runId],
      'runs:rename': () => undefined,
      'runs:annotate': () => undefined,
      'runs:delete': ({ runId }) => void (listed = listed.filter((run) => run.runId !== runId)),
      'training:continue': ({ runId }) => liveState({ runId, status: 'starting', start: null }),
      'training:branch': () => {
        views.r4 = runPage(listItem({ runId: 'r4', parent: { runId: 'r3', epoch: 2 } }))
        return liveState({ runId: 'r4', status: 'starting', start: null })
      },
      'datasets:get': () => {
        throw new Error('no dataset in these tests')
      },
      'inspect:layer': ({ epoch }) => {
        throw new Error(`no weights at ${epoch} in these tests`)
      }
    })
  })

  async function mountView(): Promise<VueWrapper> {
    const wrapper = mount(ExperimentsView, {
      global: { plugins: [pinia, i18n], stubs: { MetricsChart: true, ConfusionMatrix: true } },
      attachTo: document.body
    })
    await flushPromises()
    return wrapper
  }

  const rowTexts = (wrapper: VueWrapper) =>
    wrapper
      .findAll('table.runs tbody tr')
      .map((row) => row.findAll('td').map((cell) => cell.text()))
  const rowNames = (wrapper: VueWrapper) =>
    wrapper.findAll('table.runs tbody tr .run-name').map((name) => name.text())

  async function openRun(wrapper: VueWrapper, name: string): Promise<void> {
    await wrapper.find(`button[aria-label="Open run ${name}"]`).trigger('click')
    await flushPromises()
  }

  it('keeps its accessible name as the Experiments screen', async () => {
    const wrapper = await mountView()
    expect(wrapper.get('section.view').attributes('aria-label')).toBe('Experiments')
  })

  it('lists each run with status, dataset, architecture, epochs, final metrics and time', async () => {
    const wrapper = await mountView()
    const [first, second, third] = rowTexts(wrapper)
    expect(rowNames(wrapper)).toEqual(['iris wide', 'digits long', 'diverged'])
    expect(wrapper.get('table.runs tbody tr .tag').text()).toBe('baseline')
    expect(first.slice(1, 10)).toEqual([
      'completed',
      'iris',
      '4-32-3',
      '30 / 30',
      '0.0812',
      '0.1034',
      '97.5%',
      '96.7%',
      '12.3 s'
    ])
    expect(second.slice(1, 5)).toEqual(['interrupted', 'digits', '64-256-10', '11 / 200'])
    expect(second[9]).toBe('2 min 05 s')
    expect(third.slice(1, 10)).toEqual([
      'failed',
      'iris',
      '4-32-3',
      '0 / 30',
      '—',
      '—',
      '—',
      '—',
      '0.42 s'
    ])
  })

  it('filters by status and text, and says so when nothing matches', async () => {
    const wrapper = await mountView()
    await wrapper.get('select').setValue('interrupted')
    expect(rowNames(wrapper)).toEqual(['digits long'])
    await wrapper.get('select').setValue('all')
    await wrapper.get('input[type="search"]').setValue('baseline')
    expect(rowNames(wrapper)).toEqual(['iris wide'])
    await wrapper.get('input[type="search"]').setValue('no such run')
    expect(wrapper.find('table.runs').exists()).toBe(false)
    expect(wrapper.text()).toContain('No run matches this filter.')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Clear filter')!
      .trigger('click')
    expect(rowTexts(wrapper)).toHaveLength(3)
  })

  it('opens a run with every setting, its layers and their parameter counts', async () => {
    const wrapper = await mountView()
    await openRun(wrapper, 'iris wide')
    expect(api.requests('runs:get')).toEqual([{ runId: 'r3' }])
    const setting = (field: string) => wrapper.get(`tr[data-field="${field}"] td`).text()
    expect(setting('learningRate')).toBe('0.005')
    expect(setting('hidden')).toBe('32')
    expect(setting('batchSize')).toBe('16')
    expect(setting('split')).toBe('0.8 / 0.2')
    expect(setting('shuffle')).toBe('yes')
    expect(setting('dataHash')).toBe('a'.repeat(64))
    expect(setting('preprocessing')).toBe('Standardize (mean 0, sd 1)')
    const layers = wrapper.findAll('table.layers tbody tr').map((row) => row.text())
    // 32·(4+1) = 160 and 3·(32+1) = 99 weights and biases.
    expect(layers).toEqual(['Input44 features', 'Hidden 132relu160all', 'Output3softmax99all'])
    expect(wrapper.text()).toContain('Total: 259 parameters')
    // The run page shows the very figures of its list row.
    expect(wrapper.get('tr[data-part="validation"]').text()).toBe('Validation0.103496.7%')
    expect(wrapper.get('table.runs tr[aria-current="true"]').attributes('data-run-id')).toBe('r3')
  })

  it('opens the last run again when the screen comes back (the saved training.runId)', async () => {
    useTrainingStore().runId = 'r2'
    const wrapper = await mountView()
    expect(api.requests('runs:get')).toEqual([{ runId: 'r2' }])
    expect(wrapper.get('article').attributes('aria-label')).toBe('Run digits long')
  })

  it('shows a failed run’s error and its last numbers instead of a final evaluation', async () => {
    const wrapper = await mountView()
    await openRun(wrapper, 'diverged')
    expect(wrapper.get('[role="note"]').text()).toBe(`This run failed${FAILURE}`)
    expect(wrapper.text()).toContain('This run ended without a final evaluation: no test figures')
    expect(wrapper.text()).not.toContain('Continue training')
  })

  it('renames the run in place', async () => {
    const wrapper = await mountView()
    await openRun(wrapper, 'iris wide')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Rename')!
      .trigger('click')
    await wrapper.get('input[aria-label="Run name"]').setValue('  iris, 32 relu  ')
    await wrapper.get('form.rename').trigger('submit')
    await flushPromises()
    expect(api.requests('runs:rename')).toEqual([{ runId: 'r3', name: 'iris, 32 relu' }])
    expect(wrapper.get('h3.run-title').text()).toBe('iris, 32 relu')
  })

  it('deletes only after the user confirms', async () => {
    const wrapper = await mountView()
    await openRun(wrapper, 'iris wide')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Delete')!
      .trigger('click')
    expect(wrapper.get('[role="alertdialog"]').text()).toContain('Delete run “iris wide”')
    expect(api.requests('runs:delete')).toEqual([])
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Delete run')!
      .trigger('click')
    await flushPromises()
    expect(api.requests('runs:delete')).toEqual([{ runId: 'r3' }])
    expect(wrapper.find('article').exists()).toBe(false)
    expect(rowNames(wrapper)).toEqual(['digits long', 'diverged'])
  })

  it('continues an interrupted run and switches to the Training screen watching it', async () => {
    const wrapper = await mountView()
    await openRun(wrapper, 'digits long')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Continue training')!
      .trigger('click')
    await flushPromises()
    expect(api.requests('training:continue')).toEqual([{ runId: 'r2' }])
    expect(useAppStore().view).toBe('training')
    expect(useTrainingStore()).toMatchObject({ runId: 'r2', phase: 'starting' })
  })

  it('continues from a scrubbed epoch as a new run watched on the Training screen', async () => {
    const wrapper = await mountView()
    await openRun(wrapper, 'iris wide')
    await wrapper.get('.run-timeline input[type="range"]').setValue('2')
    await flushPromises()
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Continue from here')!
      .trigger('click')
    await flushPromises()
    expect(api.requests('training:branch')).toEqual([{ runId: 'r3', epoch: 2, changes: {} }])
    expect(useAppStore().view).toBe('training')
    expect(useTrainingStore()).toMatchObject({ runId: 'r4', phase: 'starting' })
  })

  it('saves notes and tags together', async () => {
    const wrapper = await mountView()
    await openRun(wrapper, 'iris wide')
    await wrapper.get('textarea').setValue('lr 0.005 is stable')
    await wrapper.get('input[aria-label="Add tag"]').setValue('adam')
    await wrapper.get('.notes form').trigger('submit')
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Save notes')!
      .trigger('click')
    await flushPromises()
    expect(api.requests('runs:annotate')).toEqual([
      { runId: 'r3', notes: 'lr 0.005 is stable', tags: ['baseline', 'adam'] }
    ])
  })

  it('invites a first training when there are no runs', async () => {
    listed = []
    const wrapper = await mountView()
    expect(wrapper.text()).toContain('No runs yet.')
  })

  it('draws the loss and accuracy curves with the batch costs on the epoch axis', async () => {
    views.r3 = runPage(completed, {
      batchLosses: [
        { step: 8, loss: 0.9 },
        { step: 240, loss: 0.1 }
      ]
    })
    const wrapper = await mountView()
    await openRun(wrapper, 'iris wide')
    const charts = () => wrapper.findAllComponents(MetricsChart)
    expect(charts().map((chart) => chart.props('metric'))).toEqual(['loss', 'accuracy'])
    expect(charts()[0].props('epochs')).toEqual(views.r3.detail.metrics)
    // Batch costs sit on the epoch axis: the last stored step (240) over the 30 epochs done.
    expect(charts()[0].props('batchesPerEpoch')).toBe(8)
  })
})
