import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { UiState } from '@shared/model/app-state'
import { INVOKE_SCHEMAS } from '@shared/validation/ipc'
import { splitView } from '@renderer/composables/split-view'
import { usePersistedState } from '@renderer/composables/use-persisted-state'
import { fakeLab } from '../support/fake-lab'

vi.mock('@renderer/api/lab', () => ({
  lab: { invoke: vi.fn(), on: vi.fn(() => () => {}) },
  isDesktop: false,
  pathForDrop: vi.fn()
}))

/** Main as the persisted state sees it: a stored UI state, no datasets, saves recorded. */
function fakeMain(stored: UiState | null): UiState[] {
  const saved: UiState[] = []
  fakeLab({
    'datasets:list': () => [],
    'app:state-get': () => stored,
    'app:state-set': (state) => void saved.push(state),
    'datasets:sample': () => Promise.reject(new Error('no samples in this test'))
  })
  return saved
}

const stored = (extra: Partial<UiState> = {}): UiState => ({
  view: 'training',
  datasetId: null,
  network: null,
  training: null,
  runId: null,
  ...extra
})

/** Waits past the persisted state's save delay. */
const afterSave = () => new Promise((resolve) => setTimeout(resolve, 650))

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
    fakeMain(stored({ splitView: true }))
    await usePersistedState()
    expect(splitView.value).toBe(true)
  })

  it('stays off when the stored state has none (first start, older lab)', async () => {
    fakeMain(stored())
    await usePersistedState()
    expect(splitView.value).toBe(false)
  })

  it('is saved through main when toggled, in a state main accepts', async () => {
    const saved = fakeMain(stored())
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
