import { mount } from '@vue/test-utils'
import type { Pinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import TrainingControls from '@renderer/components/training/TrainingControls.vue'
import { i18n } from '@renderer/i18n'
import { useAppStore } from '@renderer/stores/app'
import { useNetworkStore } from '@renderer/stores/network'
import { useTrainingStore } from '@renderer/stores/training'
import { fakeLab, type FakeLab } from '../support/fake-lab'
import { change, ended, liveState, pointsDataset, STARTED } from './fixtures'
import { settle } from '../support/settle'
import { piniaWith } from '../support/pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('run controls', () => {
  let pinia: Pinia
  let api: FakeLab

  beforeEach(() => {
    api = fakeLab({
      'training:start': () => STARTED,
      'training:pause': () => liveState({ status: 'paused' }),
      'training:resume': () => liveState(),
      'training:step': () => liveState({ status: 'paused' }),
      'training:stop': () => liveState(),
      'runs:get': () => Promise.reject(new Error('not needed'))
    })
    pinia = piniaWith(pointsDataset())
  })

  const mountControls = () => mount(TrainingControls, { global: { plugins: [pinia, i18n] } })
  const enabled = (wrapper: ReturnType<typeof mountControls>) =>
    wrapper
      .findAll('button')
      .filter((button) => !(button.element as HTMLButtonElement).disabled)
      .map((button) => button.text())

  it('offers Start and Step when idle, Pause and Stop while running, Resume, Step and Stop when paused', async () => {
    const wrapper = mountControls()
    expect(enabled(wrapper)).toEqual(['Start', 'Step'])
    await wrapper.get('button.primary').trigger('click')
    await settle()
    expect(api.requests('training:start')).toHaveLength(1)
    api.emit('training:change', change())
    await settle()
    expect(enabled(wrapper)).toEqual(['Pause', 'Stop'])
    await wrapper
      .findAll('button')
      .find((button) => button.text() === 'Pause')!
      .trigger('click')
    await settle()
    expect(api.requests('training:pause')).toEqual([{ runId: 'r1' }])
    expect(enabled(wrapper)).toEqual(['Resume', 'Step', 'Stop'])
    expect(wrapper.get('.phase').text()).toBe('Paused')
  })

  it('moves the focus from Start to Pause once the run trains (never loses it to the page)', async () => {
    const wrapper = mount(TrainingControls, {
      global: { plugins: [pinia, i18n] },
      attachTo: document.body
    })
    const start = wrapper.get('[data-control="start"]').element as HTMLButtonElement
    start.focus()
    await wrapper.get('[data-control="start"]').trigger('click')
    await settle()
    api.emit('training:change', change())
    await settle()
    expect(document.activeElement).toBe(wrapper.get('[data-control="pause"]').element)
    wrapper.unmount()
  })

  it('offers a new run once the last one ended', async () => {
    const wrapper = mountControls()
    const training = useTrainingStore()
    await training.start()
    api.emit('training:change', ended())
    await settle()
    expect(enabled(wrapper)).toEqual(['Start', 'Step'])
    expect(wrapper.get('.phase').text()).toBe('Ended')
  })

  it('says why Start is refused while the network cannot train on the data', async () => {
    const network = useNetworkStore()
    network.setOutput('linear')
    network.setLoss('binary-cross-entropy')
    const wrapper = mountControls()
    expect(enabled(wrapper)).toEqual([])
    const refusal = wrapper.get('#training-refusal').text()
    expect(refusal).toMatch(
      /needs outputs between 0 and 1 \(a sigmoid or softmax output\), but the output layer is linear/i
    )
    expect(wrapper.get('button.primary').attributes('aria-describedby')).toBe('training-refusal')
  })

  it('reports a failed start in the notice area', async () => {
    api = fakeLab({ 'training:start': () => Promise.reject(new Error('engine missing')) })
    const wrapper = mountControls()
    await wrapper.get('button.primary').trigger('click')
    await settle()
    expect(useAppStore().notices.map((notice) => notice.text)).toEqual([
      'Something went wrong: engine missing'
    ])
    expect(enabled(wrapper)).toEqual(['Start', 'Step'])
  })
})
