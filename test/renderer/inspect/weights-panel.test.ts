import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { LayerInspection, LayerRequest } from '@shared/model/inspect'
import WeightPictures from '@renderer/components/inspect/WeightPictures.vue'
import WeightsPanel from '@renderer/components/inspect/WeightsPanel.vue'
import { i18n } from '@renderer/i18n'
import { useInspectStore } from '@renderer/stores/inspect'
import { useTrainingStore } from '@renderer/stores/training'
import { change, epoch, liveState, positionAt, STARTED } from '../training/fixtures'
import { fakeLab } from '../support/fake-lab'
import { IMAGE_DATA } from './fixtures'
import { settle } from '../support/settle'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** Run r1's only layer after `epochs` epochs: 12 inputs (2×2×3 images) to 3 classes. */
function layer(request: LayerRequest, epochs: number): LayerInspection {
  const since = request.histogramsSince ?? 0
  const histogram = { min: -1, max: 1, counts: [epochs, 1] }
  return {
    runId: 'r1',
    epoch: epochs,
    layer: request.layer,
    units: 3,
    inputs: 12,
    activation: 'softmax',
    trainable: { weights: true, biases: true },
    weights: { rows: 3, cols: 12, values: Array.from({ length: 36 }, (_, i) => (i - 18) / 18) },
    biases: [0.1, -0.2, 0],
    weightRange: { min: -1, max: 17 / 18 },
    biasRange: { min: -0.2, max: 0.1 },
    histogram,
    inputImage: { height: 2, width: 2, channels: 3 },
    histograms: Array.from({ length: epochs - since }, (_, index) => ({
      epoch: since + index + 1,
      histogram
    }))
  }
}

describe('weights panel', () => {
  it('shows the layer as stored, its class templates, and follows a live run epoch by epoch', async () => {
    let epochs = 2
    const api = fakeLab({
      'training:start': () => STARTED,
      'inspect:layer': (request) => layer(request, epochs)
    })
    const pinia = piniaWith(IMAGE_DATA)
    const training = useTrainingStore()
    training.follow(liveState({ status: 'starting' }), null)
    useInspectStore().focus('weights')
    const wrapper = mount(WeightsPanel, {
      props: { widths: [12, 3] },
      global: { plugins: [pinia, i18n] }
    })
    await settle(10)
    expect(useInspectStore().runId).toBe('r1')
    expect(api.requests('inspect:layer')).toEqual([{ runId: 'r1', layer: 1, histogramsSince: 0 }])
    expect(wrapper.text()).toContain('Weights after epoch 2')
    // A layer feeding the outputs straight from the image: its rows are class templates.
    const pictures = wrapper.getComponent(WeightPictures)
    expect(pictures.props('names')).toEqual(['coat', 'shirt', 'bag'])
    expect(wrapper.text()).toContain('Class templates')

    // An update within the same epoch fetches nothing; a finished epoch fetches newer histograms only.
    api.emit('training:change', change({ position: positionAt(16) }))
    await settle(10)
    expect(api.requests('inspect:layer')).toHaveLength(1)
    epochs = 3
    api.emit('training:change', change({ position: positionAt(40), epochs: [epoch(3)] }))
    // Refreshes are spaced a few hundred milliseconds apart: wait for this one to come.
    await vi.waitFor(() => expect(api.requests('inspect:layer')).toHaveLength(2))
    await settle(10)
    expect(api.requests('inspect:layer')[1]).toEqual({ runId: 'r1', layer: 1, histogramsSince: 2 })
    expect(wrapper.text()).toContain('Weights after epoch 3')
    const strip = wrapper.get('.histogram-strip canvas')
    expect(strip.attributes('aria-label')).toBe('Weight histograms of 3 epochs side by side')
  })
})
