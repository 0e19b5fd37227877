import { mount } from '@vue/test-utils'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick } from 'vue'
import SpeedControl from '@renderer/components/training/SpeedControl.vue'
import TrainingProgress from '@renderer/components/training/TrainingProgress.vue'
import TrainingSettingsPanel from '@renderer/components/training/TrainingSettingsPanel.vue'
import { i18n } from '@renderer/i18n'
import { UNTIL_STOPPED_EPOCHS } from '@shared/model/pace'
import { change, liveState, positionAt } from './fixtures'
import { designedStores, trainingLab } from './training-store-support'
import type { FakeLab } from '../support/fake-lab'
import { getActivePinia } from 'pinia'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/**
 * Issue 18: on 2-D data the Training screen trains "until I stop", at a speed from slow motion
 * (a batch a second, each drawn) to full speed.
 */
describe('slow motion and until I stop', () => {
  let api: FakeLab

  beforeEach(() => {
    api = trainingLab()
  })

  const mountWith = <T>(component: T) =>
    mount(component as never, { global: { plugins: [getActivePinia()!, i18n] } })

  it('starts in slow motion and changes the speed of the run under way', async () => {
    const { training } = designedStores()
    const control = mountWith(SpeedControl)
    expect(control.text()).toContain('Full speed')
    await control.get('[data-test="speed"]').setValue('1')
    expect(training.pace).toBe(2)
    expect(control.text()).toContain('2 batches a second (slow motion)')
    await training.start()
    expect(api.requests('training:start')[0]).toMatchObject({ pace: 2 })
    await control.get('[data-test="speed"]').setValue('5')
    expect(api.requests('training:pace')).toEqual([{ runId: 'r1', pace: null }])
  })

  it('draws the boundary after every batch in slow motion, once per epoch at full speed', async () => {
    const { training } = designedStores()
    await training.setPace(1)
    await training.start()
    api.emit('training:change', change({ position: positionAt(1) }))
    await training.refreshBoundary()
    api.emit('training:change', change({ position: positionAt(2) }))
    await training.refreshBoundary()
    await training.refreshBoundary()
    expect(api.requests('training:boundary')).toHaveLength(2)
    await training.setPace(null)
    // Full speed: the latest epoch's weights are fetched once, then nothing until an epoch ends.
    api.emit('training:change', change({ position: positionAt(30) }))
    await training.refreshBoundary()
    await training.refreshBoundary()
    expect(api.requests('training:boundary')).toHaveLength(3)
  })

  it('offers "until I stop" for 2-D data, and the run shows no end or time left', async () => {
    const { training } = designedStores()
    const panel = mountWith(TrainingSettingsPanel)
    await panel.get('[data-test="until-stopped"]').setValue(true)
    expect(training.settings.epochs).toBe(UNTIL_STOPPED_EPOCHS)
    await training.start()
    expect(api.requests('training:start')[0].config.epochs).toBe(UNTIL_STOPPED_EPOCHS)
    const progress = mountWith(TrainingProgress)
    api.emit(
      'training:change',
      change({ ...liveState({ plannedEpochs: UNTIL_STOPPED_EPOCHS }), position: positionAt(20) })
    )
    await nextTick()
    expect(progress.text()).toContain('Epoch 2 · batch 7 of 13 · until you stop')
    expect(progress.find('[role="progressbar"]').exists()).toBe(false)
    expect(training.etaSeconds).toBeNull()
    await panel.get('[data-test="until-stopped"]').setValue(false)
    expect(training.settings.epochs).toBeNull()
  })
})
