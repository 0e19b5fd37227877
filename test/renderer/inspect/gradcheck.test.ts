import { mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import type { GradientCheckInspection, LayerGradientCheckView } from '@shared/model/inspect'
import GradcheckPanel from '@renderer/components/inspect/GradcheckPanel.vue'
import { i18n } from '@renderer/i18n'
import { checkRows } from '@renderer/lib/inspect/gradcheck-view'
import { useInspectStore } from '@renderer/stores/inspect'
import { fakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** A layer as main judges it: the worst entry's absolute values against its tolerance. */
function layer(
  number: number,
  maxRelativeError: number,
  worst: { backprop: number; numeric: number },
  kinks = 0
): LayerGradientCheckView {
  const absoluteError = Math.abs(worst.backprop - worst.numeric)
  const tolerance = 1.1e-9 + 1e-6 * Math.max(Math.abs(worst.backprop), Math.abs(worst.numeric))
  return {
    layer: number,
    maxRelativeError,
    worst: { kind: 'weight', row: 1, column: 2, ...worst, absoluteError, tolerance },
    passed: absoluteError <= tolerance,
    kinks,
    checkedWeights: 6,
    totalWeights: 6,
    checkedBiases: 2,
    totalBiases: 2
  }
}

/** Issue 20's false alarm: relative errors of 4e-5 on gradients of 1e-9, and a real error. */
function result(extra: Partial<GradientCheckInspection> = {}): GradientCheckInspection {
  const layers = [
    layer(1, 4e-5, { backprop: 1.5360000679e-9, numeric: 1.5321077739e-9 }, 3),
    layer(2, 0.4, { backprop: 0.25, numeric: -0.15 })
  ]
  return {
    layers,
    passed: false,
    tolerance: { absolute: 1.1e-9, relative: 1e-6 },
    loss: 0.018,
    l1: 0,
    l2: 1e-4,
    broken: null,
    precision: 'f64',
    epsilon: 1e-5,
    epoch: 3,
    rows: [0, 1, 2, 3, 4, 5, 6, 7],
    ...extra
  }
}

async function settle(): Promise<void> {
  for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 0))
}

function mountPanel(answer: () => GradientCheckInspection) {
  const api = fakeLab({ 'inspect:gradcheck': answer })
  const pinia = createPinia()
  setActivePinia(pinia)
  useInspectStore().source = { kind: 'run', runId: 'run-1' }
  const wrapper = mount(GradcheckPanel, { global: { plugins: [pinia, i18n] } })
  return { api, wrapper }
}

async function run(wrapper: VueWrapper): Promise<void> {
  await wrapper.get('button.primary').trigger('click')
  await settle()
}

describe('gradient check panel', () => {
  it("colours each layer by main's verdict (its tolerance), not by the relative error alone", () => {
    expect(checkRows(result()).map((row) => [row.layer, row.verdict, row.kinks])).toEqual([
      [1, 'pass', 3],
      [2, 'fail', 0]
    ])
  })

  it("shows the worst entry's absolute values, its tolerance and the kinks", async () => {
    const { api, wrapper } = mountPanel(() => result())
    await wrapper.get('[data-test=precision]').setValue('f64')
    await run(wrapper)
    expect(api.requests('inspect:gradcheck')).toEqual([{ runId: 'run-1', precision: 'f64' }])
    const rows = wrapper.findAll('tbody tr')
    expect(rows.map((row) => row.attributes('data-verdict'))).toEqual(['pass', 'fail'])
    expect(rows[0].get('[data-test=backprop]').text()).toBe('1.5360001e-9')
    expect(rows[0].get('[data-test=numeric]').text()).toBe('1.5321078e-9')
    expect(rows[0].get('[data-test=difference]').text()).toBe('3.89e-12')
    expect(rows[0].get('[data-test=tolerance]').text()).toBe('1.10e-9')
    expect(rows[0].get('[data-test=kinks]').text()).toBe('3')
    expect(rows[1].text()).toContain('W(2)[1][2]')
    const verdict = wrapper.get('.verdict').text()
    expect(verdict).toContain('Backprop disagrees')
    expect(verdict).toContain('|b − n| ≤ 1.1e-9 + 1e-6 · max(|b|, |n|)')
    expect(wrapper.get('[data-test=kink-note]').text()).toContain('3 parameters')
    // The relative error's note gives the floor it divides by (b and n of 1e-41 and opposite
    // signs read 1.66e-33, not 2, and the note said max(|b|, |n|) alone).
    expect(wrapper.text()).toContain('/ max(|b|, |n|, 1e-7) divides by at least 1e-7')
  })

  it('breaks backprop on purpose only when asked, marks it, and reveals the broken layer', async () => {
    const { api, wrapper } = mountPanel(() =>
      result({ broken: { kind: 'flip-bias-sign', layer: 2 } })
    )
    expect(wrapper.find('[data-test=broken-banner]').exists()).toBe(false)
    await wrapper.get('[data-test=break]').setValue('flip-bias-sign')
    await run(wrapper)
    expect(api.requests('inspect:gradcheck')).toEqual([
      { runId: 'run-1', precision: 'model', broken: { kind: 'flip-bias-sign' } }
    ])
    const banner = wrapper.get('[data-test=broken-banner]')
    expect(banner.text()).toContain('Broken on purpose, in this check only')
    expect(banner.text()).not.toContain('Layer 2')
    await banner.get('button').trigger('click')
    expect(wrapper.get('[data-test=broken-banner]').text()).toContain('Layer 2')
  })

  it('says when the broken gradients are too small for the check to see', async () => {
    const green = result()
    green.layers = green.layers.map((layer) => ({ ...layer, passed: true }))
    const { wrapper } = mountPanel(() => ({
      ...green,
      passed: true,
      broken: { kind: 'flip-bias-sign', layer: 1 }
    }))
    await wrapper.get('[data-test=break]').setValue('flip-bias-sign')
    await run(wrapper)
    expect(wrapper.get('[data-test=broken-banner]').text()).toContain('every layer stayed green')
  })

  it('says when there is no L2 term to drop', async () => {
    const { wrapper } = mountPanel(() => result({ l2: 0, broken: { kind: 'drop-l2' } }))
    await wrapper.get('[data-test=break]').setValue('drop-l2')
    await run(wrapper)
    expect(wrapper.get('[data-test=broken-banner]').text()).toContain('λ = 0')
  })
})
