import type { UiState } from '@shared/model/app-state'
import { fakeLab } from './fake-lab'

/**
 * Main as the persisted UI state sees it: `stored` as the last session's state, no datasets
 * (and no samples to load), and every state the renderer saves recorded in the returned list.
 */
export function fakeMainState(stored: UiState | null): UiState[] {
  const saved: UiState[] = []
  fakeLab({
    'datasets:list': () => [],
    'app:state-get': () => stored,
    'app:state-set': (state) => void saved.push(state),
    'datasets:sample': () => Promise.reject(new Error('no samples in this test'))
  })
  return saved
}

/** Waits past the persisted state's save delay (500 ms). */
export const afterSave = () => new Promise((resolve) => setTimeout(resolve, 650))
