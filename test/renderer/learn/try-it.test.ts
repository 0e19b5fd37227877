import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { SampleName } from '@shared/ipc/contract'
import type { DatasetSummary } from '@shared/model/dataset'
import { i18n } from '@renderer/i18n'
import type { LessonId } from '@renderer/lib/learn/lesson-types'
import { useAppStore } from '@renderer/stores/app'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useInspectStore } from '@renderer/stores/inspect'
import { useLearnStore } from '@renderer/stores/learn'
import { useNetworkStore } from '@renderer/stores/network'
import { DEFAULT_SETTINGS, useTrainingStore } from '@renderer/stores/training'
import TrainingSettingsPanel from '@renderer/components/training/TrainingSettingsPanel.vue'
import LearnView from '@renderer/views/LearnView.vue'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { csvDataset, TEXTBOOK_PRESET, TEXTBOOK_SUGGESTION } from '../data/fixtures'
import { ended, liveState, STARTED } from '../training/fixtures'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const DATASETS: Record<string, DatasetSummary> = {
  apples: csvDataset({
    datasetId: 'apples',
    name: 'apples',
    kind: 'images',
    rows: 326,
    features: 30000,
    inputShape: [100, 100, 3],
    classes: ['apple', 'other'],
    classCounts: [163, 163]
  }),
  circles: csvDataset({
    datasetId: 'circles',
    name: 'circles',
    kind: 'generated',
    rows: 400,
    features: 2,
    inputShape: [2],
    classes: ['0', '1']
  }),
  textbook: csvDataset({
    datasetId: 'textbook',
    name: 'textbook 2-2-2 example',
    rows: 1,
    features: 2,
    inputShape: [2],
    classes: null,
    classCounts: null,
    targets: ['target_o1', 'target_o2']
  })
}

const LOGISTIC = { hidden: [], output: 'sigmoid', loss: 'binary-cross-entropy' }
const LOGISTIC_SETTINGS = {
  optimizer: 'sgd',
  learningRate: 0.003,
  batchSize: 'full',
  init: 'zeros',
  normalize: 'standardize',
  epochs: 300
}
const TWO_FOUR_ONE = {
  hidden: [{ units: 4, activation: 'tanh' }],
  output: 'sigmoid',
  loss: 'binary-cross-entropy'
}
const TWO_FOUR_ONE_SETTINGS = {
  optimizer: 'sgd',
  learningRate: 1.2,
  batchSize: 'full',
  epochs: 1000
}
const deep = (activation: string) => ({
  hidden: Array.from({ length: 6 }, () => ({ units: 16, activation })),
  output: 'sigmoid',
  loss: 'binary-cross-entropy'
})
const DEEP_SETTINGS = { optimizer: 'sgd', learningRate: 0.1, batchSize: 32, epochs: 200 }
const TEXTBOOK_SETTINGS = {
  optimizer: 'sgd',
  learningRate: 0.5,
  batchSize: 'full',
  split: [1],
  normalize: 'none',
  shuffle: false
}

interface Case {
  lesson: LessonId
  sample: SampleName
  draft: unknown
  settings: Record<string, unknown>
  view: string
  inspect?: { panel: string; source: unknown }
  trains: boolean
}

/** What each "try it" must set up, as the issue and the lessons ask. */
const CASES: Record<string, Case> = {
  logisticTrain: {
    lesson: 'logistic',
    sample: 'apples',
    draft: LOGISTIC,
    settings: LOGISTIC_SETTINGS,
    view: 'training',
    trains: true
  },
  logisticWeights: {
    lesson: 'logistic',
    sample: 'apples',
    draft: LOGISTIC,
    settings: LOGISTIC_SETTINGS,
    view: 'inspect',
    inspect: { panel: 'weights', source: null },
    trains: true
  },
  logisticLargeRate: {
    lesson: 'logistic',
    sample: 'apples',
    draft: LOGISTIC,
    settings: { ...LOGISTIC_SETTINGS, learningRate: 1 },
    view: 'training',
    trains: true
  },
  logisticRaw: {
    lesson: 'logistic',
    sample: 'apples',
    draft: LOGISTIC,
    settings: { ...LOGISTIC_SETTINGS, normalize: 'none' },
    view: 'training',
    trains: true
  },
  oneHiddenTrain: {
    lesson: 'oneHidden',
    sample: 'circles',
    draft: TWO_FOUR_ONE,
    settings: TWO_FOUR_ONE_SETTINGS,
    view: 'training',
    trains: true
  },
  oneHiddenStep: {
    lesson: 'oneHidden',
    sample: 'circles',
    draft: TWO_FOUR_ONE,
    settings: TWO_FOUR_ONE_SETTINGS,
    view: 'inspect',
    inspect: { panel: 'step', source: null },
    trains: true
  },
  oneHiddenDesign: {
    lesson: 'oneHidden',
    sample: 'circles',
    draft: TWO_FOUR_ONE,
    settings: TWO_FOUR_ONE_SETTINGS,
    view: 'network',
    trains: false
  },
  workedStep: {
    lesson: 'worked',
    sample: 'textbook',
    draft: TEXTBOOK_SUGGESTION.network,
    settings: { ...TEXTBOOK_SETTINGS, epochs: 1 },
    view: 'inspect',
    inspect: { panel: 'step', source: { kind: 'preset', path: TEXTBOOK_PRESET } },
    trains: false
  },
  workedTrain: {
    lesson: 'worked',
    sample: 'textbook',
    draft: TEXTBOOK_SUGGESTION.network,
    settings: { ...TEXTBOOK_SETTINGS, epochs: 10000, precision: 'f64' },
    view: 'training',
    trains: true
  },
  deepSigmoid: {
    lesson: 'deep',
    sample: 'circles',
    draft: deep('sigmoid'),
    settings: DEEP_SETTINGS,
    view: 'inspect',
    inspect: { panel: 'gradients', source: null },
    trains: true
  },
  deepRelu: {
    lesson: 'deep',
    sample: 'circles',
    draft: deep('relu'),
    settings: DEEP_SETTINGS,
    view: 'inspect',
    inspect: { panel: 'gradients', source: null },
    trains: true
  }
}

describe('Learn: each "try it" sets up the lab and opens the right screen', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'datasets:sample': ({ name }) => ({
        dataset: DATASETS[name],
        reused: false,
        ...(name === 'textbook' ? { suggested: TEXTBOOK_SUGGESTION } : {})
      }),
      'datasets:list': () => Object.values(DATASETS),
      'training:start': () => STARTED
    })
    pinia = createPinia()
    setActivePinia(pinia)
  })

  const open = (lesson: LessonId) => {
    useLearnStore().open(lesson)
    return mount(LearnView, { global: { plugins: [pinia, i18n], stubs: { KatexFormula: true } } })
  }

  it.each(Object.entries(CASES))('%s', async (id, expected) => {
    const training = useTrainingStore()
    training.settings.seed = 7
    const wrapper = open(expected.lesson)
    await wrapper.get(`[data-try-it="${id}"]`).trigger('click')
    await settle(8)

    expect(api.requests('datasets:sample')).toEqual([{ name: expected.sample }])
    expect(useDatasetsStore().currentId).toBe(expected.sample)
    const network = useNetworkStore()
    expect(network.draft).toEqual(expected.draft)
    expect(network.presetModel).toBe(expected.sample === 'textbook' ? TEXTBOOK_PRESET : null)
    // Every try-it starts from the lab's defaults (the seed 7 set before is not kept).
    expect(training.settings).toEqual({ ...DEFAULT_SETTINGS, ...expected.settings })
    expect(useAppStore().view).toBe(expected.view)
    if (expected.inspect) {
      const inspect = useInspectStore()
      expect({ panel: inspect.panel, source: inspect.source }).toEqual(expected.inspect)
      expect(inspect.sampleRow).toBe(0)
    }
    const starts = api.requests('training:start')
    if (!expected.trains) expect(starts).toEqual([])
    else {
      expect(starts).toHaveLength(1)
      expect(starts[0]).toMatchObject({
        datasetId: expected.sample,
        config: expected.settings,
        startPaused: false
      })
      expect(starts[0].config.initModel ?? null).toBe(
        expected.sample === 'textbook' ? TEXTBOOK_PRESET : null
      )
    }
  })

  it('stops a run still training before it starts the lesson’s own', async () => {
    const phases: string[] = []
    api = fakeLab({
      'datasets:sample': ({ name }) => ({ dataset: DATASETS[name], reused: false }),
      'datasets:list': () => Object.values(DATASETS),
      'runs:list': () => [],
      'training:start': () => ({ ...STARTED, runId: 'r2' }),
      'training:stop': () => {
        phases.push('stop')
        setTimeout(() => api.emit('training:change', ended('stopped', { epochs: 3 })))
        return liveState()
      }
    })
    const training = useTrainingStore()
    training.follow(liveState(), null)
    const wrapper = open('logistic')
    await wrapper.get('[data-try-it="logisticTrain"]').trigger('click')
    await settle(8)
    expect(phases).toEqual(['stop'])
    expect(api.requests('training:start')).toHaveLength(1)
    expect(training.runId).toBe('r2')
  })

  it('lends the lesson’s settings: the learner’s own come back when the lesson’s run ends, saying so', async () => {
    const training = useTrainingStore()
    training.settings = { ...DEFAULT_SETTINGS, learningRate: 0.02, seed: 7 }
    const wrapper = open('deep')
    await wrapper.get('[data-try-it="deepSigmoid"]').trigger('click')
    await settle(8)
    expect(training.settings).toMatchObject({ optimizer: 'sgd', learningRate: 0.1 })
    expect(training.borrowed?.own).toMatchObject({ optimizer: 'adam', learningRate: 0.02 })
    api.emit('training:change', ended())
    await settle()
    expect(training.settings).toEqual({ ...DEFAULT_SETTINGS, learningRate: 0.02, seed: 7 })
    expect(training.borrowed).toBeNull()
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Your own training settings are back (the lesson’s run used Optimizer: SGD, Learning rate: 0.1, Epochs planned: 200, Seed: 42).'
    ])
  })

  it('says which settings a try-it without a run changed, and gives the learner’s own back on request', async () => {
    const training = useTrainingStore()
    training.settings = { ...DEFAULT_SETTINGS, seed: 7 }
    const wrapper = open('worked')
    await wrapper.get('[data-try-it="workedStep"]').trigger('click')
    await settle(8)
    const panel = mount(TrainingSettingsPanel, { global: { plugins: [pinia, i18n] } })
    const note = panel.get('.lent')
    expect(note.text()).toContain('These settings come from a lesson’s “try it”: Optimizer: SGD')
    await note.get('button').trigger('click')
    expect(training.settings).toEqual({ ...DEFAULT_SETTINGS, seed: 7 })
    expect(panel.find('.lent').exists()).toBe(false)
  })

  it('keeps zero initialization to networks without hidden layers', async () => {
    const wrapper = open('logistic')
    await wrapper.get('[data-try-it="logisticTrain"]').trigger('click')
    await settle(8)
    const training = useTrainingStore()
    expect(training.settings.init).toBe('zeros')
    useNetworkStore().addLayer()
    await settle(8)
    expect(training.settings.init).toBeUndefined()
  })
})
