import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { SampleInspection } from '@shared/model/inspect'
import { i18n } from '@renderer/i18n'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { useInspectStore } from '@renderer/stores/inspect'
import { useRunsStore } from '@renderer/stores/runs'
import InspectView from '@renderer/views/InspectView.vue'
import { fakeLab } from '../support/fake-lab'
import { IMAGE_DATA, runItem } from './fixtures'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** A 2×2 colour image whose pixels are row / 30. */
const pixels = (row: number) => new Array<number>(12).fill(row / 30)

function sample(row: number): SampleInspection {
  return {
    epoch: 20,
    row,
    origin: `coat/${row}.png`,
    part: 'validation',
    rawInputs: pixels(row),
    inputs: pixels(row),
    inputImage: { height: 2, width: 2, channels: 3 },
    layers: [
      { layer: 1, activation: 'relu', z: [1, -1, 2, 0], a: [1, 0, 2, 0] },
      { layer: 2, activation: 'softmax', z: [0, 2, 0], a: [0.1, 0.8, 0.1] }
    ],
    outputs: [0.1, 0.8, 0.1],
    classes: ['coat', 'shirt', 'bag'],
    predicted: { index: 1, name: 'shirt' },
    actual: { index: 0, name: 'coat' },
    targets: [1, 0, 0]
  }
}

describe('confusion matrix in Inspect', () => {
  it('opens a clicked cell’s samples, and one of them in the activations view', async () => {
    const api = fakeLab({
      'runs:list': () => [runItem()],
      'inspect:diagnostics': () => ({ epoch: 20, probeRows: 6, findings: [] }),
      'inspect:confusion': ({ part }) => ({
        epoch: 20,
        part,
        classes: ['coat', 'shirt', 'bag'],
        matrix: [
          [1, 2, 0],
          [0, 2, 0],
          [0, 0, 1]
        ],
        total: 6,
        accuracy: 4 / 6
      }),
      'inspect:confusion-cell': () => ({
        epoch: 20,
        total: 2,
        offset: 0,
        rows: [
          { row: 14, origin: 'coat/14.png' },
          { row: 21, origin: 'coat/21.png' }
        ]
      }),
      'datasets:preview': ({ offset }) => ({
        datasetId: 'images',
        total: 30,
        offset,
        rows: [
          {
            row: offset,
            values: pixels(offset),
            label: 0,
            targets: null,
            origin: `coat/${offset}.png`
          }
        ]
      }),
      'inspect:sample': (request) => sample('row' in request ? request.row : 0)
    })
    const pinia = createPinia()
    setActivePinia(pinia)
    useDatasetsStore().datasets = [IMAGE_DATA]
    await useRunsStore().refresh()
    const inspect = useInspectStore()
    inspect.focus('confusion', { source: { kind: 'run', runId: 'run-1' } })
    const wrapper = mount(InspectView, { global: { plugins: [pinia, i18n] } })
    await settle(10)

    expect(api.requests('inspect:confusion')).toEqual([{ runId: 'run-1', part: 'validation' }])
    const cell = wrapper.get('button[aria-label="2 rows of coat predicted as shirt"]')
    await cell.trigger('click')
    await settle(10)
    expect(api.requests('inspect:confusion-cell')).toEqual([
      { runId: 'run-1', part: 'validation', actual: 0, predicted: 1, offset: 0, limit: 24 }
    ])
    // One stored row per thumbnail, drawn from its own pixels.
    expect(api.requests('datasets:preview')).toEqual([
      { datasetId: 'images', offset: 14, limit: 1 },
      { datasetId: 'images', offset: 21, limit: 1 }
    ])
    expect(wrapper.get('#cell-samples-title').text()).toBe('coat predicted as shirt: 2 rows')
    const samples = wrapper.findAll('.cell-samples .sample')
    expect(samples.map((item) => item.attributes('data-row'))).toEqual(['14', '21'])
    expect(samples[1].find('canvas[aria-label="coat/21.png"]').exists()).toBe(true)

    await samples[1].get('button').trigger('click')
    await settle(10)
    expect(inspect.panel).toBe('activations')
    expect(inspect.sampleRow).toBe(21)
    expect(api.requests('inspect:sample')).toEqual([{ runId: 'run-1', row: 21 }])
    expect(wrapper.get('.sample-facts').text()).toContain('coat/21.png')
    expect(wrapper.get('.sample-facts .wrong').text()).toBe('shirt')
    expect((wrapper.get('.row-input').element as HTMLInputElement).value).toBe('22')
  })
})
