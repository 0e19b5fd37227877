import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it, vi } from 'vitest'
import VectorizeTiming from '@renderer/components/learn/VectorizeTiming.vue'
import { i18n } from '@renderer/i18n'
import { fakeLab } from '../support/fake-lab'
import { settle } from '../support/settle'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('lesson 1’s timing of a loop against matrix products', () => {
  it('asks main to time it on the button and shows both times, the ratio and the agreement', async () => {
    const api = fakeLab({
      'learn:vectorization': () => ({
        samples: 326,
        features: 30000,
        loopMs: 112.4,
        matrixMs: 18.7,
        repeats: 5,
        kernels: 'wasm-simd-f32 (relaxed, 1 thread)',
        largestDifference: 2.2e-7,
        largestGradient: 0.0907
      })
    })
    setActivePinia(createPinia())
    const wrapper = mount(VectorizeTiming, { global: { plugins: [i18n] } })
    expect(wrapper.find('[data-test=timing]').exists()).toBe(false)
    await wrapper.get('[data-test=time-it]').trigger('click')
    await settle()
    expect(api.requests('learn:vectorization')).toHaveLength(1)
    expect(wrapper.get('[data-test=loop-ms]').text()).toBe('112.4 ms')
    expect(wrapper.get('[data-test=matrix-ms]').text()).toBe('18.7 ms')
    const text = wrapper.get('[data-test=timing]').text()
    expect(text).toContain('A loop over the 326 photos, 30,000 values each')
    expect(text).toContain('wasm-simd-f32 (relaxed, 1 thread)')
    expect(text).toContain('6.0 times as fast')
    expect(text).toContain('differ by at most 2.2e-7, the largest entry being 0.0907')
  })
})
