import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunConfig } from '@shared/model/run'
import { completeRunConfig, trainRowsOf } from '@shared/model/run-defaults'
import type { DatasetSummary } from '@shared/model/dataset'
import type { RunPage } from '@shared/model/run-page'
import { trainAgainPlan } from '@renderer/lib/experiments/train-again'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useNetworkStore } from '@renderer/stores/network'
import { useRunsStore } from '@renderer/stores/runs'
import { DEFAULT_SETTINGS, useTrainingStore } from '@renderer/stores/training'
import { pointsDataset, STARTED } from '../training/fixtures'
import { comparedRun, type RunChanges } from './compare-fixtures'
import { fakeLab, type FakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const IRIS = pointsDataset({
  datasetId: 'd1',
  name: 'iris',
  rows: 150,
  features: 4,
  classes: ['setosa', 'versicolor', 'virginica'],
  classCounts: [50, 50, 50]
})
const TEXTBOOK = pointsDataset({
  datasetId: 'd9',
  name: 'textbook 2-2-2 example',
  rows: 1,
  classes: null,
  classCounts: null,
  targets: ['target_o1', 'target_o2']
})
const PRESET = '/lab/resources/presets/textbook-2-2-2.model.json'

/** A config as main stores it for a run the Training screen started (every field filled in). */
const DESIGNED: RunConfig = {
  hidden: [16, 8],
  activation: 'relu',
  hiddenActivations: ['relu', 'tanh'],
  output: 'auto',
  loss: 'auto',
  optimizer: 'momentum',
  learningRate: 0.02,
  lrSchedule: { kind: 'cosine', minLearningRate: 0.001, warmupEpochs: 3 },
  momentum: 0.8,
  l1: 0,
  l2: 0.001,
  batchSize: 8,
  epochs: 40,
  earlyStopping: { monitor: 'val-loss', patience: 6, restoreBest: true },
  seed: 99,
  init: 'he',
  initModel: null,
  precision: 'f64',
  split: [0.7, 0.15, 0.15],
  normalize: 'minmax',
  shuffle: false,
  name: null,
  checkpointBudgetMb: 50
}

/** `train --hidden 8,8 --activation tanh --optimizer sgd --lr 0.1 --batch full --name "cli run"`. */
const FROM_CLI: RunConfig = {
  ...DESIGNED,
  hidden: [8, 8],
  activation: 'tanh',
  hiddenActivations: undefined,
  optimizer: 'sgd',
  learningRate: 0.1,
  momentum: 0.9,
  l2: 0,
  batchSize: 'full',
  epochs: 12,
  seed: 42,
  init: 'xavier',
  precision: 'f32',
  split: [0.8, 0.2],
  normalize: 'auto',
  shuffle: true,
  name: 'cli run'
}
delete FROM_CLI.hiddenActivations

describe('train again', () => {
  let api: FakeLab
  let datasets: DatasetSummary[]
  let views: Record<string, RunPage>

  beforeEach(() => {
    setActivePinia(createPinia())
    datasets = [IRIS, TEXTBOOK]
    views = {}
    api = fakeLab({
      'datasets:list': () => datasets,
      'runs:get': ({ runId }) => views[runId],
      'training:start': () => STARTED
    })
  })

  function addRun(runId: string, changes: RunChanges): RunPage {
    views[runId] = comparedRun(runId, changes).view
    return views[runId]
  }

  /** Loads the run again, starts it, and returns the config main would store for the new run. */
  async function trainAgainAndStart(runId: string): Promise<RunConfig> {
    await useRunsStore().trainAgain(runId)
    await useTrainingStore().start()
    const [request] = api.requests('training:start')
    const dataset = datasets.find((candidate) => candidate.datasetId === request.datasetId)!
    return completeRunConfig(
      request.config,
      trainRowsOf(dataset, request.config.split ?? [0.8, 0.2])
    )
  }

  it('loads a designed run’s dataset, layers, output and loss choices and settings exactly', async () => {
    addRun('r1', {
      config: DESIGNED,
      layers: [
        [16, 'relu'],
        [8, 'tanh'],
        [3, 'softmax']
      ]
    })
    await useRunsStore().trainAgain('r1')
    expect(useDatasetsStore().currentId).toBe('d1')
    expect(useNetworkStore().draft).toEqual({
      hidden: [
        { units: 16, activation: 'relu' },
        { units: 8, activation: 'tanh' }
      ],
      output: 'auto',
      loss: 'auto'
    })
    expect(useNetworkStore().presetModel).toBeNull()
    expect(useTrainingStore().settings).toEqual({
      optimizer: 'momentum',
      learningRate: 0.02,
      lrSchedule: { kind: 'cosine', minLearningRate: 0.001, warmupEpochs: 3 },
      earlyStopping: { monitor: 'val-loss', patience: 6, restoreBest: true },
      momentum: 0.8,
      l1: 0,
      l2: 0.001,
      batchSize: 8,
      epochs: 40,
      seed: 99,
      precision: 'f64',
      split: [0.7, 0.15, 0.15],
      normalize: 'minmax',
      shuffle: false
    })
  })

  it('starts a run whose stored config is the old run’s, field for field', async () => {
    addRun('r1', {
      config: DESIGNED,
      layers: [
        [16, 'relu'],
        [8, 'tanh'],
        [3, 'softmax']
      ]
    })
    expect(await trainAgainAndStart('r1')).toEqual(DESIGNED)
    expect(api.requests('training:start')[0].datasetId).toBe('d1')
  })

  it('gives a command-line run the same network and settings (the new run names its layer activations)', async () => {
    addRun('r2', {
      config: FROM_CLI,
      layers: [
        [8, 'tanh'],
        [8, 'tanh'],
        [3, 'softmax']
      ]
    })
    expect(trainAgainPlan(views.r2)!.settings.init).toBeUndefined()
    expect(await trainAgainAndStart('r2')).toEqual({
      ...FROM_CLI,
      hiddenActivations: ['tanh', 'tanh'],
      name: null
    })
  })

  it('keeps an initializer that is not the design’s default, and only then names it', async () => {
    addRun('r3', {
      config: { ...FROM_CLI, hidden: [], init: 'xavier' },
      layers: [[3, 'softmax']]
    })
    expect(trainAgainPlan(views.r3)!.settings.init).toBe('xavier')
    // Without hidden layers the activation setting does nothing; the designer sends relu.
    expect(await trainAgainAndStart('r3')).toEqual({
      ...FROM_CLI,
      hidden: [],
      activation: 'relu',
      hiddenActivations: [],
      init: 'xavier',
      name: null
    })
  })

  it('replaces an initializer another screen had set with the run’s default one', async () => {
    useTrainingStore().settings = { ...DEFAULT_SETTINGS, init: 'zeros' }
    addRun('r1', {
      config: DESIGNED,
      layers: [
        [16, 'relu'],
        [8, 'tanh'],
        [3, 'softmax']
      ]
    })
    expect((await trainAgainAndStart('r1')).init).toBe('he')
  })

  it('starts a preset run from the same model file with the same settings', async () => {
    const textbook: RunConfig = {
      ...DESIGNED,
      hidden: [2],
      activation: 'sigmoid',
      hiddenActivations: ['sigmoid'],
      output: 'sigmoid',
      loss: 'half-squared-error',
      optimizer: 'sgd',
      learningRate: 0.5,
      momentum: 0.9,
      l2: 0,
      batchSize: 'full',
      epochs: 1,
      seed: 42,
      init: 'xavier',
      initModel: PRESET,
      precision: 'f32',
      split: [1],
      normalize: 'none',
      shuffle: false
    }
    addRun('r4', {
      item: { datasetId: 'd9' },
      config: textbook,
      layers: [
        [2, 'sigmoid'],
        [2, 'sigmoid']
      ],
      loss: 'half-squared-error'
    })
    expect(await trainAgainAndStart('r4')).toEqual(textbook)
    expect(useNetworkStore().presetModel).toBe(PRESET)
  })

  it('designs a model-file run from the model’s own layers when its config left them on auto', () => {
    const view = addRun('r5', {
      item: { datasetId: 'd9' },
      config: { ...FROM_CLI, initModel: PRESET, output: 'auto', loss: 'auto' },
      layers: [
        [2, 'sigmoid'],
        [2, 'sigmoid']
      ],
      loss: 'half-squared-error'
    })
    expect(trainAgainPlan(view)).toMatchObject({
      draft: {
        hidden: [{ units: 2, activation: 'sigmoid' }],
        output: 'sigmoid',
        loss: 'half-squared-error'
      },
      presetModel: PRESET
    })
  })

  it('refuses a run whose dataset was deleted and leaves the stores as they were', async () => {
    addRun('r6', { item: { datasetId: null } })
    addRun('r7', { item: { datasetId: 'gone' } })
    await expect(useRunsStore().trainAgain('r6')).rejects.toThrow('Its dataset was deleted')
    await expect(useRunsStore().trainAgain('r7')).rejects.toThrow('Its dataset was deleted')
    expect(api.requests('datasets:list')).toHaveLength(1)
    expect(useDatasetsStore().currentId).toBeNull()
    expect(useTrainingStore().settings).toEqual(DEFAULT_SETTINGS)
  })
})
