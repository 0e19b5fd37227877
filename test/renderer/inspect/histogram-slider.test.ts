import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import type { EpochHistogram } from '@shared/model/inspect'
import { i18n } from '@renderer/i18n'
import WeightHistograms from '@renderer/components/inspect/WeightHistograms.vue'

const histogramOf = (epoch: number): EpochHistogram => ({
  epoch,
  histogram: { min: -1, max: 1, counts: [epoch, 1] }
})
const epochs = (count: number) => Array.from({ length: count }, (_, k) => histogramOf(k + 1))

/**
 * The epoch slider's right end is "the weights now". While a run trains, each epoch adds a stored
 * histogram and moves that end one step right: the thumb must move with it. (A range input
 * clamps a value past its max; set before the new max, as v-model sets it, the thumb would stay
 * one epoch behind after an update with nothing after it.)
 */
describe('the weight histogram epoch slider', () => {
  it('stays at its right end ("now") as epochs are added', async () => {
    const wrapper = mount(WeightHistograms, {
      props: { layer: 1, current: histogramOf(3).histogram, histograms: epochs(3) },
      global: { plugins: [i18n] }
    })
    const slider = wrapper.get<HTMLInputElement>('input[type="range"]')
    expect(slider.element.value).toBe('3')
    for (const count of [4, 5, 9]) {
      await wrapper.setProps({ histograms: epochs(count), current: histogramOf(count).histogram })
      expect(slider.element.max).toBe(String(count))
      expect(slider.element.value).toBe(String(count))
    }
    expect(wrapper.get('h4').text()).toBe(
      i18n.global.t('inspect.weights.histogramNow', { layer: 1 })
    )
  })

  it('keeps an epoch picked on it while later epochs arrive', async () => {
    const wrapper = mount(WeightHistograms, {
      props: { layer: 1, current: histogramOf(3).histogram, histograms: epochs(3) },
      global: { plugins: [i18n] }
    })
    const slider = wrapper.get<HTMLInputElement>('input[type="range"]')
    await slider.setValue('1')
    await wrapper.setProps({ histograms: epochs(6) })
    expect(slider.element.value).toBe('1')
    expect(wrapper.get('h4').text()).toBe(
      i18n.global.t('inspect.weights.histogramAt', { layer: 1, epoch: 2 })
    )
  })
})
