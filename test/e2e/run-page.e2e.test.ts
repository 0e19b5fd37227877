import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROOT, screenshot } from './harness'
import { useRunPageHarness } from './use-harness'

const FASHION_SMALL = join(ROOT, 'resources', 'samples', 'fashion-small')

/** Issue 20: a 10-class run's page in the browser, at the window size people use. */
describe('a 10-class run’s page', () => {
  let page: Page
  useRunPageHarness(
    FASHION_SMALL,
    { hidden: [16], epochs: 4, seed: 3 },
    (started) => ({ page } = started)
  )

  it('shows its confusion matrix whole, or scrolls it with the class names in view', async () => {
    // the run's final matrix (the scrubber above shows one of the epoch chosen too)
    const matrix = page.locator('.run-detail .confusion').last()
    await matrix.waitFor()
    await screenshot(page, 'run-page-confusion')
    const inView = () =>
      matrix.evaluate((box) => {
        const frame = box.getBoundingClientRect()
        const heads = [...box.querySelectorAll('th')].map((th) => th.getBoundingClientRect())
        return heads.every(
          (head) => head.left >= frame.left - 1 && head.right <= frame.right + 1 && head.width > 0
        )
      })
    // Scrolled to its far right, the row names still show.
    await matrix.evaluate((box) => box.scrollTo(box.scrollWidth, 0))
    const rowHeads = await matrix.evaluate((box) => {
      const frame = box.getBoundingClientRect()
      return [...box.querySelectorAll('th[scope=row]')].every(
        (th) => th.getBoundingClientRect().left >= frame.left - 1
      )
    })
    expect(rowHeads).toBe(true)
    const fits = await matrix.evaluate((box) => box.scrollWidth <= box.clientWidth + 1)
    if (fits) expect(await inView()).toBe(true)
  })
})
