import { mount } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import TrainingSettingsPanel from '@renderer/components/training/TrainingSettingsPanel.vue'
import { i18n } from '@renderer/i18n'
import { useTrainingStore } from '@renderer/stores/training'
import { startBlockerText } from '@renderer/lib/training/start-blocker-text'
import { fakeLab } from '../support/fake-lab'
import { liveState, pointsDataset } from './fixtures'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('training settings', () => {
  let pinia: Pinia

  beforeEach(() => {
    fakeLab({})
    pinia = piniaWith(pointsDataset({ rows: 2_500, classCounts: [1_250, 1_250] }))
  })

  const mountPanel = () => mount(TrainingSettingsPanel, { global: { plugins: [pinia, i18n] } })
  const field = (wrapper: ReturnType<typeof mountPanel>, label: string) =>
    wrapper.findAll('label.field').find((candidate) => candidate.get('span').text() === label)!

  it('brings the new optimizer’s suggested rate unless the user chose another', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    await field(wrapper, 'Optimizer').get('select').setValue('sgd')
    expect(training.settings.learningRate).toBe(0.1)
    expect(wrapper.text()).toContain('Suggested for SGD: 0.1')
    await field(wrapper, 'Learning rate').get('input').setValue('0.3')
    expect(training.settings.learningRate).toBe(0.3)
    await field(wrapper, 'Optimizer').get('select').setValue('momentum')
    expect(training.settings.learningRate).toBe(0.3)
    expect(field(wrapper, 'Momentum μ').exists()).toBe(true)
    await wrapper
      .findAll('button.link')
      .find((button) => button.text() === 'Use 0.05')!
      .trigger('click')
    expect(training.settings.learningRate).toBe(0.05)
  })

  it('keeps the last valid value while a field holds an invalid one, and says so', async () => {
    const wrapper = mountPanel()
    const input = field(wrapper, 'Learning rate').get('input')
    await input.setValue('-1')
    expect(useTrainingStore().settings.learningRate).toBe(0.005)
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(field(wrapper, 'Learning rate').get('[role=alert]').text()).toBe(
      'Enter a number from 1e-9 to 1000'
    )
  })

  it('holds Start while a field holds an invalid value, naming the field, until it is corrected', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    expect(training.controls.start).toBe(true)
    const input = field(wrapper, 'Learning rate').get('input')
    await input.setValue('-0.1')
    expect(training.controls.start).toBe(false)
    expect(startBlockerText(i18n.global.t, training.startBlocker!)).toBe(
      'Correct “Learning rate” first: what it holds is not a valid value.'
    )
    await field(wrapper, 'Batch size').get('input').setValue('')
    await input.setValue('0.01')
    expect(training.startBlocker).toEqual({ key: 'invalidSetting', field: 'Batch size' })
    await field(wrapper, 'Batch size').get('input').setValue('16')
    expect(training.startBlocker).toBeNull()
    expect(training.controls.start).toBe(true)
    await input.setValue('-1')
    wrapper.unmount()
    expect(training.startBlocker).toBeNull()
  })

  it('shows the epochs auto will use and switches to a number of one’s own', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    // 80 % of 2,500 rows = 2,000 training rows: 150,000 / 2,000 = 75 epochs.
    expect(wrapper.text()).toContain('Auto: 75 epochs for 2000 training rows')
    const epochs = field(wrapper, 'Epochs').get('input')
    expect((epochs.element as HTMLInputElement).disabled).toBe(true)
    expect((epochs.element as HTMLInputElement).value).toBe('75')
    await wrapper
      .findAll('input[type=checkbox]')
      .find((box) => box.element.parentElement?.textContent?.includes('Auto'))!
      .setValue(false)
    expect(training.settings.epochs).toBe(75)
    await epochs.setValue('12')
    expect(training.settings.epochs).toBe(12)
  })

  it('counts the training rows as the run splits them, class by class', async () => {
    // 147 rows in classes of 49, 50 and 48: 80 % of each, rounded, is 39 + 40 + 38 = 117
    // (80 % of 147 is 117.6, which rounds to 118: a row the run does not train on).
    pinia = piniaWith(pointsDataset({ rows: 147, classCounts: [49, 50, 48] }))
    const wrapper = mountPanel()
    expect(wrapper.text()).toContain('Auto: 100 epochs for 117 training rows')
  })

  it('trains on full batches when asked, and returns to the last batch size', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    await field(wrapper, 'Batch size').get('input').setValue('64')
    const full = wrapper
      .findAll('input[type=checkbox]')
      .find((box) => box.element.parentElement?.textContent?.includes('Full batch'))!
    await full.setValue(true)
    expect(training.settings.batchSize).toBe('full')
    await full.setValue(false)
    expect(training.settings.batchSize).toBe(64)
  })

  it('edits the split and normalization under data handling', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    await field(wrapper, 'Test %').get('input').setValue('10')
    expect(training.settings.split).toEqual([0.7, 0.2, 0.1])
    expect(wrapper.text()).toContain('Training: 70%')
    await field(wrapper, 'Normalize inputs').get('select').setValue('minmax')
    expect(training.settings.normalize).toBe('minmax')
  })

  it('is locked while a run goes', async () => {
    const wrapper = mountPanel()
    useTrainingStore().follow(liveState(), null)
    await wrapper.vm.$nextTick()
    expect((wrapper.get('fieldset').element as HTMLFieldSetElement).disabled).toBe(true)
    expect(wrapper.text()).toContain('Settings apply to the next run.')
  })
})
