import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { TraceInspection } from '@shared/model/inspect'
import type { RunListItem } from '@shared/model/run-page'
import ShapesTable from '@renderer/components/learn/ShapesTable.vue'
import { i18n } from '@renderer/i18n'
import { lessonContext } from '@renderer/lib/learn/context'
import { DEFAULT_SETTINGS } from '@renderer/lib/training/run-controls'
import { useLearnStore } from '@renderer/stores/learn'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** One step of a 2-2-1 network on two rows, as inspect:trace returns it. */
const TRACE: TraceInspection = {
  loss: 0.4,
  epoch: 12,
  learningRate: 1.2,
  l1: 0,
  l2: 0,
  precision: 'f64',
  rows: [0, 1],
  frozen: [],
  network: {} as TraceInspection['network'],
  inputs: [
    [0.5, -1],
    [2, 0.25]
  ],
  targets: [[1], [0]],
  layers: [1, 2].map((layer) => ({
    layer,
    z:
      layer === 1
        ? [
            [0.1, 0.2],
            [0.3, 0.4]
          ]
        : [[0.5], [0.6]],
    a:
      layer === 1
        ? [
            [0.1, 0.2],
            [0.3, 0.4]
          ]
        : [[0.6], [0.4]],
    delta:
      layer === 1
        ? [
            [0.01, 0.02],
            [0.03, 0.04]
          ]
        : [[-0.4], [0.4]],
    weightGradients:
      layer === 1
        ? [
            [1, 2],
            [3, 4]
          ]
        : [[5, 6]],
    biasGradients: layer === 1 ? [7, 8] : [9],
    weights:
      layer === 1
        ? [
            [1, 2],
            [3, 4]
          ]
        : [[5, 6]],
    biases: layer === 1 ? [0, 0] : [0],
    updatedWeights: [],
    updatedBiases: []
  }))
}

const run = (architecture: string) => ({ runId: 'r1', architecture }) as RunListItem

describe('the shapes table’s live values', () => {
  let api: FakeLab
  const context = lessonContext(null, [2, 4, 1], DEFAULT_SETTINGS)

  function mountWith(architecture: string) {
    api = fakeLab({ 'runs:list': () => [run(architecture)], 'inspect:trace': () => TRACE })
    setActivePinia(createPinia())
    useTrainingStore().runId = 'r1'
    return mount(ShapesTable, {
      props: { context },
      global: { plugins: [i18n], stubs: { KatexFormula: true } }
    })
  }

  it('traces the watched 2-layer run on its first rows and shows the shapes it had', async () => {
    const wrapper = mountWith('2-2-1')
    await settle()
    expect(api.requests('inspect:trace')).toEqual([{ runId: 'r1', rows: [0, 1, 2, 3] }])
    expect(wrapper.text()).toContain('Values of the first 2 training rows')
    expect(wrapper.get('[data-matrix=Z1] [data-test=shape]').text()).toBe('= 2 × 2')
    expect(wrapper.findAll('td.values')).toHaveLength(16)
    // In the lab's notation: one row per sample, no second "in the lab" column.
    expect(wrapper.text()).toContain('Live values (one row per sample)')
    expect(wrapper.find('[data-test=lab-shape]').exists()).toBe(false)
  })

  it('follows the notation: the course’s shapes and orientation, with the lab’s beside them', async () => {
    const wrapper = mountWith('2-2-1')
    useLearnStore().notationId = 'course'
    await settle()
    expect(wrapper.get('[data-matrix=Z2] [data-test=shape]').text()).toBe('= 1 × 2')
    expect(wrapper.get('[data-matrix=Z2] [data-test=lab-shape]').text()).toBe('2 × 1')
    expect(wrapper.text()).toContain('Live values (one column per sample)')
    useLearnStore().notationId = 'derivation'
    await settle()
    expect(wrapper.get('[data-matrix=Z2] katex-formula-stub').attributes('tex')).toBe('Z^{(3)}')
  })

  it('fetches nothing for a run it cannot print, and says why', async () => {
    const wide = mountWith('30000-1 logistic regression')
    await settle()
    expect(api.requests('inspect:trace')).toEqual([])
    expect(wide.text()).toContain('does not have one hidden layer')
    // Without live values the table shows the design's shapes: n_h = 4, m = 32.
    expect(wide.get('[data-matrix=Z1] [data-test=shape]').text()).toBe('= 32 × 4')
    const tooWide = mountWith('2-64-1')
    await settle()
    expect(api.requests('inspect:trace')).toEqual([])
    expect(tooWide.text()).toContain('too wide')
  })
})
