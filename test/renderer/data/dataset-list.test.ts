import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DatasetSummary } from '@shared/model/dataset'
import DatasetList from '@renderer/components/data/DatasetList.vue'
import { i18n } from '@renderer/i18n'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { csvDataset } from './fixtures'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const TEXTBOOK = csvDataset({
  datasetId: 'd1',
  name: 'textbook',
  rows: 1,
  features: 2,
  classes: null,
  classCounts: null,
  targets: ['target_o1', 'target_o2']
})
const FASHION = csvDataset({
  datasetId: 'd2',
  name: 'fashion-small',
  kind: 'images',
  rows: 300,
  features: 784,
  classes: Array.from({ length: 10 }, (_, index) => `class ${index}`),
  classCounts: Array(10).fill(30)
})

describe('dataset list', () => {
  let pinia: Pinia
  let api: FakeLab
  let stored: DatasetSummary[]

  beforeEach(async () => {
    stored = [TEXTBOOK, FASHION]
    api = fakeLab({
      'datasets:list': () => stored,
      'datasets:delete': ({ datasetId }) => {
        stored = stored.filter((dataset) => dataset.datasetId !== datasetId)
      },
      'datasets:rename': ({ datasetId, name }) => {
        stored = stored.map((dataset) =>
          dataset.datasetId === datasetId ? { ...dataset, name } : dataset
        )
      }
    })
    pinia = createPinia()
    setActivePinia(pinia)
    await useDatasetsStore().refresh()
    useDatasetsStore().select('d2')
  })

  const mountList = () => mount(DatasetList, { global: { plugins: [pinia, i18n] } })

  it('describes each dataset with singular and plural counts', () => {
    const facts = mountList()
      .findAll('.facts')
      .map((line) => line.text())
    expect(facts).toEqual([
      'Table · 1 row · 2 features · 2 targets',
      'Image folder · 300 rows · 784 features · 10 classes'
    ])
  })

  it('switches the current dataset', async () => {
    const wrapper = mountList()
    await wrapper.findAll('button.pick')[0].trigger('click')
    expect(useDatasetsStore().currentId).toBe('d1')
  })

  it('deletes only after the confirmation, then picks another dataset', async () => {
    const wrapper = mountList()
    await wrapper.get('button[aria-label="Delete fashion-small"]').trigger('click')
    expect(wrapper.text()).toContain('Delete fashion-small? Its runs stay in Experiments.')
    expect(api.requests('datasets:delete')).toEqual([])
    await wrapper.get('button.danger').trigger('click')
    await settle()
    expect(api.requests('datasets:delete')).toEqual([{ datasetId: 'd2' }])
    expect(useDatasetsStore().datasets.map((dataset) => dataset.name)).toEqual(['textbook'])
    expect(useDatasetsStore().currentId).toBe('d1')
  })

  it('keeps the dataset when the confirmation is declined', async () => {
    const wrapper = mountList()
    await wrapper.get('button[aria-label="Delete textbook"]').trigger('click')
    await wrapper.get('button:not(.danger):not(.link):not(.pick)').trigger('click')
    expect(api.requests('datasets:delete')).toEqual([])
    expect(wrapper.findAll('.facts')).toHaveLength(2)
  })

  it('renames a dataset from its field', async () => {
    const wrapper = mountList()
    await wrapper.get('button[aria-label="Rename textbook"]').trigger('click')
    await wrapper.get('input').setValue('  Mazur example  ')
    await wrapper.get('form').trigger('submit')
    await settle()
    expect(api.requests('datasets:rename')).toEqual([{ datasetId: 'd1', name: 'Mazur example' }])
    expect(wrapper.findAll('button.pick')[0].text()).toBe('Mazur example')
  })
})
