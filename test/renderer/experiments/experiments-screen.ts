import { flushPromises, mount, type DOMWrapper, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, expect, vi } from 'vitest'
import type { DatasetSummary } from '@shared/model/dataset'
import type { RunListItem, RunPage } from '@shared/model/run-page'
import { i18n } from '@renderer/i18n'
import ExperimentsView from '@renderer/views/ExperimentsView.vue'
import { comparedRun, epoch } from './compare-fixtures'
import { fakeLab, type FakeLab } from '../support/fake-lab'

/**
 * The Experiments screen mounted over seven fixture runs, for the tests of comparing runs and of
 * training one again. Each test file mocks '@renderer/api/lab' itself.
 */

const EVALUATION = (valLoss: number, valAccuracy: number, confusion: number[][]) => ({
  train: { loss: 0.05, accuracy: 0.98, confusion: null },
  validation: { loss: valLoss, accuracy: valAccuracy, confusion },
  test: null,
  trainingSeconds: 2,
  samplesPerSecond: 5000
})
const IRIS_MATRIX = [
  [10, 0, 0],
  [0, 9, 1],
  [0, 1, 9]
]

/** Adam with 32 relu units for 3 epochs; SGD with 8-8 tanh for 2 epochs; a wine run; four more. */
const adam = comparedRun('a1', {
  item: { name: 'adam, "wide"' },
  metrics: [
    epoch(1, 0.9, 0.6, 0.8, 0.7),
    epoch(2, 0.5, 0.8, 0.45, 0.85),
    epoch(3, 0.3, 0.9, 0.25, 0.9)
  ],
  view: { summary: EVALUATION(0.25, 0.9, IRIS_MATRIX) }
})
const sgd = comparedRun('s2', {
  item: { name: 'sgd deep', architecture: '4-8-8-3' },
  config: { optimizer: 'sgd', learningRate: 0.1 },
  layers: [
    [8, 'tanh'],
    [8, 'tanh'],
    [3, 'softmax']
  ],
  metrics: [epoch(1, 1.0, 0.4, 1.05, 0.35), epoch(2, 0.7, 0.7, 0.6, 0.8)],
  view: { summary: EVALUATION(0.6, 0.8, IRIS_MATRIX) }
})
const wine = comparedRun('w3', {
  item: { name: 'wine', datasetId: 'd2', datasetName: 'wine' },
  view: {
    datasetName: 'wine',
    classes: ['class_0', 'class_1', 'class_2'],
    summary: EVALUATION(0.3, 0.95, IRIS_MATRIX)
  }
})
const others = [4, 5, 6, 7].map((n) => comparedRun(`o${n}`, { item: { name: `other ${n}` } }))
/** Every fixture run, in list order. */
export const ALL_RUNS = [adam, sgd, wine, ...others]

/** A file the screen saved: its name and text. */
export interface SavedFile {
  name: string
  text: Promise<string>
}

/** The faked lab and what the screen did with it; fields are replaced before every test. */
export interface ExperimentsScreen {
  api: FakeLab
  /** Files saved through a download link. */
  saved: SavedFile[]
  /** What `datasets:list` answers (none unless a test sets some). */
  datasets: DatasetSummary[]
}

/**
 * Before every test of the describe block it is called in: a fresh Pinia, the lab answering over
 * the fixture runs (renames and deletes change the list), and downloads captured in `saved`.
 */
export function experimentsScreen(): ExperimentsScreen {
  const screen = { saved: [], datasets: [] } as unknown as ExperimentsScreen
  let listed: RunListItem[]
  let views: Record<string, RunPage>

  beforeEach(() => {
    setActivePinia(createPinia())
    listed = ALL_RUNS.map((run) => run.item)
    views = Object.fromEntries(ALL_RUNS.map((run) => [run.item.runId, run.view]))
    screen.api = fakeLab({
      'runs:list': () => listed,
      'runs:get': ({ runId }) => views[runId],
      'runs:rename': ({ runId, name }) =>
        void (listed = listed.map((run) => (run.runId === runId ? { ...run, name } : run))),
      'runs:delete': ({ runId }) => void (listed = listed.filter((run) => run.runId !== runId)),
      'datasets:list': () => screen.datasets
    })
    screen.datasets = []
    screen.saved = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      screen.saved.push({ name: '', text: (blob as Blob).text() })
      return 'blob:comparison'
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      screen.saved.at(-1)!.name = this.download
    })
  })

  afterEach(() => vi.restoreAllMocks())

  return screen
}

/** A mounted screen or a part of it, to search for elements in. */
type Searchable = { findAll: (selector: string) => DOMWrapper<Element>[] }

/** Mounts the Experiments screen and waits for its runs to load. */
export async function mountView(): Promise<VueWrapper> {
  const wrapper = mount(ExperimentsView, {
    global: { plugins: [i18n], stubs: { MetricsChart: true, LineChart: true } },
    attachTo: document.body
  })
  await flushPromises()
  return wrapper
}

/** The button with this text. */
export const button = (wrapper: Searchable, text: string) =>
  wrapper.findAll('button').find((candidate) => candidate.text() === text)!
/** The element of a tag with this accessible name (names may hold quotes, which selectors cannot). */
export const labelled = (wrapper: Searchable, tag: string, label: string) =>
  wrapper.findAll(tag).find((candidate) => candidate.attributes('aria-label') === label)!
/** Ticks a run for comparison. */
export const tick = async (wrapper: VueWrapper, name: string) => {
  await labelled(wrapper, 'input', `Select ${name} for comparison`).setValue(true)
  await flushPromises()
}
/** The comparison panel. */
export const comparison = (wrapper: VueWrapper) =>
  wrapper.get('article[aria-label="Comparison of runs"]')
/** The fields of the settings rows the comparison shows, in order. */
export const settingKeys = (wrapper: VueWrapper) =>
  comparison(wrapper)
    .findAll('table.settings tbody tr')
    .map((row) => row.attributes('data-field'))

/** Mounts the screen, ticks the Adam and SGD runs and compares them. */
export async function compareAdamAndSgd(): Promise<VueWrapper> {
  const wrapper = await mountView()
  await tick(wrapper, 'adam, "wide"')
  await tick(wrapper, 'sgd deep')
  expect(wrapper.text()).toContain('2 runs ticked')
  await button(wrapper, 'Compare 2 runs').trigger('click')
  await flushPromises()
  return wrapper
}
