import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  DIAGNOSTIC_KINDS,
  type DiagnosticFinding,
  type DiagnosticKind
} from '@shared/model/inspect'
import DiagnosticsColumn from '@renderer/components/inspect/DiagnosticsColumn.vue'
import { i18n, setLocale } from '@renderer/i18n'
import { diagnosticSentence } from '@renderer/lib/inspect/diagnostic-text'
import { useInspectStore } from '@renderer/stores/inspect'
import { fakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** A finding of each kind with the values main sends (model/inspect.ts). */
const FINDINGS: Record<DiagnosticKind, DiagnosticFinding> = {
  'dead-relu': {
    kind: 'dead-relu',
    layer: 1,
    severity: 'problem',
    values: { deadUnits: 76, units: 128, fraction: 76 / 128, probeRows: 256 },
    units: [1, 2]
  },
  'saturated-units': {
    kind: 'saturated-units',
    layer: 2,
    severity: 'warning',
    values: { saturatedUnits: 3, units: 32, fraction: 3 / 32, probeRows: 100 }
  },
  'vanishing-gradients': {
    kind: 'vanishing-gradients',
    layer: 1,
    severity: 'warning',
    values: { norm: 2e-6, outputNorm: 0.04, ratio: 5e-5 }
  },
  'exploding-gradients': {
    kind: 'exploding-gradients',
    layer: 3,
    severity: 'warning',
    values: { norm: 120, earlierNorm: 4, growth: 30, epochs: 5 }
  },
  'rising-loss': {
    kind: 'rising-loss',
    severity: 'problem',
    values: { epochs: 5, from: 0.7, to: 2.5, learningRate: 3, defaultLearningRate: 0.1 }
  }
}

/** The numbers each sentence must carry, as written. */
const NUMBERS: Record<DiagnosticKind, string[]> = {
  'dead-relu': ['76', '128', '59.4%', '256'],
  'saturated-units': ['3', '32', '9.4%', '100'],
  'vanishing-gradients': ['2e-6', '0.04', '5e-5'],
  'exploding-gradients': ['30', '5', '120'],
  'rising-loss': ['5', '0.7', '2.5', '3', '0.1']
}

afterEach(() => setLocale('en'))

describe('diagnostics', () => {
  it.each(['en', 'zh-CN'] as const)(
    'give every kind one %s sentence with its numbers',
    (locale) => {
      setLocale(locale)
      expect(Object.keys(FINDINGS).sort()).toEqual([...DIAGNOSTIC_KINDS].sort())
      const sentences = DIAGNOSTIC_KINDS.map((kind) => {
        const { key, params } = diagnosticSentence(FINDINGS[kind])
        expect(i18n.global.te(key, locale), `${key} in ${locale}`).toBe(true)
        const text = i18n.global.t(key, params)
        expect(text).not.toMatch(/[{}]/)
        for (const number of NUMBERS[kind]) expect(text, kind).toContain(number)
        return text
      })
      expect(new Set(sentences).size).toBe(DIAGNOSTIC_KINDS.length)
    }
  )

  it('say so when a norm is past the bound with no earlier epoch to compare', () => {
    const finding = { ...FINDINGS['exploding-gradients'] }
    finding.values = { norm: 5000, earlierNorm: 0, growth: 0, epochs: 0 }
    const { key, params } = diagnosticSentence(finding)
    expect(i18n.global.t(key, params)).toBe(
      'Layer 3: its gradient norm is 5000; a step of η times that throws the weights far away, a smaller learning rate is needed.'
    )
  })

  it('are listed beside the panels with their severity and name', async () => {
    fakeLab({
      'inspect:diagnostics': () => ({
        epoch: 4,
        probeRows: 256,
        findings: [FINDINGS['dead-relu'], FINDINGS['rising-loss']]
      })
    })
    const pinia = createPinia()
    setActivePinia(pinia)
    useInspectStore().source = { kind: 'run', runId: 'run-1' }
    const wrapper = mount(DiagnosticsColumn, { global: { plugins: [pinia, i18n] } })
    for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0))
    const items = wrapper.findAll('.findings li')
    expect(items.map((item) => item.attributes('data-kind'))).toEqual(['dead-relu', 'rising-loss'])
    expect(items[0].text()).toContain('problem')
    expect(items[0].text()).toContain('Dead ReLU units')
    expect(items[1].text()).toContain('Rising loss')
    expect(wrapper.text()).toContain('The model of epoch 4, probed on 256 rows.')
  })
})
