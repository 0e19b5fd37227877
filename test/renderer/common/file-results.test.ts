import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EvaluationReport, FilePredictions } from '@shared/model/results'
import { predictionsCsv } from '@shared/model/results'
import { LabError } from '@renderer/api/lab-error'
import { i18n, setLocale } from '@renderer/i18n'
import { saveText } from '@renderer/lib/downloads'
import FileResults from '@renderer/components/common/FileResults.vue'
import { fakeLab, type FakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))
vi.mock('@renderer/lib/downloads', () => ({ saveText: vi.fn(), downloadFrom: vi.fn() }))

const PREDICTIONS: FilePredictions = {
  file: 'flowers.csv',
  idName: 'id',
  outputNames: ['setosa', 'versicolor'],
  classes: ['setosa', 'versicolor'],
  classifier: true,
  rows: [
    { line: 2, id: 'a', outputs: [0.9, 0.1], predicted: 'setosa' },
    { line: 4, id: 'b, c', outputs: [0.25, 0.75], predicted: 'versicolor' }
  ],
  problems: [
    { line: 3, problem: { code: 'row.notNumber', params: { column: 'x', value: 'abc' } } }
  ],
  notes: []
}

const REPORT: EvaluationReport = {
  source: 'iris',
  rows: 10,
  loss: 0.25,
  accuracy: 0.8,
  classes: ['setosa', 'versicolor'],
  perClass: [
    { name: 'setosa', precision: 0.8, recall: 0.8, f1: 0.8, support: 5 },
    { name: 'versicolor', precision: 0.8, recall: 0.8, f1: 0.8, support: 5 }
  ],
  confusion: [
    [4, 1],
    [1, 4]
  ],
  perTarget: null,
  r2: null,
  mae: null,
  problems: [],
  notes: []
}

describe('Results on whole files', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    vi.mocked(saveText).mockReset()
  })
  afterEach(() => setLocale('en'))

  function mountPanel(): VueWrapper {
    return mount(FileResults, {
      props: { source: { runId: 'r2' }, datasetId: null },
      global: { plugins: [pinia, i18n] },
      attachTo: document.body
    })
  }

  async function choose(wrapper: VueWrapper, index: number, file: File): Promise<void> {
    const input = wrapper.findAll('input[type=file]')[index]
    Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
    await input.trigger('change')
    await flushPromises()
  }

  it('sends the chosen file’s name and text, shows the table, lists left-out rows, saves the CSV', async () => {
    api = fakeLab({ 'results:predict': () => PREDICTIONS })
    const wrapper = mountPanel()
    await choose(wrapper, 0, new File(['id,x\na,1\n'], 'flowers.csv'))
    expect(api.requests('results:predict')).toEqual([
      { source: { runId: 'r2' }, table: { name: 'flowers.csv', text: 'id,x\na,1\n' } }
    ])
    const cells = wrapper
      .findAll('[data-test=predictions] tbody tr')
      .map((row) => row.findAll('td').map((cell) => cell.text()))
    expect(cells).toEqual([
      ['2', 'a', '0.9', '0.1', 'setosa'],
      ['4', 'b, c', '0.25', '0.75', 'versicolor']
    ])
    expect(wrapper.find('[data-test=left-out]').text()).toContain(
      'line 3 column "x": "abc" is not a number'
    )
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Save as CSV')!
      .trigger('click')
    expect(saveText).toHaveBeenCalledWith(
      'flowers-predictions.csv',
      predictionsCsv(PREDICTIONS),
      'text/csv'
    )
    expect(predictionsCsv(PREDICTIONS)).toBe(
      'id,setosa,versicolor,predicted\na,0.9,0.1,setosa\n"b, c",0.25,0.75,versicolor\n'
    )
    wrapper.unmount()
  })

  it('evaluates on a chosen dataset and shows the figures and confusion matrix, in Chinese too', async () => {
    api = fakeLab({ 'results:evaluate': () => REPORT })
    const wrapper = mountPanel()
    const { useDatasetsStore } = await import('@renderer/stores/datasets')
    useDatasetsStore().datasets = [{ datasetId: 'd1', name: 'iris' }] as never
    await flushPromises()
    await wrapper.find('[data-test=evaluate-dataset]').setValue('d1')
    await wrapper.find('[data-test=evaluate]').trigger('click')
    await flushPromises()
    expect(api.requests('results:evaluate')).toEqual([
      { source: { runId: 'r2' }, data: { datasetId: 'd1' } }
    ])
    const text = wrapper.find('[data-test=evaluation]').text()
    expect(text).toContain('On iris: 10 rows')
    expect(text).toContain('80.0%')
    setLocale('zh-CN')
    await flushPromises()
    expect(wrapper.find('[data-test=evaluation]').text()).toContain('准确率')
    wrapper.unmount()
  })

  it('says a coded error from main in the UI language', async () => {
    api = fakeLab({
      'results:predict': () => {
        throw new LabError('user', 'x.csv: the file is empty', {
          code: 'file.empty',
          params: { file: 'x.csv' }
        })
      }
    })
    setLocale('zh-CN')
    const wrapper = mountPanel()
    await choose(wrapper, 0, new File([''], 'x.csv'))
    expect(wrapper.find('[role=alert]').text()).toBe('x.csv：文件是空的')
    wrapper.unmount()
  })
})
