import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import type { ImportOutcome } from '@shared/model/import'
import { pathForDrop } from '@renderer/api/lab'
import { LabError } from '@renderer/api/lab-error'
import DropOverlay from '@renderer/components/data/DropOverlay.vue'
import ImportProgress from '@renderer/components/data/ImportProgress.vue'
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

/** The window-wide drop target and the progress panel, as the app shows them. */
const Harness = defineComponent({ render: () => [h(DropOverlay), h(ImportProgress)] })

/** Drops files on the window the way a test without file-system entries does. */
function drop(names: string[]): void {
  const files = names.map((name) => new File(['x'], name))
  const event = new Event('drop', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'dataTransfer', { value: { items: [], files, types: ['Files'] } })
  window.dispatchEvent(event)
}

describe('importing a dropped folder', () => {
  let pinia: Pinia
  let api: FakeLab
  let finishImport: (outcome: ImportOutcome) => void
  let failImport: (error: Error) => void
  let now: number

  beforeEach(() => {
    now = 10_000
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    vi.mocked(pathForDrop).mockResolvedValue('/uploads/u1/dirty')
    api = fakeLab({
      'datasets:import': () =>
        new Promise<ImportOutcome>((resolve, reject) => {
          finishImport = resolve
          failImport = reject
        }),
      'datasets:cancel-import': () => undefined,
      'datasets:list': () => [csvDataset({ datasetId: 'd7', name: 'dirty', rows: 102 })]
    })
    pinia = createPinia()
    setActivePinia(pinia)
  })
  afterEach(() => vi.restoreAllMocks())

  const mountHarness = () =>
    mount(Harness, { global: { plugins: [pinia, i18n] }, attachTo: document.body })

  it('uploads, imports with progress and a rate, and makes the new dataset current', async () => {
    const wrapper = mountHarness()
    drop(['dirty/coat/00017.png', 'dirty/shirt/00020.png'])
    await settle()
    expect(vi.mocked(pathForDrop).mock.calls[0][0].map((file) => file.relativePath)).toEqual([
      'dirty/coat/00017.png',
      'dirty/shirt/00020.png'
    ])
    const [request] = api.requests('datasets:import')
    expect(request.path).toBe('/uploads/u1/dirty')
    expect(useAppStore().view).toBe('data')
    expect(wrapper.text()).toContain('Importing dirty')

    now += 500 // half a second after the import started
    api.emit('import:progress', { importId: request.importId, done: 2_310, total: 10_000 })
    await settle()
    expect(wrapper.get('[data-test=import-progress-text]').text()).toBe(
      '2,310 / 10,000 images · 4,620/s'
    )
    expect(wrapper.get('[role=progressbar]').attributes('aria-valuenow')).toBe('23')

    finishImport({
      dataset: csvDataset({ datasetId: 'd7', name: 'dirty', rows: 102 }),
      reused: false
    })
    await settle()
    const datasets = useDatasetsStore()
    expect(datasets.importing).toBeNull()
    expect(datasets.currentId).toBe('d7')
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Imported dirty: 102 rows.'
    ])
    wrapper.unmount()
  })

  it('cancels: main is asked to stop, and the notice says nothing was imported', async () => {
    const wrapper = mountHarness()
    drop(['dirty/coat/00017.png'])
    await settle()
    const [request] = api.requests('datasets:import')
    await wrapper.get('button.danger').trigger('click')
    expect(api.requests('datasets:cancel-import')).toEqual([{ importId: request.importId }])
    expect(wrapper.get('button.danger').text()).toBe('Cancelling…')
    failImport(new LabError('user', 'the import was cancelled; nothing was imported'))
    await settle()
    expect(useDatasetsStore().importing).toBeNull()
    expect(useDatasetsStore().currentId).toBeNull()
    expect(useAppStore().notices).toEqual([
      expect.objectContaining({ kind: 'info', text: 'Import cancelled: nothing was imported.' })
    ])
    expect(wrapper.find('[data-test=import-progress-text]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('cancels an upload by aborting it: main is never asked to import', async () => {
    vi.mocked(pathForDrop).mockImplementation(
      (_files, _progress, signal) =>
        new Promise((_resolve, reject) =>
          signal?.addEventListener('abort', () => reject(signal.reason))
        )
    )
    const wrapper = mountHarness()
    drop(['dirty/coat/00017.png', 'dirty/coat/00018.png'])
    await settle()
    expect(wrapper.text()).toContain('Uploading dirty')
    await wrapper.get('button.danger').trigger('click')
    await settle()
    expect(api.requests('datasets:import')).toEqual([])
    expect(api.requests('datasets:cancel-import')).toEqual([])
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Import cancelled: nothing was imported.'
    ])
    wrapper.unmount()
  })

  it('shows main’s message when the import fails, naming the file as dropped (not the upload folder)', async () => {
    vi.mocked(pathForDrop).mockResolvedValue('/uploads/u1/pets.csv')
    const wrapper = mountHarness()
    drop(['pets.csv'])
    await settle()
    failImport(
      new LabError('user', '/uploads/u1/pets.csv:4: expected 3 fields (as in the header), got 2')
    )
    await settle()
    expect(useAppStore().notices).toEqual([
      expect.objectContaining({
        kind: 'error',
        text: 'pets.csv:4: expected 3 fields (as in the header), got 2'
      })
    ])
    expect(useDatasetsStore().importing).toBeNull()
    wrapper.unmount()
  })
})
