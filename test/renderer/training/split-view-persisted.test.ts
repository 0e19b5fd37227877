import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { UiState } from '@shared/model/app-state'
import { INVOKE_SCHEMAS } from '@shared/validation/ipc'
import { splitView } from '@renderer/composables/split-view'
import { usePersistedState } from '@renderer/composables/use-persisted-state'
import { afterSave, fakeMainState } from '../support/fake-main-state'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

const stored = (extra: Partial<UiState> = {}): UiState => ({
  view: 'training',
  datasetId: null,
  network: null,
  training: null,
  runId: null,
  ...extra
})

/**
 * Issue 18: the Training screen's split view is a choice the lab keeps across restarts, in the
 * UI state main stores (as the language and the lessons' progress are), not only while open.
 */
describe('the split-view choice across restarts', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    splitView.value = false
  })

  it('is restored from the stored UI state', async () => {
    fakeMainState(stored({ splitView: true }))
    await usePersistedState()
    expect(splitView.value).toBe(true)
  })

  it('stays off when the stored state has none (first start, older lab)', async () => {
    fakeMainState(stored())
    await usePersistedState()
    expect(splitView.value).toBe(false)
  })

  it('is saved through main when toggled, in a state main accepts', async () => {
    const saved = fakeMainState(stored())
    await usePersistedState()
    splitView.value = true
    await afterSave()
    expect(saved.at(-1)?.splitView).toBe(true)
    expect(INVOKE_SCHEMAS['app:state-set']!.parse(saved.at(-1))).toMatchObject({
      splitView: true
    })
    splitView.value = false
    await afterSave()
    expect(saved.at(-1)?.splitView).toBe(false)
  })
})
