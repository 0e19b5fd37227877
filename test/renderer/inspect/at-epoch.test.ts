import { mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '@renderer/i18n'
import { useInspectStore } from '@renderer/stores/inspect'
import InspectView from '@renderer/views/InspectView.vue'
import { fakeLab } from '../support/fake-lab'
import { piniaWith } from '../support/pinia'
import { settle } from '../support/settle'
import { IMAGE_DATA } from './fixtures'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

describe('Inspect at a scrubbed epoch', () => {
  it('says which epoch every panel shows, and goes back to the latest', async () => {
    fakeLab({ 'runs:list': () => [] })
    const pinia = piniaWith(IMAGE_DATA)
    const inspect = useInspectStore()
    inspect.focus('step', { source: { kind: 'run', runId: 'r1', epoch: 2 } })
    const wrapper = mount(InspectView, {
      global: {
        plugins: [pinia, i18n],
        stubs: { StepThroughPanel: true, DiagnosticsColumn: true }
      }
    })
    await settle(5)
    const header = wrapper.get('[data-testid="inspect-epoch"]')
    expect(header.text()).toContain('Epoch 2')
    expect(header.text()).toContain('weights stored at epoch 2')
    await header.get('button').trigger('click')
    await settle(2)
    expect(inspect.target).toEqual({ kind: 'run', runId: 'r1' })
    expect(wrapper.find('[data-testid="inspect-epoch"]').exists()).toBe(false)
  })
})
