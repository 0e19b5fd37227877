import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { GenerateRequest } from '@shared/model/generators'
import GeneratorSettings from '@renderer/components/common/GeneratorSettings.vue'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { useDatasetsStore } from '@renderer/stores/datasets'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { settlePromises } from '../support/settle'
import { csvDataset } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const SPIRALS = csvDataset({
  datasetId: 'd7',
  name: 'two-spirals',
  kind: 'generated',
  source: 'generator:two-spirals?samples=400&noise=0.02&seed=1',
  rows: 400
})

describe('generator settings (noise, points, Regenerate)', () => {
  let api: FakeLab

  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'en'
    api = fakeLab({
      'datasets:list': () => [SPIRALS, csvDataset({ datasetId: 'd8', kind: 'generated' })],
      'datasets:generate': (request: GenerateRequest) => ({
        dataset: csvDataset({ datasetId: 'd8', kind: 'generated', rows: request.points }),
        reused: false
      })
    })
  })

  const mountSettings = (dataset = SPIRALS) =>
    mount(GeneratorSettings, { props: { dataset }, global: { plugins: [i18n] } })

  it('shows the set’s own noise in percent (σ 0.02 is 5 %) and number of points', () => {
    const wrapper = mountSettings()
    expect(wrapper.text()).toContain('Noise: 5 %')
    expect((wrapper.get('[data-test="points"]').element as HTMLInputElement).value).toBe('400')
    expect(wrapper.text()).toContain('seed 1')
  })

  it('a new noise keeps the seed; Regenerate draws the next one; the new set becomes current', async () => {
    const wrapper = mountSettings()
    // Letting go without a change asks for nothing.
    await wrapper.get('[data-test="points"]').trigger('change')
    await settlePromises()
    expect(api.requests('datasets:generate')).toEqual([])
    await wrapper.get('[data-test="noise"]').setValue('30')
    await settlePromises()
    await wrapper.get('[data-test="regenerate"]').trigger('click')
    await settlePromises()
    expect(api.requests('datasets:generate')).toEqual([
      { generator: 'two-spirals', points: 400, noisePercent: 30, seed: 1 },
      { generator: 'two-spirals', points: 400, noisePercent: 30, seed: 2 }
    ])
    expect(useDatasetsStore().currentId).toBe('d8')
  })

  it('refuses a number of points out of range with a line saying the range, and asks nothing', async () => {
    const wrapper = mountSettings()
    // setValue sends input and change, as a person typing and leaving the field does.
    await wrapper.get('[data-test="points"]').setValue('3')
    await settlePromises()
    expect(api.requests('datasets:generate')).toEqual([])
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Points: choose a whole number from 20 to 5000.'
    ])
    expect((wrapper.get('[data-test="points"]').element as HTMLInputElement).value).toBe('400')
  })

  it('is not shown for data that was not generated', () => {
    const wrapper = mountSettings(csvDataset())
    expect(wrapper.find('[data-test="regenerate"]').exists()).toBe(false)
  })
})
