import type { Browser, Page } from 'playwright-core'

/**
 * What a benchmark counts in the page, as plain JS run before the app's scripts: `setup` (its
 * counters on `window`), and the bodies of `onCanvasCall(method, canvas)`, called before each
 * call of one of `canvasMethods` on a 2-D canvas, and of `onTrainingChange(change, now)`, called
 * with the payload of each `training:change` the page's WebSocket receives and the page's clock
 * (ms) when it arrived.
 */
export interface PageCounters {
  setup: string
  canvasMethods: readonly string[]
  onCanvasCall: string
  onTrainingChange: string
}

/** The one in-page script: the benchmark's counters, fed by the canvas and socket wrappers. */
function countingScript(counters: PageCounters): string {
  return `
  ${counters.setup}
  const onCanvasCall = (method, canvas) => {
    ${counters.onCanvasCall}
  }
  const onTrainingChange = (change, now) => {
    ${counters.onTrainingChange}
  }
  for (const method of ${JSON.stringify(counters.canvasMethods)}) {
    const original = CanvasRenderingContext2D.prototype[method]
    CanvasRenderingContext2D.prototype[method] = function (...args) {
      onCanvasCall(method, this.canvas)
      return original.apply(this, args)
    }
  }
  const NativeSocket = window.WebSocket
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args)
      this.addEventListener('message', (message) => {
        const text = String(message.data)
        if (!text.slice(0, 40).includes('"training:change"')) return
        const now = performance.now()
        onTrainingChange(JSON.parse(text).payload, now)
      })
    }
  }
`
}

/**
 * Opens the lab at `url` in a new page of the benchmarks' size with `counters` counting in it,
 * hands the page to `use`, and closes it.
 */
export async function withCountingPage<T>(
  browser: Browser,
  url: string,
  counters: PageCounters,
  use: (page: Page) => Promise<T>
): Promise<T> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 880 } })
  try {
    await page.addInitScript({ content: countingScript(counters) })
    await page.goto(url)
    return await use(page)
  } finally {
    await page.close()
  }
}
