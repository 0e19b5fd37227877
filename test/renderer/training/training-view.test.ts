import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import BoundaryPanel from '@renderer/components/training/BoundaryPanel.vue'
import RunSummaryPanel from '@renderer/components/training/RunSummaryPanel.vue'
import SplitWorkbench from '@renderer/components/training/SplitWorkbench.vue'
import TrainingControls from '@renderer/components/training/TrainingControls.vue'
import { splitView } from '@renderer/composables/split-view'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useTrainingStore } from '@renderer/stores/training'
import TrainingView from '@renderer/views/TrainingView.vue'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import {
  change,
  ended,
  epoch,
  liveState,
  pointsDataset,
  positionAt,
  regressionDataset,
  STARTED,
  START_INFO,
  storedRun
} from './fixtures'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('training screen', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'datasets:preview': () => ({ datasetId: 'd1', total: 0, offset: 0, rows: [] }),
      'training:start': () => STARTED,
      'training:boundary': () => null,
      'runs:get': ({ runId }) => ({
        ...storedRun(3, 'stopped'),
        detail: { ...storedRun(3, 'stopped').detail, runId }
      }),
      'training:live': () => null,
      'runs:list': () => []
    })
    pinia = createPinia()
    setActivePinia(pinia)
  })

  const mountView = (dataset = pointsDataset()) => {
    const datasets = useDatasetsStore()
    datasets.datasets = [dataset]
    datasets.select(dataset.datasetId)
    return mount(TrainingView, {
      global: { plugins: [pinia, i18n], stubs: { LineChart: true, DecisionBoundary: true } }
    })
  }

  it('is the Training view, says what it trains, and plots the boundary of 2-feature classes', () => {
    const wrapper = mountView()
    expect(wrapper.get('section.view').attributes('aria-label')).toBe('Training')
    expect(wrapper.text()).toContain('Training 2–32–1 on moons')
    expect(wrapper.findComponent(BoundaryPanel).exists()).toBe(true)
  })

  it('draws a 2-feature regression’s predicted surface instead (issue 18), and no accuracy chart', () => {
    const wrapper = mountView(regressionDataset())
    expect(wrapper.findComponent(BoundaryPanel).exists()).toBe(true)
    const headings = wrapper.findAll('h3').map((heading) => heading.text())
    expect(headings).toContain('Predicted surface')
    expect(headings).not.toContain('Decision boundary')
    expect(headings).not.toContain('Accuracy')
  })

  it('Split view puts the controls, generator, network and boundary together on 2-D data', async () => {
    const wrapper = mountView()
    const toggle = wrapper.get('[data-test="split-toggle"]')
    expect(toggle.attributes('aria-pressed')).toBe('false')
    expect(wrapper.findComponent(SplitWorkbench).exists()).toBe(false)
    await toggle.trigger('click')
    try {
      expect(toggle.attributes('aria-pressed')).toBe('true')
      const split = wrapper.getComponent(SplitWorkbench)
      expect(split.findComponent(BoundaryPanel).exists()).toBe(true)
      // The same controls, moved, not copied: one set on the screen.
      expect(wrapper.findAllComponents(TrainingControls)).toHaveLength(1)
      expect(split.findComponent(TrainingControls).exists()).toBe(true)
      expect(wrapper.findAllComponents(BoundaryPanel)).toHaveLength(1)
    } finally {
      splitView.value = false
    }
  })

  it('offers no split view for more than two features', () => {
    const wrapper = mountView(pointsDataset({ features: 4, featureNames: ['a', 'b', 'c', 'd'] }))
    expect(wrapper.find('[data-test="split-toggle"]').exists()).toBe(false)
  })

  it('has no boundary plot for more than two features', () => {
    const wrapper = mountView(pointsDataset({ features: 4, featureNames: ['a', 'b', 'c', 'd'] }))
    expect(wrapper.findComponent(BoundaryPanel).exists()).toBe(false)
  })

  it('shows progress while training and the result at the end, with a way to the run in Experiments', async () => {
    const wrapper = mountView()
    await useTrainingStore().start()
    api.emit('training:change', change({ position: positionAt(55), epochs: [epoch(4)] }))
    await settle()
    expect(wrapper.text()).toContain('Epoch 5 of 50 · batch 3 of 13')
    expect(wrapper.text()).toContain('4,000 samples/s')
    expect(wrapper.text()).toContain('Engine: wasm-simd-f32 (relaxed, 2 threads)')
    expect(wrapper.find('[data-test="chunked"]').exists()).toBe(false)
    expect(wrapper.get('[role=progressbar]').attributes('aria-valuenow')).toBe(
      String(Math.round((55 / 650) * 1000) / 10)
    )
    expect(wrapper.findComponent(RunSummaryPanel).exists()).toBe(false)
    api.emit('training:change', ended())
    await settle()
    await wrapper.get('button.open-run').trigger('click')
    await settle()
    expect(api.requests('runs:get')).toContainEqual({ runId: 'r1' })
    expect(useAppStore().view).toBe('experiments')
  })

  it('says when a small network trains whole chunks of batches on one thread', async () => {
    const wrapper = mountView()
    await useTrainingStore().start()
    const start = { ...START_INFO, batchesInChunks: true }
    api.emit('training:change', change({ start, position: positionAt(55), epochs: [epoch(4)] }))
    await settle()
    const note = wrapper.get('[data-test="chunked"]')
    expect(note.text()).toBe('· many batches per call into the engine, on one thread')
    expect(note.attributes('title')).toContain('Step and slow motion still go batch by batch')
    api.emit('training:change', ended())
    await settle()
  })

  it('titles a continued run by its own dataset and network, not the current design', async () => {
    const wrapper = mountView()
    useTrainingStore().follow(liveState({ runId: 'r7', status: 'starting' }), storedRun(3))
    await settle()
    expect(wrapper.get('.view-header').text()).toContain('Training 64–16–10 on digits')
    expect(wrapper.text()).not.toContain('on moons')
    // It is the digits run's own: no boundary plot of the moons points.
    expect(wrapper.findComponent(BoundaryPanel).exists()).toBe(false)
  })

  it('shows a stored run’s result with its classes, and what Start would train instead', async () => {
    const wrapper = mountView()
    await useTrainingStore().show('r7')
    await settle()
    const result = wrapper.getComponent(RunSummaryPanel)
    expect(result.text()).toContain('Stopped')
    expect(result.text()).toContain('1,437 samples/s (whole run)')
    expect(result.props('classes')).toEqual(storedRun().classes)
    expect(wrapper.get('.next-run').text()).toBe('Start trains 2–32–1 on moons')
  })

  it('scrubs an ended run’s stored epochs and continues from one, watched here', async () => {
    const stopped = storedRun(3, 'stopped')
    api = fakeLab({
      'datasets:preview': () => ({ datasetId: 'd1', total: 0, offset: 0, rows: [] }),
      'datasets:get': () => pointsDataset({ features: 64 }),
      'inspect:layer': () => {
        throw new Error('not drawn in this test')
      },
      'runs:get': ({ runId }) => ({ ...stopped, detail: { ...stopped.detail, runId } }),
      'runs:list': () => [],
      'training:live': () => null,
      'training:branch': () => liveState({ runId: 'r8', status: 'starting' })
    })
    const wrapper = mountView()
    await useTrainingStore().show('r7')
    await settle()
    const timeline = wrapper.get('.run-timeline')
    expect(timeline.text()).toContain('Through time')
    await timeline.get('input[type="range"]').setValue('1')
    await timeline.get('form.branch').trigger('submit')
    await settle()
    const stored = stopped.checkpoints.epochs
    expect(api.requests('training:branch')).toEqual([
      { runId: 'r7', epoch: stored[1], changes: {} }
    ])
    expect(useTrainingStore().runId).toBe('r8')
    expect(wrapper.find('.run-timeline').exists()).toBe(false)
  })

  it('labels the live speed as the latest epochs’', async () => {
    const wrapper = mountView()
    await useTrainingStore().start()
    api.emit('training:change', change({ position: positionAt(14), epochs: [epoch(1)] }))
    await settle()
    expect(wrapper.text()).toContain('1,000 samples/s (latest epochs)')
    expect(wrapper.find('.next-run').exists()).toBe(false)
  })
})
