import { flushPromises } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { useAppStore } from '@renderer/stores/app'
import { useNetworkStore } from '@renderer/stores/network'
import { useTrainingStore } from '@renderer/stores/training'
import { pointsDataset } from '../training/fixtures'
import { button, experimentsScreen, mountView } from './experiments-screen'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('Training a run again from the Experiments screen', () => {
  const screen = experimentsScreen()

  it('trains an opened run again: its setup is loaded and the Training screen opens', async () => {
    screen.datasets = [
      pointsDataset({ datasetId: 'd1', name: 'iris', features: 4, classes: ['a', 'b', 'c'] })
    ]
    const wrapper = await mountView()
    await wrapper.get('button[aria-label="Open run sgd deep"]').trigger('click')
    await flushPromises()
    await button(wrapper, 'Train again with this config').trigger('click')
    await flushPromises()
    expect(useAppStore().view).toBe('training')
    // The fixture's config keeps `he` from the iris run it was copied from; tanh layers default to xavier.
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Loaded the dataset, network and settings of “sgd deep”. Press Start to train again.',
      'Its initializer, he, is kept for the next run (the Training screen does not show this setting).'
    ])
    expect(useNetworkStore().draft.hidden).toEqual([
      { units: 8, activation: 'tanh' },
      { units: 8, activation: 'tanh' }
    ])
    expect(useTrainingStore().settings).toMatchObject({
      optimizer: 'sgd',
      learningRate: 0.1,
      init: 'he'
    })
  })

  it('refuses to train a run again when its dataset is gone', async () => {
    const wrapper = await mountView()
    await wrapper.get('button[aria-label="Open run sgd deep"]').trigger('click')
    await flushPromises()
    await button(wrapper, 'Train again with this config').trigger('click')
    await flushPromises()
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Its dataset was deleted, so it cannot be trained again.'
    ])
    expect(useAppStore().view).toBe('data')
  })
})
