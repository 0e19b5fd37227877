import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { Rng } from '../../src/main/engine'
import { screenshot, type Harness } from './harness'
import { useHarness, spiralsOnTraining } from './use-harness'

/** How many fast runs are paused, each at a random moment. */
const PAUSES = 20

/**
 * Issue 20: Pause on a fast run (two spirals, 2-8-8-1, 100,000 epochs) pauses it, every time:
 * the badge says Paused, Resume and Step can be used, the run is paused in the lab, and what the
 * screen shows as the position is the batch Step trains next.
 */
describe('pausing fast runs in the browser', () => {
  let harness: Harness
  let page: Page
  const training = () => page.getByRole('region', { name: 'Training', exact: true })
  const button = (name: string) => training().getByRole('button', { name, exact: true })

  useHarness(
    { uiState: spiralsOnTraining({ epochs: 100_000 }) },
    (started) => ({ harness, page } = started)
  )

  it(`pauses ${PAUSES} fast runs at random moments: Paused, Step enabled, the run paused`, async () => {
    const rng = new Rng(20)
    for (let attempt = 0; attempt < PAUSES; attempt++) {
      await button('Start').click()
      await expect.poll(() => button('Pause').isEnabled(), { timeout: 10_000 }).toBe(true)
      await sleep(150 + Math.floor(rng.next() * 1000))
      await button('Pause').click()
      await sleep(400)
      const badge = training().locator('.phase.badge')
      const context = `attempt ${attempt + 1}`
      expect(await badge.innerText(), context).toBe('Paused')
      expect(await button('Step').isEnabled(), context).toBe(true)
      expect(await button('Resume').isEnabled(), context).toBe(true)
      const run = harness.lab.db.runs.list().at(-1)!
      expect(harness.lab.training.get(run.runId)?.paused, context).toBe(true)
      // `runs` (the CLI, another window) reads the pause from the store.
      expect(harness.lab.db.runs.get(run.runId)?.paused, context).toBe(true)
      // The position shown is the batch Step trains next.
      const shown = await training().locator('.position').innerText()
      const [, epoch, batch] = /epoch (\d+) of \d+ · batch (\d+) of/.exec(shown)!
      await button('Step').click()
      await expect
        .poll(() => harness.lab.training.get(run.runId)?.position?.step, { timeout: 5_000 })
        .toBeGreaterThan(0)
      await expect
        .poll(
          () => {
            const at = harness.lab.training.get(run.runId)?.position
            return at ? `${at.epoch}/${at.batch}` : null
          },
          { timeout: 5_000 }
        )
        .toBe(`${epoch}/${batch}`)
      expect(await badge.innerText(), context).toBe('Paused')
      if (attempt === 0) await screenshot(page, 'pause-1-paused')
      await button('Stop').click()
      await expect.poll(() => harness.lab.db.runs.get(run.runId)?.status).toBe('stopped')
    }
    // Twenty runs of one design, each with a name of its own.
    const names = harness.lab.db.runs.list().map((run) => run.name)
    expect(new Set(names).size).toBe(PAUSES)
    expect(harness.pageErrors).toEqual([])
  }, 300_000)
})
