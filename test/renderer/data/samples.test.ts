import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SampleName } from '@shared/ipc/contract'
import type { ImportOutcome } from '@shared/model/import'
import SampleGallery from '@renderer/components/data/SampleGallery.vue'
import { i18n } from '@renderer/i18n'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { DEFAULT_DRAFT, useNetworkStore } from '@renderer/stores/network'
import { DEFAULT_SETTINGS, useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { csvDataset, TEXTBOOK_PRESET, TEXTBOOK_SUGGESTION } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const TEXTBOOK: ImportOutcome = {
  dataset: csvDataset({
    datasetId: 'd2',
    name: 'textbook 2-2-2 example',
    rows: 1,
    classes: null,
    classCounts: null,
    targets: ['target_o1', 'target_o2']
  }),
  reused: false,
  suggested: TEXTBOOK_SUGGESTION
}
const IRIS: ImportOutcome = {
  dataset: csvDataset({ datasetId: 'd1', name: 'iris', rows: 150 }),
  reused: true
}

describe('bundled samples', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    const outcomes: Partial<Record<SampleName, ImportOutcome>> = { textbook: TEXTBOOK, iris: IRIS }
    api = fakeLab({
      'datasets:sample': ({ name }) => outcomes[name]!,
      'datasets:list': () => [IRIS.dataset, TEXTBOOK.dataset]
    })
    pinia = createPinia()
    setActivePinia(pinia)
  })

  const click = async (name: SampleName) => {
    const wrapper = mount(SampleGallery, {
      props: { layout: 'cards' },
      global: { plugins: [pinia, i18n] }
    })
    await wrapper.get(`[data-sample="${name}"]`).trigger('click')
    for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0))
    return wrapper
  }

  it('offers every bundled sample', async () => {
    const wrapper = mount(SampleGallery, {
      props: { layout: 'list' },
      global: { plugins: [pinia, i18n] }
    })
    expect(
      wrapper.findAll('[data-sample]').map((button) => button.attributes('data-sample'))
    ).toEqual([
      'iris',
      'xor',
      'circles',
      'two-spirals',
      'gaussians',
      'plane',
      'multi-gaussian',
      'fashion-small',
      'apples',
      'textbook'
    ])
  })

  it('loads the textbook example with its network, preset weights and settings', async () => {
    const training = useTrainingStore()
    training.settings.seed = 7
    await click('textbook')
    expect(api.requests('datasets:sample')).toEqual([{ name: 'textbook' }])
    expect(useDatasetsStore().currentId).toBe('d2')
    const network = useNetworkStore()
    expect(network.draft).toEqual(TEXTBOOK.suggested!.network)
    expect(network.presetModel).toBe(TEXTBOOK_PRESET)
    expect(network.configPart.initModel).toBe(TEXTBOOK_PRESET)
    expect(training.settings).toEqual({
      ...DEFAULT_SETTINGS,
      seed: 7,
      optimizer: 'sgd',
      learningRate: 0.5,
      batchSize: 'full',
      split: [1],
      normalize: 'none',
      shuffle: false,
      epochs: 1
    })
  })

  it('leaves the textbook preset for the defaults when another sample is loaded', async () => {
    await click('textbook')
    await click('iris')
    expect(useDatasetsStore().currentId).toBe('d1')
    expect(useNetworkStore().draft).toEqual(DEFAULT_DRAFT)
    expect(useNetworkStore().presetModel).toBeNull()
    expect(useTrainingStore().settings).toEqual(DEFAULT_SETTINGS)
  })

  it('keeps the user’s network and settings for a sample without suggestions', async () => {
    const network = useNetworkStore()
    network.addLayer()
    useTrainingStore().settings.learningRate = 0.01
    await click('iris')
    expect(network.draft.hidden).toHaveLength(2)
    expect(useTrainingStore().settings.learningRate).toBe(0.01)
  })
})
