import { mount } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import TrainingSettingsPanel from '@renderer/components/training/TrainingSettingsPanel.vue'
import { i18n, setLocale } from '@renderer/i18n'
import { buildStartRequest } from '@renderer/lib/training/run-controls'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab } from '../support/fake-lab'
import { pointsDataset } from './fixtures'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** The Training screen's learning-rate schedule and early stopping (issue 19). */
describe('schedule and early-stopping settings', () => {
  let pinia: Pinia

  beforeEach(() => {
    setLocale('en')
    fakeLab({})
    pinia = piniaWith(pointsDataset({ rows: 2_500, classCounts: [1_250, 1_250] }))
  })

  const mountPanel = () => mount(TrainingSettingsPanel, { global: { plugins: [pinia, i18n] } })
  const field = (wrapper: ReturnType<typeof mountPanel>, label: string) =>
    wrapper.findAll('label.field').find((candidate) => candidate.get('span').text() === label)!

  it('chooses a step decay, draws its curve before training and sends it with the run', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    training.settings.epochs = 20
    training.settings.learningRate = 0.1
    await wrapper.get('[data-testid=schedule-kind]').setValue('step')
    expect(training.settings.lrSchedule).toEqual({
      kind: 'step',
      stepEpochs: 10,
      gamma: 0.5,
      warmupEpochs: 0
    })
    await field(wrapper, 'Every (epochs)').get('input').setValue('5')
    await field(wrapper, 'Warm-up epochs').get('input').setValue('2')
    const curve = wrapper.get('[data-testid=schedule-curve]')
    // epochs 1, 2 warm up (0.1/3, 0.2/3); then 0.1 for 5 epochs, halving every 5: the last is 0.0125
    expect(curve.text()).toBe('Learning rate by epoch: highest 0.1, last 0.0125, over 20 epochs')
    expect(curve.get('path').attributes('d')).toMatch(/^M0 42\.67 L/)
    const request = buildStartRequest('d1', training.settings, {}, false)
    expect(request.config.lrSchedule).toEqual({
      kind: 'step',
      stepEpochs: 5,
      gamma: 0.5,
      warmupEpochs: 2
    })
  })

  it('turns early stopping on with the CLI’s defaults, and says it needs a validation part', async () => {
    const wrapper = mountPanel()
    const training = useTrainingStore()
    expect(training.settings.earlyStopping).toBeNull()
    await wrapper.get('[data-testid=early-stopping-enabled]').setValue(true)
    expect(training.settings.earlyStopping).toEqual({
      monitor: 'val-loss',
      patience: 10,
      restoreBest: true
    })
    await field(wrapper, 'Watch').get('select').setValue('val-accuracy')
    await field(wrapper, 'Patience (epochs)').get('input').setValue('4')
    expect(training.settings.earlyStopping).toEqual({
      monitor: 'val-accuracy',
      patience: 4,
      restoreBest: true
    })
    expect(wrapper.find('[data-testid=early-stopping-settings] [role=alert]').exists()).toBe(false)
    training.settings.split = [1]
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid=early-stopping-settings] [role=alert]').text()).toContain(
      'validation part'
    )
  })

  it('says in Chinese when a later change of epochs leaves the warm-up too long', async () => {
    setLocale('zh-CN')
    const wrapper = mountPanel()
    const training = useTrainingStore()
    training.settings.epochs = 10
    training.settings.lrSchedule = { kind: 'constant', warmupEpochs: 6 }
    training.settings.epochs = 5
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid=schedule-settings] p.problem').text()).toBe(
      '预热必须短于整次训练（5 轮）。'
    )
    setLocale('en')
  })
})
