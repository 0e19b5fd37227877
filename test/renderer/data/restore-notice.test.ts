import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DatasetSummary, UnregisteredDataset } from '@shared/model/dataset'
import RestoreNotice from '@renderer/components/data/RestoreNotice.vue'
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

const folder = (folderId: string, name: string | null): UnregisteredDataset => ({
  folderId,
  name,
  kind: name ? 'csv' : null,
  rows: name ? 150 : null,
  restorable: name !== null,
  duplicateOf: null
})

/** The Data screen's offer to add back dataset folders a lost database no longer lists. */
describe('restore notice', () => {
  let pinia: Pinia
  let api: FakeLab
  let found: UnregisteredDataset[]
  let stored: DatasetSummary[]

  beforeEach(() => {
    found = [
      folder('d1', 'iris'),
      folder('d2', 'wine'),
      folder('d7', null),
      { ...folder('d5', 'digits'), restorable: false, duplicateOf: 'd3' }
    ]
    stored = []
    api = fakeLab({
      'datasets:list': () => stored,
      'datasets:unregistered': () => found,
      'datasets:restore': ({ folderIds }) => {
        stored = folderIds.map((datasetId) => csvDataset({ datasetId, name: datasetId }))
        found = found.filter((item) => !folderIds.includes(item.folderId))
        return stored
      }
    })
    pinia = createPinia()
    setActivePinia(pinia)
  })

  const mountNotice = async () => {
    const wrapper = mount(RestoreNotice, { global: { plugins: [pinia, i18n] } })
    await settle()
    return wrapper
  }

  it('names the folders found and adds the restorable ones back', async () => {
    const wrapper = await mountNotice()
    expect(wrapper.text()).toContain(
      "2 dataset folders (iris and wine) are in the lab's folder but not in its database"
    )
    expect(wrapper.text()).toContain('One more folder holds data the lab lists already')
    expect(wrapper.text()).toContain('One more folder, saved by an older version')
    await wrapper.get('button').trigger('click')
    await settle()
    expect(api.requests('datasets:restore')).toEqual([{ folderIds: ['d1', 'd2'] }])
    expect(useDatasetsStore().datasets.map((dataset) => dataset.datasetId)).toEqual(['d1', 'd2'])
    expect(wrapper.text()).toBe('Added 2 datasets back to the lab.')
  })

  it('shows nothing when every folder is known', async () => {
    found = []
    const wrapper = await mountNotice()
    expect(wrapper.find('[data-test="restore-notice"]').exists()).toBe(false)
  })

  it('speaks Chinese too', async () => {
    i18n.global.locale.value = 'zh-CN'
    try {
      const wrapper = await mountNotice()
      expect(wrapper.text()).toContain('有 2 个数据集文件夹（iris和wine）不在数据库中')
    } finally {
      i18n.global.locale.value = 'en'
    }
  })
})
