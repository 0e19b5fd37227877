import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DecisionBoundary } from '@shared/model/live-run'
import type { LayerInspection, SampleInspection } from '@shared/model/inspect'
import { i18n } from '@renderer/i18n'
import RunTimeline from '@renderer/components/experiments/RunTimeline.vue'
import { epochRanges, metricsAt } from '@renderer/lib/experiments/timeline'
import { metricsChartSeries } from '@renderer/lib/charts/series'
import { useAppStore } from '@renderer/stores/app'
import { useInspectStore } from '@renderer/stores/inspect'
import { listItem, runPage } from './fixtures'
import { reluSoftmaxNetwork } from '../support/runs'
import { pointsDataset } from '../training/fixtures'
import { fakeLab, type FakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** A 2-feature run of 6 epochs that kept epochs 0, 2, 4, 5 and 6 (stride 2 and the last three). */
const view = runPage(listItem({ runId: 'r1', epochs: 6 }), {
  network: reluSoftmaxNetwork(2, 3, 2),
  classes: ['left', 'right'],
  checkpoints: { epochs: [0, 2, 4, 5, 6], budgetBytes: 2e6, checkpointBytes: 400_000, stride: 2 }
})

/** Each epoch's boundary is all of one value, the epoch / 10, so the drawn epoch is visible. */
const boundaryAt = (epoch: number): DecisionBoundary => ({
  xMin: -1,
  xMax: 3,
  yMin: 0,
  yMax: 10,
  resolution: 2,
  values: [epoch / 10, epoch / 10, epoch / 10, epoch / 10],
  neurons: [],
  kind: 'probability',
  epoch
})
const layerAt = (epoch: number) =>
  ({
    runId: 'r1',
    epoch,
    layer: 1,
    units: 3,
    inputs: 2,
    weights: { rows: 3, cols: 2, values: [epoch, -epoch, 1, 2, 3, 4] },
    inputImage: null
  }) as unknown as LayerInspection

/** A sample's activations, which name the epoch in their first value. */
const sampleAt = (epoch: number) =>
  ({
    epoch,
    row: 0,
    origin: 'moons.csv:2',
    part: 'train',
    rawInputs: [0.5, 1],
    inputs: [0.5, 1],
    inputImage: null,
    layers: [{ layer: 1, activation: 'relu', z: [epoch + 0.25, -1, 2], a: [epoch + 0.25, 0, 2] }],
    outputs: [0.3, 0.7],
    classes: ['left', 'right'],
    predicted: { index: 1, name: 'right' },
    actual: { index: 0, name: 'left' },
    target: [1, 0]
  }) as unknown as SampleInspection

describe('the run page’s scrubber', () => {
  let api: FakeLab
  beforeEach(() => {
    setActivePinia(createPinia())
    api = fakeLab({
      'datasets:get': () => pointsDataset(),
      'datasets:preview': () => ({ datasetId: 'd1', total: 0, offset: 0, rows: [] }),
      'training:boundary': ({ epoch }) => boundaryAt(epoch!),
      'inspect:layer': ({ epoch }) => layerAt(epoch!),
      'inspect:confusion': ({ epoch }) => ({
        epoch: epoch!,
        part: 'validation',
        classes: ['left', 'right'],
        matrix: [
          [10 + epoch!, 3],
          [2, 9]
        ],
        total: 24 + epoch!,
        accuracy: 0.8
      }),
      'inspect:sample': (request) => sampleAt((request as { epoch: number }).epoch)
    })
  })

  const mountTimeline = async (shown = view) => {
    const wrapper = mount(RunTimeline, {
      props: { view: shown, busy: false },
      global: { plugins: [i18n] },
      attachTo: document.body
    })
    await flushPromises()
    return wrapper
  }

  it('moves over the stored epochs only, and fetches that epoch’s boundary and weights', async () => {
    const wrapper = await mountTimeline()
    const slider = wrapper.get('input[type="range"]')
    expect(slider.attributes('max')).toBe('4')
    expect(wrapper.text()).toContain('Epoch 6')
    expect(wrapper.text()).toContain('Exact at the stored epochs: 0, 2, 4–6')
    expect(wrapper.text()).toContain(
      '5 checkpoints kept: the epochs that are multiples of 2 (what the run’s 2 MB budget holds at 400 kB each), plus the last three and the best by validation loss.'
    )
    await slider.setValue('1')
    await flushPromises()
    expect(wrapper.text()).toContain('Epoch 2')
    expect(api.requests('training:boundary').at(-1)).toEqual({
      runId: 'r1',
      resolution: 60,
      epoch: 2
    })
    expect(api.requests('inspect:layer').at(-1)).toMatchObject({ runId: 'r1', epoch: 2, layer: 1 })
    expect(wrapper.get('[data-testid="timeline-reached"]').text()).toBe(
      'Train loss 0.5000 · validation loss 0.5500 · validation accuracy 60.00%'
    )
    await slider.setValue('0')
    await flushPromises()
    expect(wrapper.get('[data-testid="timeline-reached"]').text()).toBe(
      'The initial weights, before any training.'
    )
    expect(wrapper.emitted('scrub')!.map(([epoch]) => epoch)).toEqual([6, 2, 0])
    wrapper.unmount()
  })

  it('opens another run at its last stored epoch, the thumb there too', async () => {
    const wrapper = await mountTimeline()
    // A longer run: its last position (8) is past the first run's max (4), which a range input
    // would clamp the value to if it were set before the new max.
    const longer = runPage(listItem({ runId: 'r2', epochs: 16 }), {
      network: reluSoftmaxNetwork(2, 3, 2),
      classes: ['left', 'right'],
      checkpoints: {
        epochs: [0, 2, 4, 6, 8, 10, 12, 14, 16],
        budgetBytes: 4e6,
        checkpointBytes: 400_000,
        stride: 2
      }
    })
    await wrapper.setProps({ view: longer })
    await flushPromises()
    const slider = wrapper.get<HTMLInputElement>('input[type="range"]')
    expect(slider.element.max).toBe('8')
    expect(slider.element.value).toBe('8')
    expect(wrapper.text()).toContain('Epoch 16')
    wrapper.unmount()
  })

  it('shows the confusion matrix and the chosen sample’s activations of the epoch scrubbed to', async () => {
    const wrapper = await mountTimeline()
    const internals = () => wrapper.get('[data-testid="timeline-internals"]')
    expect(internals().text()).toContain('Confusion matrix at epoch 6')
    expect(internals().text()).toContain('16')
    expect(internals().text()).toContain('moons.csv:2: actual left, predicted right')
    await wrapper.get('input[type="range"]').setValue('1')
    await flushPromises()
    expect(api.requests('inspect:confusion').at(-1)).toEqual({
      runId: 'r1',
      epoch: 2,
      part: 'validation'
    })
    expect(internals().text()).toContain('Confusion matrix at epoch 2')
    expect(internals().text()).toContain('12')
    await wrapper.get('[data-testid="timeline-sample-row"]').setValue('1')
    await flushPromises()
    expect(api.requests('inspect:sample').at(-1)).toEqual({ runId: 'r1', epoch: 2, row: 1 })
    expect(internals().text()).toContain('2.25')
    wrapper.unmount()
  })

  it('continues from the epoch shown with only the settings changed', async () => {
    const wrapper = await mountTimeline()
    await wrapper.get('input[type="range"]').setValue('2')
    await wrapper.get('form.branch select').setValue('momentum')
    const [learningRate] = wrapper.get('form.branch').findAll('input[type="number"]')
    await learningRate.setValue('0.01')
    await wrapper.get('form.branch').trigger('submit')
    expect(wrapper.emitted('branch')).toEqual([[4, { optimizer: 'momentum', learningRate: 0.01 }]])
    expect(wrapper.text()).toContain('Continue from epoch 4')
    wrapper.unmount()
  })

  it('offers to train as many epochs again from the last epoch, the run’s own before it', async () => {
    // The run trained all the epochs it planned.
    const wrapper = await mountTimeline({
      ...view,
      detail: { ...view.detail, config: { ...view.detail.config, epochs: 6 } }
    })
    const epochs = () =>
      (wrapper.get('form.branch').findAll('input[type="number"]')[1].element as HTMLInputElement)
        .value
    // At its last epoch (6 of 6) a branch with the run's 6 epochs would train nothing.
    expect(epochs()).toBe('12')
    expect(wrapper.find('form.branch [role=alert]').exists()).toBe(false)
    await wrapper.get('input[type="range"]').setValue('2')
    expect(epochs()).toBe('6')
    wrapper.unmount()
  })

  it('holds Continue while the learning rate or epochs hold an invalid value, and says why', async () => {
    const wrapper = await mountTimeline()
    await wrapper.get('input[type="range"]').setValue('2')
    const [learningRate, epochs] = wrapper.get('form.branch').findAll('input[type="number"]')
    const submit = wrapper.get('form.branch button[type="submit"]')
    await learningRate.setValue('0')
    expect(wrapper.get('form.branch [role=alert]').text()).toBe('Enter a number from 1e-9 to 1000')
    expect((submit.element as HTMLButtonElement).disabled).toBe(true)
    await wrapper.get('form.branch').trigger('submit')
    expect(wrapper.emitted('branch')).toBeUndefined()
    await learningRate.setValue('0.01')
    // Epochs in all must go past the epoch continued from (4).
    await epochs.setValue('3')
    expect((submit.element as HTMLButtonElement).disabled).toBe(true)
    await epochs.setValue('9')
    expect((submit.element as HTMLButtonElement).disabled).toBe(false)
    await wrapper.get('form.branch').trigger('submit')
    expect(wrapper.emitted('branch')).toEqual([[4, { learningRate: 0.01, epochs: 9 }]])
    wrapper.unmount()
  })

  it('opens Inspect’s step-through on the run at the epoch scrubbed to', async () => {
    const wrapper = await mountTimeline()
    await wrapper.get('input[type="range"]').setValue('1')
    await flushPromises()
    const button = wrapper.get('[data-testid="timeline-step-through"]')
    expect(button.text()).toBe('Step through at epoch 2')
    await button.trigger('click')
    const inspect = useInspectStore()
    expect(useAppStore().view).toBe('inspect')
    expect(inspect.panel).toBe('step')
    expect(inspect.target).toEqual({ kind: 'run', runId: 'r1', epoch: 2 })
    expect(inspect.epoch).toBe(2)
  })

  it('cannot continue while another run trains', async () => {
    const wrapper = mount(RunTimeline, {
      props: { view, busy: true },
      global: { plugins: [i18n] }
    })
    await flushPromises()
    const submit = wrapper.get('form.branch button[type="submit"]')
    expect(submit.attributes('disabled')).toBeDefined()
    expect(wrapper.text()).toContain('Another run is training; stop it first.')
  })

  it('speaks Chinese', async () => {
    i18n.global.locale.value = 'zh-CN'
    try {
      const wrapper = await mountTimeline()
      expect(wrapper.text()).toContain('第 6 轮')
      expect(wrapper.text()).toContain('从这里继续')
      expect(wrapper.text()).toContain('以下已保存的轮次是精确的：0, 2, 4–6')
      wrapper.unmount()
    } finally {
      i18n.global.locale.value = 'en'
    }
  })
})

describe('scrubber helpers', () => {
  it('writes stored epochs as ranges', () => {
    expect(epochRanges([0, 1, 2, 3, 8, 16, 30, 31, 32])).toBe('0–3, 8, 16, 30–32')
    expect(epochRanges([])).toBe('')
  })

  it('finds an epoch’s metrics, none for the initial weights', () => {
    const metrics = view.detail.metrics
    expect(metricsAt(metrics, 2)?.trainLoss).toBe(0.5)
    expect(metricsAt(metrics, 0)).toBeNull()
  })

  it('marks the epoch shown with a vertical line over the curves’ range', () => {
    const lines = metricsChartSeries(
      { epochs: view.detail.metrics, metric: 'loss', markedEpoch: 2 },
      { train: 'Train', validation: 'Validation', batch: 'Batch', marked: 'Epoch shown (2)' }
    )
    const marker = lines.at(-1)!
    expect(marker.label).toBe('Epoch shown (2)')
    expect(marker.points).toEqual([
      { x: 2, y: 0.0812 },
      { x: 2, y: 1.1 }
    ])
  })
})
