import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { useInspectStore } from '@renderer/stores/inspect'
import { useTrainingStore } from '@renderer/stores/training'
import TrainingView from '@renderer/views/TrainingView.vue'
import { fakeLab } from '../support/fake-lab'
import { pointsDataset, storedRun } from '../training/fixtures'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('Open in Inspect from the Training result', () => {
  it('opens the Inspect screen on the run shown, at its weights and first sample', async () => {
    const run = storedRun(3, 'completed')
    fakeLab({
      'datasets:preview': () => ({ datasetId: 'd1', total: 0, offset: 0, rows: [] }),
      'training:boundary': () => null,
      'runs:list': () => [],
      'runs:get': () => run
    })
    const pinia = piniaWith(pointsDataset())
    const inspect = useInspectStore()
    inspect.focus('confusion', { source: { kind: 'run', runId: 'other' }, sampleRow: 40 })
    await useTrainingStore().show(run.detail.runId)
    const wrapper = mount(TrainingView, {
      global: { plugins: [pinia, i18n], stubs: { LineChart: true, DecisionBoundary: true } }
    })
    await wrapper.vm.$nextTick()
    const open = wrapper
      .findAll('.run-summary button')
      .find((button) => button.text() === 'Open in Inspect')!
    await open.trigger('click')
    expect(useAppStore().view).toBe('inspect')
    expect(inspect.panel).toBe('weights')
    expect(inspect.target).toEqual({ kind: 'run', runId: run.detail.runId })
    expect(inspect.sampleRow).toBeNull()
  })
})
