import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@renderer/i18n'
import NetworkDiagram from '@renderer/components/network/NetworkDiagram.vue'
import { describeInputs, describeOutputs } from '@renderer/lib/network/data-labels'
import {
  layoutDiagram,
  summarizeLayer,
  type DiagramHighlight,
  type DiagramLayer
} from '@renderer/lib/network/diagram-layout'
import { designOutput } from '@shared/model/network-design'
import type { DatasetSummary } from '@shared/model/dataset'
import { BREAST_CANCER, CIRCLES, IRIS, MNIST, TEXTBOOK } from './fixtures'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const circles = (slots: ReturnType<typeof summarizeLayer>) =>
  slots.filter((slot) => slot.kind === 'unit').length
/** The visible text of each label (a label's tooltip title holds the full name). */
const labelTexts = (wrapper: ReturnType<typeof mount>, selector: string) =>
  wrapper.findAll(`${selector} text`).map((text) => text.element.firstChild?.textContent?.trim())
const gaps = (slots: ReturnType<typeof summarizeLayer>) =>
  slots.filter((slot) => slot.kind === 'gap')

describe('summarizeLayer', () => {
  it('draws every neuron of a layer up to 16 wide', () => {
    expect(circles(summarizeLayer(4))).toBe(4)
    expect(circles(summarizeLayer(16))).toBe(16)
    expect(gaps(summarizeLayer(16))).toHaveLength(0)
  })

  it('shows the first four and last two neurons of a wider layer, with one ellipsis for the rest', () => {
    const slots = summarizeLayer(784)
    expect(circles(slots)).toBe(6)
    expect(gaps(slots)).toEqual([{ kind: 'gap', count: 778 }])
    expect(slots.map((slot) => (slot.kind === 'unit' ? slot.unit : 'gap'))).toEqual([
      0,
      1,
      2,
      3,
      'gap',
      782,
      783
    ])
    expect(gaps(summarizeLayer(17))).toEqual([{ kind: 'gap', count: 11 }])
  })

  it('brings highlighted neurons out of the ellipsis', () => {
    const slots = summarizeLayer(128, [60])
    expect(circles(slots)).toBe(7)
    expect(gaps(slots).map((gap) => (gap.kind === 'gap' ? gap.count : 0))).toEqual([56, 65])
  })
})

describe('layoutDiagram', () => {
  const layers = (...units: number[]): DiagramLayer[] =>
    units.map((width, index) => ({ units: width, activation: index === 0 ? null : 'relu' }))

  it('draws lines between narrow layers and bands next to wide ones', () => {
    const iris = layoutDiagram(layers(4, 16, 3), { left: 100, right: 100 })
    expect(iris.connections.map((connection) => connection.kind)).toEqual(['lines', 'lines'])
    const mnist = layoutDiagram(layers(784, 128, 64, 10), { left: 100, right: 100 })
    expect(mnist.connections.map((connection) => connection.kind)).toEqual(['band', 'band', 'band'])
    expect(mnist.connections.map((connection) => connection.weights)).toEqual([
      784 * 128,
      128 * 64,
      64 * 10
    ])
  })

  it('keeps the layers left to right inside the drawing', () => {
    const geometry = layoutDiagram(layers(2, 8, 8, 1), { left: 60, right: 80 })
    const xs = geometry.columns.map((column) => column.x)
    expect(xs).toEqual([...xs].sort((a, b) => a - b))
    expect(xs[0]).toBe(60)
    expect(geometry.width - xs[3]).toBe(80)
    for (const column of geometry.columns) expect(column.bottom).toBeLessThan(geometry.height)
  })
})

/** Mounts the diagram for a dataset and hidden layers, as the Network screen does. */
function drawFor(
  dataset: DatasetSummary,
  hidden: DiagramLayer[],
  highlight: DiagramHighlight[] = []
) {
  piniaWith(dataset)
  const design = designOutput(dataset, 'auto', 'auto')
  const layers: DiagramLayer[] = [
    { units: dataset.features, activation: null },
    ...hidden,
    { units: design.units, activation: design.activation }
  ]
  return mount(NetworkDiagram, {
    props: {
      layers,
      inputs: describeInputs(dataset),
      outputs: describeOutputs(dataset, design),
      highlight
    },
    global: { plugins: [i18n] }
  })
}

describe('NetworkDiagram', () => {
  it('draws iris 4-16-3 neuron by neuron with every connection, labelled from the data', () => {
    const wrapper = drawFor(IRIS, [{ units: 16, activation: 'relu' }])
    expect(wrapper.findAll('circle.neuron')).toHaveLength(4 + 16 + 3)
    expect(wrapper.findAll('line.connection')).toHaveLength(4 * 16 + 16 * 3)
    expect(wrapper.findAll('.band')).toHaveLength(0)
    expect(labelTexts(wrapper, '.labels.inputs')).toEqual(IRIS.featureNames)
    expect(labelTexts(wrapper, '.labels.outputs')).toEqual([
      'P(setosa)',
      'P(versicolor)',
      'P(virginica)'
    ])
    expect(wrapper.findAll('.activation').map((text) => text.text())).toEqual(['ReLU', 'softmax'])
    expect(wrapper.attributes('aria-label')).toContain('4–16–3')
  })

  it('summarizes MNIST 784-128-64-10 as blocks joined by bands', () => {
    const wrapper = drawFor(MNIST, [
      { units: 128, activation: 'relu' },
      { units: 64, activation: 'relu' }
    ])
    expect(wrapper.findAll('rect.block')).toHaveLength(3)
    expect(wrapper.findAll('circle.neuron')).toHaveLength(6 + 6 + 6 + 10)
    expect(wrapper.findAll('.ellipsis')).toHaveLength(3)
    expect(wrapper.findAll('line.connection')).toHaveLength(0)
    expect(wrapper.findAll('.band-label').map((label) => label.text())).toEqual([
      '100,352 weights',
      '8,192 weights',
      '640 weights'
    ])
    const inputs = wrapper.find('.labels.inputs').text()
    expect(inputs).toContain('28×28×1 image')
    expect(inputs).toContain('784 inputs')
    expect(wrapper.findAll('.size').map((size) => size.text())).toEqual([
      '784 inputs',
      '128 units',
      '64 units',
      '10 units'
    ])
  })

  it('labels one sigmoid unit with the positive class and regression outputs with their targets', () => {
    const binary = drawFor(BREAST_CANCER, [])
    expect(labelTexts(binary, '.labels.outputs')).toEqual(['P(malignant)'])
    expect(labelTexts(binary, '.labels.inputs')).toEqual([
      'feature_1',
      'feature_2',
      'feature_3',
      'feature_4',
      '+24 more',
      'feature_29',
      'feature_30'
    ])
    const regression = drawFor(TEXTBOOK, [{ units: 2, activation: 'sigmoid' }])
    expect(labelTexts(regression, '.labels.outputs')).toEqual(['target_o1', 'target_o2'])
  })

  it('brings the highlighted neurons and the connections between them forward', () => {
    const tanh = { units: 8, activation: 'tanh' } as const
    const wrapper = drawFor(
      CIRCLES,
      [tanh, tanh],
      [
        { layer: 1, units: [2] },
        { layer: 2, units: [0, 5] }
      ]
    )
    expect(wrapper.classes()).toContain('dimmed')
    expect(wrapper.findAll('circle.neuron.lit')).toHaveLength(3)
    expect(wrapper.findAll('line.connection.lit')).toHaveLength(2)
    const wide = drawFor(MNIST, [{ units: 128, activation: 'relu' }], [{ layer: 0, units: [400] }])
    expect(wide.findAll('circle.neuron.lit')).toHaveLength(1)
  })
})
