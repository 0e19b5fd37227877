import type { Browser } from 'playwright-core'
import { withCountingPage, type PageCounters } from './counting-page'

/**
 * Counts, in the page, every render of the loss chart (Chart.js clears its canvas once per
 * render: a `clearRect` on the canvas inside the loss chart's panel) and every `training:change`
 * message the page's WebSocket receives, with their times (the first one carrying the run's end
 * ends the window).
 */
const COUNTERS: PageCounters = {
  setup: 'window.__bench = { draws: [], updates: [], ended: null }',
  canvasMethods: ['clearRect'],
  onCanvasCall: `
    if (canvas.closest('[aria-labelledby="loss-chart-heading"]'))
      window.__bench.draws.push(performance.now())`,
  onTrainingChange: `
    if (change.end === null) window.__bench.updates.push(now)
    else window.__bench.ended ??= now`
}

/** What the page counted (times in ms, the page's clock). */
interface PageCounts {
  draws: number[]
  updates: number[]
  ended: number | null
}

/** What the page saw of a run, over its training window. */
export interface PageFigures {
  /** From the first `training:change` the page received to the one that ended the run. */
  seconds: number
  redrawsPerSecond: number
  updatesPerSecond: number
}

/**
 * Opens the lab at `url` (on the Training screen, its settings restored), presses Start as a
 * user would, waits for the result panel, and returns the loss chart's renders and the updates
 * received per second of the training window.
 */
export async function trainFromPage(browser: Browser, url: string): Promise<PageFigures> {
  return withCountingPage(browser, url, COUNTERS, async (page) => {
    // Playwright clicks once the button is enabled (the restored dataset and design loaded).
    await page.getByRole('button', { name: 'Start', exact: true }).click({ timeout: 60_000 })
    await page.locator('#run-summary-heading').waitFor({ timeout: 600_000 })
    const counts = await page.evaluate(() => (window as unknown as { __bench: PageCounts }).__bench)
    const from = counts.updates[0] ?? 0
    const to = counts.ended ?? counts.updates.at(-1) ?? from
    const seconds = (to - from) / 1000
    const perSecond = (times: number[]) =>
      seconds > 0 ? times.filter((time) => time >= from && time <= to).length / seconds : 0
    return {
      seconds,
      redrawsPerSecond: perSecond(counts.draws),
      updatesPerSecond: perSecond(counts.updates)
    }
  })
}
