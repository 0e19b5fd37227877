import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import type { BatchGradients } from '@shared/model/inspect-step'
import { LabError } from '@renderer/api/lab-error'
import { i18n } from '@renderer/i18n'
import { useInspectStore } from '@renderer/stores/inspect'
import { useTrainingStore } from '@renderer/stores/training'
import InspectView from '@renderer/views/InspectView.vue'
import { fakeLab } from '../support/fake-lab'
import { piniaWith } from '../support/pinia'
import { settle } from '../support/settle'
import { change, epoch, liveState } from '../training/fixtures'
import { IMAGE_DATA } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** Main before the run's first epoch ends: no weights to inspect yet. */
const NO_WEIGHTS = () => {
  throw new LabError('user', 'run r1 has no trained weights yet: its first epoch has not ended')
}

/** Layer 1's gradients on a batch of one row, after epoch 1. */
const GRADIENTS: BatchGradients = {
  epoch: 1,
  layer: 1,
  rows: [0],
  truncated: false,
  loss: 0.7,
  weightGradients: { rows: 1, cols: 2, values: [0.1, -0.2] },
  biasGradients: [0.05],
  weightGradientRange: { min: -0.2, max: 0.1 },
  weightGradientNorm: Math.hypot(0.1, 0.2),
  biasGradientNorm: 0.05
}

describe('Inspect on a run that has just started (a lesson’s try-it)', () => {
  it('waits for the first epoch instead of showing “no trained weights yet”, then shows the panel', async () => {
    let trained = false
    const api = fakeLab({
      'runs:list': () => [],
      'inspect:history': () => ({ runId: 'r1', epochs: [], layers: [] }) as never,
      'inspect:diagnostics': () =>
        trained ? { epoch: 1, probeRows: 6, findings: [] } : NO_WEIGHTS(),
      'inspect:batch-gradients': () => (trained ? GRADIENTS : NO_WEIGHTS())
    })
    const pinia = piniaWith(IMAGE_DATA)
    useTrainingStore().follow(liveState({ status: 'starting' }), null)
    useInspectStore().focus('gradients', { source: null, sampleRow: 0 })
    const wrapper = mount(InspectView, { global: { plugins: [pinia, i18n] } })
    await settle(10)
    expect(wrapper.find('[role=alert]').exists()).toBe(false)
    expect(wrapper.text()).not.toContain('no trained weights')
    expect(wrapper.text()).toContain('Its weights can be inspected once its first epoch ends.')
    expect(api.requests('inspect:batch-gradients')).toEqual([])

    trained = true
    api.emit('training:change', change({ epochs: [epoch(1)] }))
    await settle(10)
    expect(api.requests('inspect:batch-gradients')).toHaveLength(1)
    expect(wrapper.text()).not.toContain('once its first epoch ends')
  })
})
