import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia, type Pinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import SplitSetting from '@renderer/components/data/SplitSetting.vue'
import DataHandlingSettings from '@renderer/components/training/DataHandlingSettings.vue'
import { i18n, setLocale } from '@renderer/i18n'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab } from '../support/fake-lab'
import { piniaWith } from '../support/pinia'
import { csvDataset } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** The MNIST folder as stored: 60,000 train rows and the 10,000 rows of t10k, 10 classes. */
const mnistFolder = csvDataset({
  kind: 'idx',
  rows: 70000,
  classes: Array.from({ length: 10 }, (_, k) => String(k)),
  classCounts: new Array(10).fill(7000),
  officialTest: { rows: 10000, classCounts: new Array(10).fill(1000) }
})

describe('the split shown before training', () => {
  let pinia: Pinia
  beforeEach(() => {
    fakeLab({})
    pinia = createPinia()
    setActivePinia(pinia)
  })
  afterEach(() => setLocale('en'))
  const parts = (dataset = mnistFolder) => {
    const wrapper = mount(SplitSetting, {
      props: { dataset },
      global: { plugins: [pinia, i18n] }
    })
    return {
      wrapper,
      lines: () => wrapper.findAll('[data-test=split-parts] li').map((li) => li.text())
    }
  }

  it('shows the MNIST folder’s own test set: 48,000 / 12,000 / 10,000 rows, not 80 / 20 of 70,000', async () => {
    useTrainingStore().settings.split = [0.8, 0.2]
    const { wrapper, lines } = parts()
    expect(lines()).toEqual([
      '69% train (48,000 rows)',
      '17% validation (12,000 rows)',
      '14% test (10,000 rows)'
    ])
    // The test part is not a percentage to choose here.
    expect(wrapper.find('[data-test=test-percent]').exists()).toBe(false)
    expect(wrapper.get('[data-test=official-test]').text()).toContain('10,000 rows')
    setLocale('zh-CN')
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-test=official-test]').text()).toContain('数据集自带的测试集')
  })

  it('splits a dataset without one by the percentages, test % included', () => {
    useTrainingStore().settings.split = [0.7, 0.15, 0.15]
    const { wrapper, lines } = parts(csvDataset({ rows: 100, classCounts: [60, 40] }))
    expect(lines()).toEqual([
      '70% train (70 rows)',
      '15% validation (15 rows)',
      '15% test (15 rows)'
    ])
    expect(wrapper.find('[data-test=test-percent]').exists()).toBe(true)
    expect(wrapper.find('[data-test=official-test]').exists()).toBe(false)
  })

  it('the Training screen’s data handling says the same rows for the MNIST folder', async () => {
    const pinia = piniaWith(mnistFolder)
    useTrainingStore().settings.split = [0.8, 0.2]
    const wrapper = mount(DataHandlingSettings, { global: { plugins: [pinia, i18n] } })
    expect(wrapper.get('[data-test=split-summary]').text()).toBe(
      '48,000 train · 12,000 validation · 10,000 test (the dataset’s own) · Auto'
    )
    setLocale('zh-CN')
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-test=split-summary]').text()).toContain(
      '测试集 10,000 行（数据集自带）'
    )
  })
})
