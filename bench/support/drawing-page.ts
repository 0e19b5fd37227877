import type { Browser, Page } from 'playwright-core'
import { withCountingPage, type PageCounters } from './counting-page'

/**
 * Counts, in the page, what the live drawing of a 2-D run paints and what training reports:
 * every redraw of the decision boundary's plot (`.boundary`: each begins with one `fillRect` of
 * the plot's background) and of each neuron's picture (`.neurons`: one `putImageData` per
 * picture, keyed by the canvas's `data-index`: 0–1 the inputs, 2… the neurons), and the last
 * `training:change` the page's WebSocket received (batches trained, main's training seconds),
 * and the animation frames the page got (what a loaded machine leaves it). It only counts.
 */
const COUNTERS: PageCounters = {
  setup: `
    window.__drawing = { canvases: {}, step: 0, activeSeconds: 0, running: false, frames: 0 }
    const countFrame = () => {
      window.__drawing.frames++
      requestAnimationFrame(countFrame)
    }
    requestAnimationFrame(countFrame)`,
  canvasMethods: ['putImageData', 'fillRect'],
  onCanvasCall: `
    const key =
      method === 'putImageData' && canvas.closest?.('.neurons')
        ? 'neuron ' + canvas.dataset.index
        : method === 'fillRect' && canvas.closest?.('.boundary')
          ? 'boundary'
          : null
    if (key !== null) window.__drawing.canvases[key] = (window.__drawing.canvases[key] ?? 0) + 1`,
  onTrainingChange: `
    window.__drawing.running = change.status === 'running'
    window.__drawing.activeSeconds = change.activeSeconds
    if (change.position) window.__drawing.step = change.position.step`
}

/** What the page has counted so far, with the page's clock (ms). */
interface Counts {
  canvases: Record<string, number>
  step: number
  activeSeconds: number
  running: boolean
  frames: number
  now: number
}

/** One measured window of a run. */
export interface WindowFigures {
  /** Redraws a second of the boundary, and of the slowest neuron picture (null: none drawn). */
  boundaryPerSecond: number
  slowestNeuronPerSecond: number | null
  /** How many neuron pictures were drawn in the window. */
  neuronPictures: number
  /** Animation frames the page got a second. */
  framesPerSecond: number
  /** Training samples a second over main's training seconds (batches × batch size). */
  samplesPerSecond: number
  seconds: number
}

const readCounts = (page: Page): Promise<Counts> =>
  page.evaluate(() => ({
    ...(window as unknown as { __drawing: Omit<Counts, 'now'> }).__drawing,
    now: performance.now()
  }))

/** The figures between two readings of the counters. */
function figuresBetween(a: Counts, b: Counts, batchSize: number): WindowFigures {
  const seconds = (b.now - a.now) / 1000
  const drawn = (key: string) => ((b.canvases[key] ?? 0) - (a.canvases[key] ?? 0)) / seconds
  const neurons = Object.keys(b.canvases).filter(
    (key) => key.startsWith('neuron ') && Number(key.slice(7)) >= 2
  )
  return {
    boundaryPerSecond: drawn('boundary'),
    slowestNeuronPerSecond: neurons.length ? Math.min(...neurons.map(drawn)) : null,
    neuronPictures: neurons.length,
    framesPerSecond: (b.frames - a.frames) / seconds,
    samplesPerSecond:
      ((b.step - a.step) * batchSize) / Math.max(b.activeSeconds - a.activeSeconds, 1e-9),
    seconds
  }
}

/** The page's tab for a screen (the top bar's buttons). */
const tab = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).first().click()

/**
 * Opens the lab at `url` (the Training screen, the run's settings restored), presses Start as a
 * user would, and measures `seconds` after `warmUp` seconds of training: with the drawing shown
 * (the Training screen), or hidden (the Data screen opened once the run started, so the
 * boundary panel is not mounted). Stops the run from the Training screen at the end.
 */
export async function measureDrawing(
  browser: Browser,
  url: string,
  options: { drawing: boolean; warmUp: number; seconds: number; batchSize: number }
): Promise<WindowFigures> {
  return withCountingPage(browser, url, COUNTERS, async (page) => {
    await page
      .getByRole('region', { name: 'Training', exact: true })
      .getByRole('button', { name: 'Start', exact: true })
      .click({ timeout: 60_000 })
    await page.waitForFunction(
      () => (window as unknown as { __drawing: Counts }).__drawing.running,
      undefined,
      { timeout: 60_000 }
    )
    if (!options.drawing) await tab(page, 'Data')
    await page.waitForTimeout(options.warmUp * 1000)
    const first = await readCounts(page)
    await page.waitForTimeout(options.seconds * 1000)
    const last = await readCounts(page)
    if (!options.drawing) await tab(page, 'Training')
    await page.getByRole('button', { name: 'Stop', exact: true }).first().click()
    await page.locator('#run-summary-heading').waitFor({ timeout: 120_000 })
    return figuresBetween(first, last, options.batchSize)
  })
}
