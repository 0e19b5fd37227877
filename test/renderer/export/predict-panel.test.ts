import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ModelFile } from '@shared/model/model-file'
import type { PreviewRow } from '@shared/model/dataset-preview'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import { useDatasetsStore } from '@renderer/stores/datasets'
import ModelOpener from '@renderer/components/models/ModelOpener.vue'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { pointsDataset } from '../training/fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** 2 inputs → 3 tanh → 2 softmax, standardized inputs, classes left/right. */
const MODEL: ModelFile = {
  format: 'backprop-lab/model',
  formatVersion: 1,
  inputSize: 2,
  layers: [
    {
      units: 3,
      activation: 'tanh',
      weights: [
        [1, 0],
        [0, 1],
        [1, 1]
      ],
      biases: [0, 0, 0]
    },
    {
      units: 2,
      activation: 'softmax',
      weights: [
        [1, 0, 0],
        [0, 1, 0]
      ],
      biases: [0, 0],
      trainable: { biases: false }
    }
  ],
  loss: 'cross-entropy',
  classes: ['left', 'right'],
  preprocessing: { kind: 'standardize', mean: [1, 5], std: [1, 3] }
}
const TEXT = JSON.stringify(MODEL)
/** Rows as the dataset stores them: Float32 values (0.1 is kept as 0.10000000149011612). */
const STORED: PreviewRow[] = [
  {
    row: 9,
    values: [Math.fround(0.1), Math.fround(2.7)],
    label: 0,
    targets: null,
    origin: 'line 11'
  },
  { row: 10, values: [Math.fround(-0.35), 4], label: 1, targets: null, origin: 'line 12' }
]

describe('Open model… and the Predict panel', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    api = fakeLab({
      'models:read': ({ name, text }) => ({ name, model: JSON.parse(text) as ModelFile }),
      'models:predict': ({ rows }) => ({
        outputs: rows.map((_, index) => (index % 2 === 0 ? [0.25, 0.75] : [0.9, 0.1])),
        classes: ['left', 'right'],
        predicted: rows.map((_, index) => (index % 2 === 0 ? 'right' : 'left'))
      }),
      'datasets:list': () => [pointsDataset()],
      'datasets:preview': () => ({ datasetId: 'd1', total: 500, offset: 9, rows: STORED })
    })
  })

  /** Mounts the top bar's button and opens the model as a browser user does: by choosing the file. */
  async function openModel(): Promise<VueWrapper> {
    const wrapper = mount(ModelOpener, {
      global: { plugins: [pinia, i18n] },
      attachTo: document.body
    })
    const input = wrapper.find('input[type="file"]')
    Object.defineProperty(input.element, 'files', {
      value: [new File([TEXT], 'moons.model.json', { type: 'application/json' })]
    })
    await input.trigger('change')
    await flushPromises()
    return wrapper
  }

  const facts = (wrapper: VueWrapper) =>
    Object.fromEntries(
      wrapper
        .findAll('dt')
        .map((term) => [
          term.text(),
          (term.element.nextElementSibling as HTMLElement).textContent!.trim()
        ])
    )
  const typeRows = async (wrapper: VueWrapper, text: string) => {
    await wrapper.find('textarea').setValue(text)
    await wrapper.find('form').trigger('submit')
    await flushPromises()
  }
  const tableRows = (wrapper: VueWrapper) =>
    wrapper.findAll('table tbody tr').map((row) => row.findAll('td').map((cell) => cell.text()))

  it('sends the chosen file’s name and text, and shows what the model holds', async () => {
    const wrapper = await openModel()
    expect(api.requests('models:read')).toEqual([{ name: 'moons.model.json', text: TEXT }])
    expect(wrapper.find('[role="dialog"]').attributes('aria-label')).toBe('Model moons.model.json')
    expect(facts(wrapper)).toMatchObject({
      Architecture: '2 → 3 → 2',
      Inputs: '2 values',
      // (2 + 1) × 3 + (3 + 1) × 2
      Parameters: '17',
      Loss: 'cross-entropy',
      Classes: 'left, right',
      Preprocessing: "standardize: x' = (x − mean) / std per input"
    })
    expect(wrapper.findAll('ol.layers li').map((layer) => layer.text())).toEqual([
      'layer 1: 3 units, tanh',
      'layer 2: 2 units, softmax (frozen: biases)'
    ])
    wrapper.unmount()
  })

  it('sends typed rows as numbers and shows outputs and predicted classes', async () => {
    const wrapper = await openModel()
    await typeRows(wrapper, '1, 2; -0.5,4e-1\n3,4')
    expect(api.requests('models:predict')).toEqual([
      {
        model: MODEL,
        rows: [
          [1, 2],
          [-0.5, 0.4],
          [3, 4]
        ]
      }
    ])
    expect(wrapper.findAll('table thead th').map((cell) => cell.text())).toEqual([
      'Row',
      'Predicted',
      'left',
      'right'
    ])
    expect(tableRows(wrapper)).toEqual([
      ['1', 'right', '0.2500', '0.7500'],
      ['2', 'left', '0.9000', '0.1000'],
      ['3', 'right', '0.2500', '0.7500']
    ])
    wrapper.unmount()
  })

  it('names the row and value of a bad input and sends nothing', async () => {
    const wrapper = await openModel()
    await typeRows(wrapper, '1,2;1,x')
    expect(wrapper.find('[role="alert"]').text()).toBe('Row 2, value 2: “x” is not a number.')
    await typeRows(wrapper, '1,2,3')
    expect(wrapper.find('[role="alert"]').text()).toBe('Row 1 has 3 values; the model takes 2.')
    await typeRows(wrapper, ' ; ')
    expect(wrapper.find('[role="alert"]').text()).toBe('Enter at least one row.')
    expect(api.requests('models:predict')).toEqual([])
    wrapper.unmount()
  })

  it("shows main's refusal and no stale outputs", async () => {
    const wrapper = await openModel()
    await typeRows(wrapper, '1,2')
    expect(wrapper.find('table').exists()).toBe(true)
    vi.mocked((await import('@renderer/api/lab')).lab.invoke).mockRejectedValueOnce(
      new LabError('user', 'layers[0].weights: expected 3 rows of 2, got 3 rows of 1')
    )
    await typeRows(wrapper, '3,4')
    expect(wrapper.find('[role="alert"]').text()).toBe(
      'layers[0].weights: expected 3 rows of 2, got 3 rows of 1'
    )
    expect(wrapper.find('table').exists()).toBe(false)
    wrapper.unmount()
  })

  it('takes rows of the current dataset, as stored, and shows their true classes', async () => {
    const datasets = useDatasetsStore()
    await datasets.refresh()
    datasets.select('d1')
    const wrapper = await openModel()
    const [fromRow, count] = wrapper.findAll('.from-data input')
    await fromRow.setValue('10')
    await count.setValue('2')
    await wrapper.find('button.use-rows').trigger('click')
    await flushPromises()
    expect(api.requests('datasets:preview')).toEqual([{ datasetId: 'd1', offset: 9, limit: 2 }])
    expect((wrapper.find('textarea').element as HTMLTextAreaElement).value).toBe(
      '0.1, 2.7\n-0.35, 4'
    )
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.requests('models:predict')[0].rows).toEqual([
      [0.1, 2.7],
      [-0.35, 4]
    ])
    expect(wrapper.findAll('table thead th').map((cell) => cell.text())).toEqual([
      'Row',
      'Predicted',
      'True',
      'left',
      'right'
    ])
    const rows = wrapper.findAll('table tbody tr')
    expect(tableRows(wrapper).map((cells) => cells.slice(0, 3))).toEqual([
      ['1', 'right', 'left'],
      ['2', 'left', 'right']
    ])
    expect(rows[0].findAll('td')[2].classes()).toContain('wrong')
    wrapper.unmount()
  })
})
