import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect } from 'vitest'
import type { UiState } from '../../src/shared/model/app-state'
import { generateDataset } from '../../src/main/services/datasets/generators'
import type { RunConfig } from '../../src/shared/model/run'
import { openRunPage, startHarness, type Harness } from './harness'

/** A returning user with nothing imported yet (a first start would load the iris sample itself). */
export const EMPTY_UI_STATE: UiState = {
  view: 'data',
  datasetId: null,
  network: null,
  training: null,
  runId: null
}

/** What a describe block's lab starts with. */
export interface HarnessSetUp {
  /** startHarness's options (a prepared home, the browser's environment). */
  start?: Parameters<typeof startHarness>[0]
  /** Data and runs put in the lab before the page opens. */
  seed?: (harness: Harness) => Promise<void>
  /** The UI state the page opens on, set before it opens (absent: the lab's first start). */
  uiState?: UiState | ((harness: Harness) => Promise<UiState>)
  /** Fails the block when any page logged an error or threw. */
  checkPageErrors?: boolean
  /** How long starting may take (ms; the e2e project's hook timeout when absent). */
  timeout?: number
}

/**
 * One lab in browser mode and one page on it for a describe block: started before its tests
 * (seeded and its UI state set first, so the page opens on them), closed after them. `ready`
 * receives them (and may go on to the screen the tests start from).
 */
export function useHarness(
  setUp: HarnessSetUp,
  ready: (started: { harness: Harness; page: Page }) => unknown
): void {
  let harness: Harness | undefined
  beforeAll(async () => {
    harness = await startHarness(setUp.start)
    await setUp.seed?.(harness)
    const { uiState } = setUp
    if (uiState)
      harness.lab.db.settings.set(
        'ui-state',
        typeof uiState === 'function' ? await uiState(harness) : uiState
      )
    await ready({ harness, page: await harness.open() })
  }, setUp.timeout)
  afterAll(async () => {
    if (setUp.checkPageErrors) expect(harness?.pageErrors ?? []).toEqual([])
    await harness?.close()
  })
}

/** The two spirals imported, on the Training screen with a 2-8-8-1 tanh network and `training`. */
export function spiralsOnTraining(training: UiState['training']) {
  return async (harness: Harness): Promise<UiState> => {
    const spirals = await harness.lab.imports.store(
      generateDataset('two-spirals', { name: 'two-spirals' })
    )
    return {
      view: 'training',
      datasetId: spirals.dataset.datasetId,
      network: {
        hidden: [
          { units: 8, activation: 'tanh' },
          { units: 8, activation: 'tanh' }
        ],
        output: 'auto',
        loss: 'auto'
      },
      training,
      runId: null
    }
  }
}

/**
 * useHarness on one run trained on `data` (a file or folder) with `config`, its page open in
 * Experiments, page errors checked.
 */
export function useRunPageHarness(
  data: string,
  config: Partial<RunConfig>,
  ready: (started: { harness: Harness; page: Page }) => unknown
): void {
  let runId: string
  useHarness(
    {
      seed: async (harness) => {
        const dataset = await harness.importDataset(data)
        runId = (await harness.train(dataset.datasetId, config)).runId
      },
      checkPageErrors: true
    },
    async (started) => {
      await openRunPage(started.harness, started.page, runId)
      return ready(started)
    }
  )
}
