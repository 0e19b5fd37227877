import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import LayerValues from '@renderer/components/inspect/LayerValues.vue'
import ExperimentFileBar from '@renderer/components/experiments/ExperimentFileBar.vue'
import { i18n } from '@renderer/i18n'
import { useRunsStore } from '@renderer/stores/runs'
import { useComparisonStore } from '@renderer/stores/comparison'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** Texts with a count read as English for one and for several ("1 neurons" read wrong). */
describe('English for one and for several', () => {
  const layerTitle = (units: number) =>
    mount(LayerValues, {
      props: {
        layer: {
          layer: 2,
          activation: 'sigmoid' as const,
          z: Array(units).fill(0.5),
          a: Array(units).fill(0.6)
        }
      },
      global: { plugins: [i18n] }
    })
      .get('h4')
      .text()

  it('a layer of one neuron, and of three', () => {
    expect(layerTitle(1)).toBe('Layer 2: 1 neuron, sigmoid')
    expect(layerTitle(3)).toBe('Layer 2: 3 neurons, sigmoid')
  })

  it('saving one run, and two', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const wrapper = mount(ExperimentFileBar, { global: { plugins: [pinia, i18n] } })
    useRunsStore().openedId = 'r1'
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('Saves 1 run with its data,')
    useComparisonStore().selected = ['r1', 'r2']
    await wrapper.vm.$nextTick()
    expect(wrapper.text()).toContain('Saves 2 runs with their data,')
  })
})
