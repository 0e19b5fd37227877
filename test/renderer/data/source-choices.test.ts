import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import CurrentSourceChoice from '@renderer/components/data/CurrentSourceChoice.vue'
import RefusedImport from '@renderer/components/data/RefusedImport.vue'
import { LabError } from '@renderer/api/lab-error'
import { i18n, setLocale } from '@renderer/i18n'
import { choiceOfNotes, choiceOfRefusal } from '@renderer/lib/data/source-choices'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { englishText, message } from '@shared/messages'
import { fakeLab } from '../support/fake-lab'
import { csvDataset } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: true,
  pathForDrop: vi.fn()
}))

const npz = '/data/iris-arrays.npz'
const noPair = message('array.noPair', { file: npz, names: ['inputs', 'targets', 'ids'] })
const imported = csvDataset({
  source: npz,
  notes: [
    message('table.npzArrays', {
      features: 'inputs',
      labels: 'targets',
      names: ['inputs', 'targets', 'ids']
    })
  ]
})

describe('choosing what a table file holds, as the CLI’s options do', () => {
  let pinia: Pinia
  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
  })
  afterEach(() => setLocale('en'))

  it('reads the choice from a refusal or from an imported dataset’s notes', () => {
    expect(choiceOfRefusal(noPair)).toEqual({
      kind: 'arrays',
      features: 'inputs',
      labels: 'targets',
      names: ['inputs', 'targets', 'ids']
    })
    expect(
      choiceOfRefusal(message('array.noLabelsFile', { file: 'X.npy', candidates: ['y.npy'] }))
    ).toEqual({
      kind: 'labelsFile'
    })
    expect(choiceOfRefusal(message('file.empty', { file: 'x.csv' }))).toBeNull()
    expect(
      choiceOfNotes([message('table.sheet', { sheet: 'Data', sheets: ['Data', 'Notes'] })])
    ).toEqual({ kind: 'sheet', sheet: 'Data', sheets: ['Data', 'Notes'] })
    // One sheet, or plain text from an older version: nothing to choose.
    expect(
      choiceOfNotes([message('table.sheet', { sheet: 'Data', sheets: ['Data'] }), 'old'])
    ).toBeNull()
  })

  it('an .npz without X and y is refused, then imported with the arrays chosen in the app', async () => {
    const lab = fakeLab({
      'datasets:import': (request: { arrays?: unknown }) => {
        if (!request.arrays) throw new LabError('user', englishText(noPair), noPair)
        return { dataset: imported, reused: false }
      },
      'datasets:list': () => [imported]
    })
    const datasets = useDatasetsStore()
    await expect(datasets.importPath(npz)).rejects.toThrow(/no features and labels arrays/)
    const wrapper = mount(RefusedImport, { global: { plugins: [pinia, i18n] } })
    expect(wrapper.text()).toContain('it holds: inputs, targets, ids')
    await wrapper.get('[data-test=labels-array]').setValue('ids')
    await wrapper.get('[data-test=source-apply]').trigger('click')
    await flushPromises()
    expect(lab.requests('datasets:import').at(-1)).toMatchObject({
      path: npz,
      arrays: { features: 'inputs', labels: 'ids' }
    })
    expect(datasets.current?.datasetId).toBe(imported.datasetId)
    expect(wrapper.find('[data-test=refused-import]').exists()).toBe(false)
  })

  it('offers another sheet of a workbook on the Data screen, in both languages', async () => {
    const workbook = csvDataset({
      source: '/data/iris.xlsx',
      notes: [message('table.sheet', { sheet: 'Data', sheets: ['Data', 'Measurements'] })]
    })
    const lab = fakeLab({
      'datasets:import': () => ({ dataset: workbook, reused: false }),
      'datasets:list': () => [workbook]
    })
    const wrapper = mount(CurrentSourceChoice, {
      props: { dataset: workbook },
      global: { plugins: [pinia, i18n] }
    })
    expect(wrapper.text()).toContain('Sheet')
    setLocale('zh-CN')
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('工作表')
    await wrapper.get('[data-test=sheet]').setValue('Measurements')
    await wrapper.get('[data-test=source-apply]').trigger('click')
    await flushPromises()
    expect(lab.requests('datasets:import').at(-1)).toMatchObject({
      path: '/data/iris.xlsx',
      sheet: 'Measurements'
    })
  })

  it('a .npy without its labels beside it: the desktop app picks the labels file', async () => {
    const noLabels = message('array.noLabelsFile', { file: '/data/X.npy', candidates: ['y.npy'] })
    const lab = fakeLab({
      'datasets:import': (request: { labelsFile?: string }) => {
        if (!request.labelsFile) throw new LabError('user', englishText(noLabels), noLabels)
        return { dataset: imported, reused: false }
      },
      'datasets:list': () => [imported],
      'app:open-dialog': () => '/data/species.npy'
    })
    const datasets = useDatasetsStore()
    await expect(datasets.importPath('/data/X.npy')).rejects.toThrow(/no labels array beside it/)
    const wrapper = mount(RefusedImport, { global: { plugins: [pinia, i18n] } })
    await wrapper.get('[data-test=refused-import] button').trigger('click')
    await flushPromises()
    expect(lab.requests('datasets:import').at(-1)).toMatchObject({
      path: '/data/X.npy',
      labelsFile: '/data/species.npy'
    })
  })
})
