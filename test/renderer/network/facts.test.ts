import './standards-mode'
import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@renderer/i18n'
import LayerEquations from '@renderer/components/network/LayerEquations.vue'
import ParameterTable from '@renderer/components/network/ParameterTable.vue'
import {
  activationDefinitions,
  layerEquations,
  lossEquation
} from '@renderer/lib/network/equations'
import { parameterBreakdown } from '@renderer/lib/network/parameter-breakdown'
import { useNetworkStore } from '@renderer/stores/network'
import { IRIS, MNIST } from './fixtures'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const relu = (units: number) => ({ units, activation: 'relu' as const })

describe('parameter counts', () => {
  it('iris 4-16-3: W(1) is 16×4 with 16 biases, W(2) is 3×16 with 3 biases, 131 in all', () => {
    expect(parameterBreakdown([{ units: 4 }, { units: 16 }, { units: 3 }])).toEqual([
      { layer: 1, units: 16, inputs: 4, weights: 64, biases: 16, total: 80 },
      { layer: 2, units: 3, inputs: 16, weights: 48, biases: 3, total: 51 }
    ])
    piniaWith(IRIS)
    const network = useNetworkStore()
    network.load({ hidden: [relu(16)], output: 'auto', loss: 'auto' })
    expect(network.parameterCount).toBe(80 + 51)
  })

  it('MNIST 784-128-64-10: 100,480 + 8,256 + 650 = 109,386', () => {
    const rows = parameterBreakdown([{ units: 784 }, { units: 128 }, { units: 64 }, { units: 10 }])
    expect(rows.map((row) => [row.weights, row.biases, row.total])).toEqual([
      [100_352, 128, 100_480],
      [8_192, 64, 8_256],
      [640, 10, 650]
    ])
    piniaWith(MNIST)
    const network = useNetworkStore()
    network.load({ hidden: [relu(128), relu(64)], output: 'auto', loss: 'auto' })
    expect(network.parameterCount).toBe(109_386)
  })

  it('shows each layer with its W shape and the totals, and marks frozen biases', () => {
    const wrapper = mount(ParameterTable, {
      props: {
        layers: [{ units: 784 }, { units: 128 }, { units: 64 }, { units: 10 }],
        frozenBiases: true
      },
      global: { plugins: [i18n] }
    })
    const rows = wrapper
      .findAll('tbody tr')
      .map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(rows[0]).toEqual(['Layer 1 (128 units)', '128 × 784 = 100,352', '128 frozen', '100,480'])
    expect(rows[2]).toEqual(['Layer 3 (10 units)', '10 × 64 = 640', '10 frozen', '650'])
    expect(wrapper.findAll('tfoot td').map((cell) => cell.text())).toEqual([
      '109,184',
      '202',
      '109,386'
    ])
  })
})

describe('equations', () => {
  it('writes z = W a + b and a = f(z) per layer with the shapes of W and b', () => {
    const [hidden, output] = layerEquations([
      { units: 4, activation: null },
      relu(16),
      { units: 3, activation: 'softmax' }
    ])
    expect(hidden.forward).toBe(
      'z^{(1)} = W^{(1)} a^{(0)} + b^{(1)}, \\qquad a^{(1)} = \\operatorname{ReLU}(z^{(1)})'
    )
    expect(hidden.shapes).toBe(
      'W^{(1)} \\in \\mathbb{R}^{16 \\times 4}, \\quad b^{(1)} \\in \\mathbb{R}^{16}'
    )
    expect(output.forward).toContain('a^{(2)} = \\operatorname{softmax}(z^{(2)})')
    expect(output.shapes).toContain('\\mathbb{R}^{3 \\times 16}')
    const [linear] = layerEquations([
      { units: 3, activation: null },
      { units: 1, activation: 'linear' }
    ])
    expect(linear.forward).toMatch(/a\^\{\(1\)\} = z\^\{\(1\)\}$/)
  })

  it('defines each activation once and writes the loss with L and K filled in', () => {
    expect(activationDefinitions(['relu', 'relu', 'softmax'], 3)).toHaveLength(2)
    expect(activationDefinitions(['linear'], 1)).toEqual([])
    expect(lossEquation('cross-entropy', 2, 3)).toBe(
      'J = -\\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{3} y_{ik} \\log a^{(2)}_{ik}'
    )
    expect(lossEquation('binary-cross-entropy', 1, 1)).not.toContain('\\sum_{k')
    expect(lossEquation('half-squared-error', 3, 2)).toContain(
      '\\tfrac{1}{2} \\left\\lVert a^{(3)}_{i} - y_{i} \\right\\rVert^{2}'
    )
  })

  it('typesets every formula with KaTeX, the TeX kept in the MathML for screen readers', () => {
    const wrapper = mount(LayerEquations, {
      props: {
        layers: [{ units: 4, activation: null }, relu(16), { units: 3, activation: 'softmax' }],
        loss: 'cross-entropy',
        targets: { kind: 'oneHot' }
      },
      global: { plugins: [i18n] }
    })
    expect(wrapper.findAll('.katex-error')).toHaveLength(0)
    const annotations = wrapper.findAll('annotation').map((annotation) => annotation.text())
    expect(annotations).toContain(
      'W^{(1)} \\in \\mathbb{R}^{16 \\times 4}, \\quad b^{(1)} \\in \\mathbb{R}^{16}'
    )
    expect(annotations).toContain('a^{(0)} = x \\in \\mathbb{R}^{4}')
    expect(wrapper.findAll('h4').map((heading) => heading.text())).toEqual([
      'Input',
      'Layer 1 · hidden, 16 ReLU units',
      'Layer 2 · output, 3 softmax units',
      'where',
      'Loss: cross-entropy'
    ])
  })
})
