import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { GradientCheckInspection, LayerGradientCheckView } from '@shared/model/inspect'
import GradcheckPanel from '@renderer/components/inspect/GradcheckPanel.vue'
import { i18n } from '@renderer/i18n'
import { checkRows, checkVerdict } from '@renderer/lib/inspect/gradcheck-view'
import { useInspectStore } from '@renderer/stores/inspect'
import { fakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

function layer(number: number, maxRelativeError: number): LayerGradientCheckView {
  return {
    layer: number,
    maxRelativeError,
    worst: { kind: 'weight', row: 1, column: 2, backprop: 0.25, numeric: 0.2500001 },
    passed: false,
    checkedWeights: 6,
    totalWeights: 6,
    checkedBiases: 2,
    totalBiases: 2
  }
}

function result(precision: 'f32' | 'f64', errors: number[]): GradientCheckInspection {
  return {
    layers: errors.map((error, index) => layer(index + 1, error)),
    passed: false,
    threshold: precision === 'f64' ? 1e-6 : 1e-3,
    precision,
    epsilon: 1e-5,
    epoch: 3,
    rows: [0, 1, 2, 3, 4, 5, 6, 7]
  }
}

describe('gradient check colouring', () => {
  it('is green under 1e-6 in Float64 and under 1e-3 in Float32, red otherwise', () => {
    expect(checkVerdict(9.9e-7, 'f64')).toBe('pass')
    expect(checkVerdict(1e-6, 'f64')).toBe('fail')
    expect(checkVerdict(5e-4, 'f64')).toBe('fail')
    expect(checkVerdict(5e-4, 'f32')).toBe('pass')
    expect(checkVerdict(1e-3, 'f32')).toBe('fail')
    expect(checkVerdict(Number.NaN, 'f64')).toBe('fail')
  })

  it("colours each layer by the precision backprop ran in, whatever main's own verdict", () => {
    expect(checkRows(result('f32', [2e-4, 3e-3])).map((row) => row.verdict)).toEqual([
      'pass',
      'fail'
    ])
    expect(checkRows(result('f64', [2e-4, 3e-8])).map((row) => row.verdict)).toEqual([
      'fail',
      'pass'
    ])
  })

  it('runs on the button and shows a row per layer, green or red, with the worst parameter', async () => {
    const api = fakeLab({ 'inspect:gradcheck': () => result('f64', [3e-9, 4e-5]) })
    const pinia = createPinia()
    setActivePinia(pinia)
    useInspectStore().source = { kind: 'run', runId: 'run-1' }
    const wrapper = mount(GradcheckPanel, { global: { plugins: [pinia, i18n] } })
    await wrapper.get('select').setValue('f64')
    await wrapper.get('button.primary').trigger('click')
    for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0))
    expect(api.requests('inspect:gradcheck')).toEqual([{ runId: 'run-1', precision: 'f64' }])
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map((row) => row.attributes('data-verdict'))).toEqual(['pass', 'fail'])
    expect(rows[0].classes()).toContain('pass')
    expect(rows[1].text()).toContain('4.00e-5')
    expect(rows[1].text()).toContain('W(2)[1][2]')
    expect(wrapper.get('.verdict').text()).toContain('1e-6 (Float64)')
  })
})
