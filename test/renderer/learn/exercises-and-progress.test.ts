import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { UiState } from '@shared/model/app-state'
import { usePersistedState } from '@renderer/composables/use-persisted-state'
import { i18n, setLocale } from '@renderer/i18n'
import zhCN from '@renderer/i18n/zh-CN/learn'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useLearnStore } from '@renderer/stores/learn'
import { useNetworkStore } from '@renderer/stores/network'
import LearnView from '@renderer/views/LearnView.vue'
import { csvDataset } from '../data/fixtures'
import { fakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const CIRCLES = csvDataset({
  datasetId: 'circles',
  name: 'circles',
  kind: 'generated',
  rows: 400,
  features: 2,
  inputShape: [2],
  classes: ['0', '1'],
  classCounts: [200, 200]
})

/** Main as the Learn screen sees it: a stored UI state and the circles dataset; saves recorded. */
function fakeMain(stored: UiState | null): UiState[] {
  const saved: UiState[] = []
  fakeLab({
    'datasets:list': () => [CIRCLES],
    'app:state-get': () => stored,
    'app:state-set': (state) => void saved.push(state)
  })
  return saved
}

const STATE: UiState = {
  view: 'learn',
  datasetId: 'circles',
  network: null,
  training: null,
  runId: null
}
const afterSave = () => new Promise((resolve) => setTimeout(resolve, 650))

describe('exercises: answer first, then the lab’s value', () => {
  let pinia: Pinia
  let wrapper: VueWrapper

  beforeEach(() => {
    fakeMain(STATE)
    pinia = createPinia()
    setActivePinia(pinia)
    useDatasetsStore().datasets = [CIRCLES]
    useDatasetsStore().select('circles')
    useNetworkStore().load({
      hidden: [{ units: 4, activation: 'tanh' }],
      output: 'sigmoid',
      loss: 'binary-cross-entropy'
    })
  })
  afterEach(() => setLocale('en'))

  const open = (lesson: 'oneHidden' | 'worked') => {
    useLearnStore().open(lesson)
    wrapper = mount(LearnView, {
      global: { plugins: [pinia, i18n], stubs: { KatexFormula: true } }
    })
    return wrapper
  }
  const card = (id: string) => wrapper.get(`[data-exercise="${id}"]`)

  it('asks for the shape of dW(1) of the design on the Network screen and accepts 4 x 2', async () => {
    open('oneHidden')
    expect(card('shapeDW1').text()).toContain('n_x = 2 inputs and n_h = 4 hidden units')
    expect(card('shapeDW1').find('[data-test=lab-value]').exists()).toBe(false)
    await card('shapeDW1').get('input').setValue('4 x 2')
    await card('shapeDW1').get('form').trigger('submit')
    expect(card('shapeDW1').text()).toContain('Right.')
    expect(card('shapeDW1').get('[data-test=lab-value]').text()).toBe('The lab’s value: 4 × 2')
    expect(useLearnStore().answered).toEqual({ 'oneHidden.shapeDW1': true })
  })

  it('reveals the value after a wrong answer and records it as not right', async () => {
    open('oneHidden')
    await card('shapeLabA1').get('input').setValue('4×320')
    await card('shapeLabA1').get('form').trigger('submit')
    expect(card('shapeLabA1').text()).toContain('Not quite.')
    // m = 32 by default (batches of 32 of 320 training rows), n_h = 4: the lab's a(1) is 32 × 4.
    expect(card('shapeLabA1').get('[data-test=lab-value]').text()).toBe('The lab’s value: 32 × 4')
    expect(useLearnStore().answered['oneHidden.shapeLabA1']).toBe(false)
  })

  it('asks again for an answer it cannot read, without revealing or recording', async () => {
    open('oneHidden')
    await card('tanhSlope').get('input').setValue('sixty-four')
    await card('tanhSlope').get('form').trigger('submit')
    expect(card('tanhSlope').get('[role=alert]').text()).toBe(
      'Write a number, for example 0.25 or 1/4.'
    )
    expect(card('tanhSlope').find('[data-test=lab-value]').exists()).toBe(false)
    expect(useLearnStore().answered).toEqual({})
  })

  it('takes a sign from its buttons and explains the worked example’s ∂E/∂w5 = 0.082167041', async () => {
    open('worked')
    const negative = card('signW5')
      .findAll('button')
      .find((button) => button.text() === 'negative')!
    await negative.trigger('click')
    expect(card('signW5').text()).toContain('Not quite.')
    expect(card('signW5').get('[data-test=lab-value]').text()).toBe('The lab’s value: positive')
    expect(card('signW5').text()).toContain('∂E/∂w5 = 0.082167041')
  })

  it('shows a stored answer’s result at once, and lets the learner answer again', async () => {
    useLearnStore().record('worked.updatedW5', true)
    open('worked')
    expect(card('updatedW5').text()).toContain('Right.')
    expect(card('updatedW5').get('[data-test=lab-value]').text()).toBe(
      'The lab’s value: 0.3589164797'
    )
    await card('updatedW5').findAll('button').at(-1)!.trigger('click')
    expect(card('updatedW5').find('input').exists()).toBe(true)
  })

  it('speaks Chinese when the UI does, numbers and shapes unchanged', async () => {
    setLocale('zh-CN')
    open('oneHidden')
    expect(wrapper.text()).toContain(zhCN.lessons.oneHidden.title)
    await card('shapeDW1').get('input').setValue('4乘2')
    await card('shapeDW1').get('form').trigger('submit')
    expect(card('shapeDW1').text()).toContain('正确。')
    expect(card('shapeDW1').get('[data-test=lab-value]').text()).toBe('实验室计算的值：4 × 2')
  })
})

describe('progress through the lessons', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is restored from the stored UI state and shown in the lesson list', async () => {
    fakeMain({
      ...STATE,
      learn: {
        lesson: 'worked',
        visited: ['logistic', 'worked'],
        answered: { 'worked.signW5': true, 'worked.updatedW5': false }
      }
    })
    await usePersistedState()
    const learn = useLearnStore()
    expect(learn.lesson).toBe('worked')
    const wrapper = mount(LearnView, { global: { plugins: [i18n], stubs: { KatexFormula: true } } })
    expect(wrapper.get('[data-lesson=worked]').attributes('aria-current')).toBe('page')
    expect(wrapper.get('[data-lesson=worked]').text()).toContain('Visited · 1 of 3 exercises right')
    expect(wrapper.get('[data-lesson=deep]').text()).toContain('Not started')
  })

  it('is saved through main as lessons are opened and exercises answered', async () => {
    const saved = fakeMain(STATE)
    await usePersistedState()
    const learn = useLearnStore()
    learn.open('deep')
    learn.record('deep.sigmoidMax', true)
    await afterSave()
    expect(saved.at(-1)?.learn).toEqual({
      lesson: 'deep',
      visited: ['deep'],
      answered: { 'deep.sigmoidMax': true },
      notation: 'lab'
    })
  })

  it('remembers the notation chosen, and reads an unknown stored one as the lab’s', async () => {
    const saved = fakeMain({
      ...STATE,
      learn: { lesson: 'oneHidden', visited: ['oneHidden'], answered: {}, notation: 'course' }
    })
    await usePersistedState()
    const learn = useLearnStore()
    expect(learn.notationId).toBe('course')
    const wrapper = mount(LearnView, { global: { plugins: [i18n], stubs: { KatexFormula: true } } })
    expect(wrapper.get('[data-notation=course] input').element).toHaveProperty('checked', true)
    await wrapper.get('[data-notation=derivation] input').setValue(true)
    expect(learn.notationId).toBe('derivation')
    await afterSave()
    expect(saved.at(-1)?.learn?.notation).toBe('derivation')
    learn.restore({ lesson: null, visited: [], answered: {}, notation: 'klingon' })
    expect(learn.notationId).toBe('lab')
  })
})
