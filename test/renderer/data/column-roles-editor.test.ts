import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CsvColumn } from '@shared/model/dataset-preview'
import ColumnRoles from '@renderer/components/data/ColumnRoles.vue'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { csvDataset } from './fixtures'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const COLUMNS: CsvColumn[] = [
  { name: 'size', role: 'feature', inputs: ['size'], leftOutByImporter: false },
  { name: 'color', role: 'feature', inputs: ['color=blue', 'color=red'], leftOutByImporter: false },
  { name: 'species', role: 'label', inputs: [], leftOutByImporter: false }
]
const REIMPORTED = csvDataset({
  datasetId: 'd9',
  featureNames: ['size', 'species=a', 'species=b'],
  classes: ['blue', 'red']
})

describe('column roles editor', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'datasets:columns': () => COLUMNS,
      'datasets:import': () => ({ dataset: REIMPORTED, reused: false }),
      'datasets:list': () => [csvDataset(), REIMPORTED]
    })
    pinia = createPinia()
    setActivePinia(pinia)
  })

  const mountEditor = async () => {
    const wrapper = mount(ColumnRoles, {
      props: { dataset: csvDataset() },
      global: { plugins: [pinia, i18n] }
    })
    await settle()
    return wrapper
  }

  it('shows each column’s role, its one-hot inputs and a numeric column’s range', async () => {
    const wrapper = await mountEditor()
    expect(api.requests('datasets:columns')).toEqual([{ datasetId: 'd1' }])
    const rows = wrapper.findAll('[data-test=column-row]')
    expect(rows.map((row) => (row.get('select').element as HTMLSelectElement).value)).toEqual([
      'feature',
      'feature',
      'label'
    ])
    expect(rows[1].text()).toContain('2 inputs, one per value: blue, red')
    // size: min 1, max 3, mean 2 in the fixture's statistics
    expect(rows[0].text()).toContain('1 to 3, mean 2')
    expect(wrapper.get('button.primary').attributes('disabled')).toBeDefined()
  })

  it('re-imports the source with the chosen label column and shows the new dataset', async () => {
    const wrapper = await mountEditor()
    const selects = wrapper.findAll('select')
    await selects[1].setValue('label')
    await selects[2].setValue('feature')
    await wrapper.get('button.primary').trigger('click')
    await settle()
    const [request] = api.requests('datasets:import')
    expect(request).toEqual({
      importId: request.importId,
      path: '/data/pets.csv',
      labelColumn: 'color',
      name: 'pets'
    })
    expect(useDatasetsStore().currentId).toBe('d9')
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'pets was imported again with the new column roles.'
    ])
  })

  it('explains roles that make no dataset and keeps Apply off', async () => {
    const wrapper = await mountEditor()
    await wrapper.findAll('select')[2].setValue('feature')
    expect(wrapper.get('[data-test=roles-problem]').text()).toBe(
      'Choose a label column (classes) or at least one target column (regression).'
    )
    expect(wrapper.get('button.primary').attributes('disabled')).toBeDefined()
  })
})
