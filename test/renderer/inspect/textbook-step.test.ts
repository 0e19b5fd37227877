import { mount, type VueWrapper } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import StepThroughPanel from '@renderer/components/inspect/StepThroughPanel.vue'
import { i18n } from '@renderer/i18n'
import { useInspectStore } from '@renderer/stores/inspect'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { PUBLISHED, TEXTBOOK_DATA, TEXTBOOK_PATH, TEXTBOOK_ROW, textbookTrace } from './fixtures'
import { settle } from '../support/settle'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** The values of the current step's lines, in order. */
function lineValues(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.math .value').map((cell) => cell.text().replace(/^= /, ''))
}
/** The arithmetic written out on the current step's lines. */
function expressions(wrapper: VueWrapper): string[] {
  return wrapper.findAll('.math .expression').map((cell) => cell.text().replace(/^= /, ''))
}
/** The neurons lit on the drawing, as "layer:unit" (layer 0: inputs). */
function litNeurons(wrapper: VueWrapper): string[] {
  return wrapper
    .findAll('g.column')
    .flatMap((column, layer) =>
      column
        .findAll('circle.neuron')
        .flatMap((circle, unit) => (circle.classes('lit') ? [`${layer}:${unit}`] : []))
    )
}

describe('step-through of the textbook worked example (preset weights)', () => {
  let api: FakeLab
  let wrapper: VueWrapper

  beforeEach(async () => {
    api = fakeLab({
      'datasets:preview': () => ({
        datasetId: 'textbook',
        total: 1,
        offset: 0,
        rows: [TEXTBOOK_ROW]
      }),
      'inspect:trace': () => textbookTrace()
    })
    const pinia = piniaWith(TEXTBOOK_DATA)
    useInspectStore().focus('step', { source: { kind: 'preset', path: TEXTBOOK_PATH } })
    wrapper = mount(StepThroughPanel, {
      props: { widths: [2, 2, 2] },
      global: { plugins: [pinia, i18n] },
      attachTo: document.body
    })
    await settle(8)
  })
  afterEach(() => wrapper.unmount())

  it('traces the preset on its own sample as written (0.05, 0.10; targets 0.01, 0.99), not as stored in Float32', () => {
    expect(api.requests('inspect:trace')).toEqual([
      { modelPath: TEXTBOOK_PATH, inputs: [[0.05, 0.1]], targets: [[0.01, 0.99]], layer: undefined }
    ])
  })

  it('shows on its first screen out_h1 = 0.593269992 and ∂E/∂w5 = 0.082167041 with its three factors', () => {
    const summary = wrapper.get('.textbook-summary')
    const values = summary.findAll('.value').map((cell) => cell.text().replace(/^= /, ''))
    expect(values).toEqual([
      PUBLISHED.netH1,
      PUBLISHED.outH1,
      PUBLISHED.outH2,
      PUBLISHED.outO1,
      PUBLISHED.outO2,
      PUBLISHED.eTotal,
      PUBLISHED.dEdW5,
      PUBLISHED.w5New,
      PUBLISHED.w1New
    ])
    expect(summary.text()).toContain(
      `${PUBLISHED.dEdOutO1} × ${PUBLISHED.dOutO1dNetO1} × ${PUBLISHED.outH1}`
    )
    // The textbook's names beside the lab's symbols: out_h1 next to a(1)₁, w5 next to W(2)₁₁.
    const annotations = summary.findAll('annotation').map((node) => node.text())
    expect(annotations).toContain('a^{(1)}_{1}')
    expect(annotations).toContain('\\mathit{out}_{h1}')
    expect(annotations).toContain('\\frac{\\partial J}{\\partial W^{(2)}_{11}}')
    expect(annotations).toContain('\\frac{\\partial E_{\\mathit{total}}}{\\partial w_{5}}')
    expect(annotations).toContain(
      '= \\frac{\\partial E_{\\mathit{total}}}{\\partial \\mathit{out}_{o1}} \\cdot \\frac{\\partial \\mathit{out}_{o1}}{\\partial \\mathit{net}_{o1}} \\cdot \\frac{\\partial \\mathit{net}_{o1}}{\\partial w_{5}}'
    )
  })

  it('has six steps: forward 1, forward 2, loss, backward 2, backward 1, update', async () => {
    const titles: string[] = []
    for (let step = 0; step < 6; step++) {
      titles.push(wrapper.get('.where strong').text())
      // Every formula and symbol of the step typesets (KaTeX marks what it cannot parse).
      expect(wrapper.findAll('.katex-error').map((node) => node.text())).toEqual([])
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }))
      await settle(8)
    }
    expect(titles).toEqual([
      'Forward through layer 1',
      'Forward through layer 2',
      'The loss',
      'Backward through layer 2',
      'Backward through layer 1',
      'The update'
    ])
    expect(wrapper.get('.where').text()).toContain('Step 6 of 6')
    expect(wrapper.findAll('.track .dot')).toHaveLength(6)
  })

  it('shows every step the published numbers and lights the neurons it works on', async () => {
    const next = async () => {
      await wrapper.get('.step-controls button.primary').trigger('click')
      await settle(8)
    }
    // Forward through layer 1: net_h1 = 0.15 × 0.05 + 0.2 × 0.1 + 0.35 = 0.3775, out_h1 = σ(0.3775).
    expect(expressions(wrapper).slice(0, 2)).toEqual([
      '0.15 × 0.05 + 0.2 × 0.1 + 0.35',
      'σ(0.3775)'
    ])
    expect(lineValues(wrapper).slice(0, 4)).toEqual([
      PUBLISHED.netH1,
      PUBLISHED.outH1,
      expect.any(String),
      PUBLISHED.outH2
    ])
    expect(litNeurons(wrapper)).toEqual(['0:0', '0:1', '1:0', '1:1'])
    await next()
    expect(lineValues(wrapper)).toContain(PUBLISHED.outO1)
    expect(lineValues(wrapper)).toContain(PUBLISHED.outO2)
    expect(litNeurons(wrapper)).toEqual(['1:0', '1:1', '2:0', '2:1'])
    await next()
    expect(lineValues(wrapper).at(-1)).toBe(PUBLISHED.eTotal)
    expect(litNeurons(wrapper)).toEqual(['2:0', '2:1'])
    await next()
    expect(lineValues(wrapper).slice(0, 4)).toEqual([
      PUBLISHED.dEdOutO1,
      PUBLISHED.dOutO1dNetO1,
      expect.any(String),
      PUBLISHED.dEdW5
    ])
    expect(litNeurons(wrapper)).toEqual(['1:0', '1:1', '2:0', '2:1'])
    await next()
    expect(lineValues(wrapper).slice(0, 4)).toEqual([
      PUBLISHED.dEdOutH1,
      PUBLISHED.dOutH1dNetH1,
      expect.any(String),
      PUBLISHED.dEdW1
    ])
    expect(expressions(wrapper)[3]).toBe(`${PUBLISHED.dEdOutH1} × ${PUBLISHED.dOutH1dNetH1} × 0.05`)
    expect(litNeurons(wrapper)).toEqual(['0:0', '0:1', '1:0', '1:1', '2:0', '2:1'])
    await next()
    const update = lineValues(wrapper)
    expect(update[0]).toBe(PUBLISHED.w1New)
    expect(update).toContain(PUBLISHED.w5New)
    expect(update).toContain(PUBLISHED.w6New)
    expect(expressions(wrapper)).toContain(`0.4 - 0.5 × ${PUBLISHED.dEdW5}`)
    // Biases are frozen in the example: the update leaves them as they were.
    expect(wrapper.findAll('.math .badge').length).toBeGreaterThan(0)
    expect(update).toContain('0.35')
    expect(update).toContain('0.6')
  })

  it('goes back with the left arrow and the Previous button, never before the first step', async () => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }))
    await settle(8)
    expect(wrapper.get('.where').text()).toContain('Step 1 of 6')
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }))
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }))
    await settle(8)
    expect(wrapper.get('.where').text()).toContain('Step 3 of 6')
    await wrapper.get('.step-controls button').trigger('click')
    expect(wrapper.get('.where').text()).toContain('Step 2 of 6')
  })
})
