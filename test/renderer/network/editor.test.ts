import './standards-mode'
import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import { i18n } from '@renderer/i18n'
import OutputLossChoices from '@renderer/components/network/OutputLossChoices.vue'
import { useAppStore } from '@renderer/stores/app'
import { DEFAULT_DRAFT, useNetworkStore } from '@renderer/stores/network'
import { useTaskStore } from '@renderer/stores/task'
import NetworkView from '@renderer/views/NetworkView.vue'
import type { DatasetSummary } from '@shared/model/dataset'
import type { NetworkDraft } from '@shared/model/app-state'
import { BREAST_CANCER, HOUSES, IRIS, TEXTBOOK } from './fixtures'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** Mounts the Network screen on a dataset with a design loaded. */
function openScreen(
  dataset: DatasetSummary | null,
  draft: NetworkDraft = DEFAULT_DRAFT,
  preset: string | null = null
) {
  const pinia = piniaWith(dataset)
  const network = useNetworkStore()
  network.load(draft, preset)
  const wrapper = mount(NetworkView, { global: { plugins: [pinia, i18n] } })
  return { wrapper, network }
}

const button = (wrapper: VueWrapper, label: string) => wrapper.get(`button[aria-label="${label}"]`)
const buttonWithText = (wrapper: Pick<VueWrapper, 'findAll'>, text: string) => {
  const found = wrapper.findAll('button').find((candidate) => candidate.text().startsWith(text))
  if (!found) throw new Error(`no button "${text}"`)
  return found
}
const architecture = (wrapper: VueWrapper) => wrapper.get('.summary .mono').text()

describe('output and loss choices', () => {
  function optionTexts(dataset: DatasetSummary, output: NetworkDraft['output'] = 'auto') {
    const pinia = piniaWith(dataset)
    useNetworkStore().load({ hidden: [], output, loss: 'auto' })
    const wrapper = mount(OutputLossChoices, { global: { plugins: [pinia, i18n] } })
    const [outputs, losses] = wrapper
      .findAll('select')
      .map((select) => select.findAll('option').map((option) => option.text()))
    return { outputs, losses }
  }

  it('says what auto resolves to for two classes, three classes and a regression target', () => {
    expect(optionTexts(BREAST_CANCER).outputs[0]).toBe('auto (one sigmoid unit: P(malignant))')
    expect(optionTexts(BREAST_CANCER).losses[0]).toBe('auto (binary cross-entropy)')
    expect(optionTexts(IRIS).outputs[0]).toBe('auto (softmax over 3 classes)')
    expect(optionTexts(IRIS).losses[0]).toBe('auto (cross-entropy)')
    expect(optionTexts(HOUSES).outputs[0]).toBe('auto (linear, 1 target)')
    expect(optionTexts(HOUSES).losses[0]).toBe('auto (half squared error)')
    expect(optionTexts(TEXTBOOK).outputs[0]).toBe('auto (linear, 2 targets)')
  })

  it('resolves the auto loss from the output chosen', () => {
    expect(optionTexts(BREAST_CANCER, 'softmax').losses[0]).toBe('auto (cross-entropy)')
    expect(optionTexts(IRIS, 'linear').losses[0]).toBe('auto (half squared error)')
    expect(optionTexts(IRIS).outputs.slice(1)).toEqual(['sigmoid', 'softmax', 'linear (identity)'])
  })
})

describe('editing the design', () => {
  it('adds layers before and after a hidden layer, copying its width and activation', async () => {
    const { wrapper, network } = openScreen(IRIS, {
      hidden: [{ units: 16, activation: 'relu' }],
      output: 'auto',
      loss: 'auto'
    })
    expect(architecture(wrapper)).toBe('4–16–3')
    await button(wrapper, 'Add a layer after hidden layer 1').trigger('click')
    expect(network.draft.hidden).toEqual([
      { units: 16, activation: 'relu' },
      { units: 16, activation: 'relu' }
    ])
    await wrapper.get('#hidden-1-units').setValue('8')
    await button(wrapper, 'Add a layer before hidden layer 2').trigger('click')
    expect(network.draft.hidden.map((layer) => layer.units)).toEqual([16, 8, 8])
    expect(architecture(wrapper)).toBe('4–16–8–8–3')
    expect(wrapper.findAll('.diagram .column')).toHaveLength(5)
  })

  it('changes units and activation, and the counts and drawing follow', async () => {
    const { wrapper, network } = openScreen(IRIS)
    await wrapper.get('#hidden-0-units').setValue('32')
    expect(network.draft.hidden[0].units).toBe(32)
    // 4·32 + 32 weights and biases into the hidden layer, 32·3 + 3 into the output.
    expect(wrapper.get('.summary').text()).toContain(`${4 * 32 + 32 + 32 * 3 + 3} parameters`)
    await wrapper.get('.hidden-layer select').setValue('tanh')
    expect(network.draft.hidden[0].activation).toBe('tanh')
    expect(wrapper.findAll('.diagram .activation').map((text) => text.text())).toEqual([
      'tanh',
      'softmax'
    ])
  })

  it('offers every hidden activation by name, GELU among them, and draws the one chosen', async () => {
    const { wrapper, network } = openScreen(IRIS)
    const select = wrapper.get('.hidden-layer select')
    expect(select.findAll('option').map((option) => option.text())).toEqual([
      'sigmoid',
      'tanh',
      'ReLU',
      'leaky ReLU',
      'GELU',
      'SiLU (swish)',
      'linear'
    ])
    await select.setValue('gelu')
    expect(network.draft.hidden[0].activation).toBe('gelu')
    expect(wrapper.findAll('.diagram .activation').map((text) => text.text())).toEqual([
      'GELU',
      'softmax'
    ])
  })

  it('refuses units outside 1–4096 with a hint, and puts the old value back on leaving the field', async () => {
    const { wrapper, network } = openScreen(IRIS)
    const input = wrapper.get('#hidden-0-units')
    await input.setValue('0')
    expect(network.draft.hidden[0].units).toBe(32)
    expect(input.attributes('aria-invalid')).toBe('true')
    expect((input.element as HTMLInputElement).value).toBe('0')
    expect(wrapper.get('.hint').text()).toBe('A whole number from 1 to 4096')
    await input.setValue('2.5')
    expect(network.draft.hidden[0].units).toBe(32)
    await input.trigger('blur')
    expect((input.element as HTMLInputElement).value).toBe('32')
    expect(wrapper.get('.hint').text()).toBe(
      '“2.5” is not a whole number from 1 to 4096: the layer keeps 32 units.'
    )
    await input.setValue('16')
    expect(wrapper.find('.hint').exists()).toBe(false)
  })

  it('typing past the limit does not leave the layer at the valid size typed on the way', async () => {
    const { wrapper, network } = openScreen(IRIS)
    const input = wrapper.get('#hidden-0-units')
    await input.trigger('focus')
    for (const text of ['5', '50', '500']) await input.setValue(text)
    expect(network.draft.hidden[0].units).toBe(500)
    await input.setValue('5000')
    // While the text is over the limit the layer has its size from before the edit, not 500,
    // and the field keeps what was typed, with its hint.
    expect(network.draft.hidden[0].units).toBe(32)
    expect(architecture(wrapper)).toBe('4–32–3')
    expect((input.element as HTMLInputElement).value).toBe('5000')
    expect(wrapper.get('.hint').text()).toBe('A whole number from 1 to 4096')
    await input.trigger('blur')
    expect((input.element as HTMLInputElement).value).toBe('32')
  })

  it('removes a layer; with none left the inputs feed the output', async () => {
    const { wrapper, network } = openScreen(IRIS)
    await button(wrapper, 'Remove hidden layer 1').trigger('click')
    expect(network.draft.hidden).toEqual([])
    expect(architecture(wrapper)).toBe('4–3')
    await buttonWithText(wrapper, 'Add a hidden layer').trigger('click')
    expect(network.draft.hidden).toEqual([{ units: 32, activation: 'relu' }])
  })
})

describe('classic models', () => {
  it('names a network without hidden layers on two classes logistic regression', () => {
    const { wrapper } = openScreen(BREAST_CANCER, { hidden: [], output: 'auto', loss: 'auto' })
    expect(wrapper.get('.classic .name').text()).toBe('Logistic regression')
    expect(wrapper.get('.summary .badge').text()).toBe('Logistic regression')
  })

  it('names softmax regression on three classes, and nothing once a hidden layer is added', async () => {
    const { wrapper } = openScreen(IRIS, { hidden: [], output: 'auto', loss: 'auto' })
    expect(wrapper.get('.classic .name').text()).toBe('Softmax regression')
    await buttonWithText(wrapper, 'Add a hidden layer').trigger('click')
    expect(wrapper.find('.classic').exists()).toBe(false)
  })

  it('says only "no hidden layer" when the output and loss make no classic model', () => {
    const { wrapper } = openScreen(BREAST_CANCER, {
      hidden: [],
      output: 'sigmoid',
      loss: 'half-squared-error'
    })
    expect(wrapper.find('.classic').exists()).toBe(false)
    expect(wrapper.get('.no-hidden').text()).toBe('No hidden layer')
  })
})

describe('problems', () => {
  it('explains a cross-entropy loss on a linear output, marks the choices and fixes it in one click', async () => {
    const { wrapper, network } = openScreen(IRIS, {
      hidden: [{ units: 16, activation: 'relu' }],
      output: 'linear',
      loss: 'cross-entropy'
    })
    const alert = wrapper.get('[role="alert"]')
    expect(alert.text()).toContain(
      'The cross-entropy loss needs outputs between 0 and 1 (a sigmoid or softmax output), but the output layer is linear.'
    )
    expect(alert.text()).toContain('The Training screen will not start until this is fixed.')
    expect(
      wrapper.findAll('.output-choices select').map((select) => select.attributes('aria-invalid'))
    ).toEqual(['true', 'true'])
    await buttonWithText(alert, 'Use auto output and loss').trigger('click')
    expect(network.problem).toBeNull()
    expect([network.draft.output, network.draft.loss]).toEqual(['auto', 'auto'])
    expect(wrapper.find('[role="alert"]').exists()).toBe(false)
  })

  it('explains a softmax over a single output', () => {
    const { wrapper } = openScreen(HOUSES, { hidden: [], output: 'softmax', loss: 'auto' })
    expect(wrapper.get('[role="alert"]').text()).toContain(
      'A softmax output needs at least two units, but this data gives it 1.'
    )
  })
})

describe('presets, quick starts and reset', () => {
  const textbook: NetworkDraft = {
    hidden: [{ units: 2, activation: 'sigmoid' }],
    output: 'sigmoid',
    loss: 'half-squared-error'
  }

  it('says the textbook network starts from its weights with frozen biases, until the design changes', async () => {
    const { wrapper, network } = openScreen(
      TEXTBOOK,
      textbook,
      '/resources/presets/textbook-2-2-2.model.json'
    )
    expect(wrapper.get('.preset').text()).toContain('with the biases frozen')
    expect(wrapper.get('.preset').text()).toContain('Editing the design drops these weights')
    expect(wrapper.findAll('tbody .badge').map((badge) => badge.text())).toEqual([
      'frozen',
      'frozen'
    ])
    expect(architecture(wrapper)).toBe('2–2–2')
    await wrapper.get('.hidden-layer select').setValue('tanh')
    expect(network.presetModel).toBeNull()
    expect(wrapper.find('.preset').exists()).toBe(false)
  })

  it('loads a quick start and resets to the default design', async () => {
    const { wrapper, network } = openScreen(IRIS)
    const reset = buttonWithText(wrapper, 'Reset to default')
    expect(reset.attributes('disabled')).toBeDefined()
    const none = buttonWithText(wrapper, 'No hidden layer')
    expect(none.text()).toContain('Softmax regression')
    await none.trigger('click')
    expect(network.draft.hidden).toEqual([])
    expect(none.attributes('aria-pressed')).toBe('true')
    await buttonWithText(wrapper, 'Wide').trigger('click')
    expect(architecture(wrapper)).toBe('4–128–64–3')
    await reset.trigger('click')
    expect(network.draft).toEqual(DEFAULT_DRAFT)
    await nextTick()
    expect(reset.attributes('disabled')).toBeDefined()
  })

  it('asks for data first when there is none, and keeps the hidden layers editable', async () => {
    const { wrapper } = openScreen(null)
    expect(wrapper.get('.empty').text()).toContain('No data yet')
    expect(wrapper.find('.diagram').exists()).toBe(false)
    expect(wrapper.find('#hidden-0-units').exists()).toBe(true)
    await buttonWithText(wrapper, 'Choose data').trigger('click')
    expect(useAppStore().view).toBe('data')
  })
})

describe('a teacher’s task', () => {
  it('disables the network settings it locks, and says so as the Training screen does', () => {
    const pinia = piniaWith(IRIS)
    useNetworkStore().load(DEFAULT_DRAFT)
    useTaskStore().adopt({
      taskId: 't1',
      experimentId: 'e1',
      datasetId: IRIS.datasetId,
      config: {},
      locked: ['hidden', 'output', 'learningRate'],
      text: { en: 'Reach 90 %.', 'zh-CN': '达到 90%。' },
      target: null
    })
    const wrapper = mount(NetworkView, { global: { plugins: [pinia, i18n] } })
    expect(wrapper.get('[data-testid="network-locked"]').text()).toBe(
      'Set by the teacher: Hidden layers, Output.'
    )
    const row = wrapper.get('.hidden-layer')
    expect(row.get('input[type="number"]').attributes('disabled')).toBeDefined()
    expect(button(wrapper, 'Remove hidden layer 1').attributes('disabled')).toBeDefined()
    expect(row.get('select').attributes('disabled')).toBeUndefined()
    const [output, loss] = wrapper.findAll('.output-choices select')
    expect(output.attributes('disabled')).toBeDefined()
    expect(loss.attributes('disabled')).toBeUndefined()
    expect(wrapper.findAll('.quick-starts button.choice')[0].attributes('disabled')).toBeDefined()
    useTaskStore().leave()
  })
})
