import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TraceInspection, TraceLayer, TraceRequest } from '@shared/model/inspect'
import StepThroughPanel from '@renderer/components/inspect/StepThroughPanel.vue'
import { i18n } from '@renderer/i18n'
import { useInspectStore } from '@renderer/stores/inspect'
import { fakeLab } from '../support/fake-lab'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** 200 inputs, 120 ReLU units, 3 softmax outputs: 24,360 weights, traced a layer at a time. */
const WIDTHS = [200, 120, 3]
const fill = (rows: number, cols: number, value: number) =>
  Array.from({ length: rows }, () => new Array<number>(cols).fill(value))

function traceLayer(layer: number): TraceLayer {
  const [inputs, units] = [WIDTHS[layer - 1], WIDTHS[layer]]
  return {
    layer,
    z: fill(1, units, 0.5),
    a: fill(1, units, 0.5),
    delta: fill(1, units, 0.1),
    weightGradients: fill(units, inputs, 0.01),
    biasGradients: new Array(units).fill(0.1),
    weights: fill(units, inputs, 0.2),
    biases: new Array(units).fill(0),
    updatedWeights: fill(units, inputs, 0.199),
    updatedBiases: new Array(units).fill(0)
  }
}

function trace(request: TraceRequest): TraceInspection {
  const trainable = { weights: true, biases: true }
  return {
    loss: 1.1,
    layers: request.layer ? [traceLayer(request.layer)] : [traceLayer(1), traceLayer(2)],
    epoch: 4,
    learningRate: 0.1,
    l1: 0,
    l2: 0,
    precision: 'f64',
    rows: [0],
    inputs: fill(1, 200, 1),
    targets: [[0, 1, 0]],
    frozen: [],
    network: {
      inputSize: 200,
      layers: [
        { units: 120, activation: 'relu', trainable },
        { units: 3, activation: 'softmax', trainable }
      ],
      loss: 'cross-entropy'
    }
  }
}

describe('step-through of a wide network', () => {
  let unmount = () => {}
  afterEach(() => unmount())

  it('fetches the last layer first, then each layer once as the steps need it', async () => {
    const api = fakeLab({ 'inspect:trace': trace })
    const pinia = createPinia()
    setActivePinia(pinia)
    useInspectStore().focus('step', { source: { kind: 'run', runId: 'run-1' }, sampleRow: 3 })
    const wrapper = mount(StepThroughPanel, {
      props: { widths: WIDTHS },
      global: { plugins: [pinia, i18n] }
    })
    unmount = () => wrapper.unmount()
    await settle(8)
    const layers = () => api.requests('inspect:trace').map((request) => request.layer)
    expect(api.requests('inspect:trace')[0]).toEqual({ runId: 'run-1', rows: [3], layer: 2 })
    // Forward through layer 1 needs layer 1; forward through layer 2 has both already.
    expect(layers()).toEqual([2, 1])
    expect(wrapper.get('.follow').text()).toContain('Follow in layer 1')
    const next = () =>
      wrapper
        .get('.step-controls button.primary')
        .trigger('click')
        .then(() => settle(8))
    for (let step = 0; step < 5; step++) await next()
    expect(wrapper.get('.where').text()).toContain('Step 6 of 6')
    expect(layers()).toEqual([2, 1])
    // The update: one group per layer, each with the followed neuron's lines only.
    expect(wrapper.findAll('.math .group').length).toBe(2)
  })
})
