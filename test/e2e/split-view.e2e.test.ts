import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, type Harness } from './harness'
import { useHarness } from './use-harness'

/**
 * Issue 18's split view in Chromium: on 2-D data the Training screen's "Split view" (reached and
 * pressed from the keyboard) puts the run's controls and the generator's settings, the live
 * network and the boundary on one screen; Start on spirals changes the boundary's pixels there.
 * A regression sample (the plane) draws its predicted surface with the value scale. Screenshots
 * in light and dark, English and Chinese, at the window's smallest size too, in test-results/e2e.
 */
describe('the split view for 2-D work', () => {
  let harness: Harness
  let page: Page
  const tab = (name: string) => page.getByRole('button', { name, exact: true }).click()
  const split = () => page.locator('[data-test="split-view"]')
  const boundary = () =>
    split()
      .locator('.boundary canvas[role="img"]')
      .evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL())

  useHarness({ timeout: 240_000 }, (started) => ({ harness, page } = started))

  it('opens from the keyboard with data, controls, network and boundary side by side', async () => {
    await tab('Data')
    await page.locator('button[data-sample="two-spirals"]').first().click()
    await page.getByText('Noise: 5 %').waitFor()
    await tab('Training')
    const toggle = page.locator('[data-test="split-toggle"]')
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.focus()
    await page.keyboard.press('Enter')
    await split().waitFor()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    // Everything on one screen: the controls, the generator's settings and the boundary.
    await split().getByRole('button', { name: 'Start', exact: true }).waitFor()
    await split().getByRole('button', { name: 'Regenerate', exact: true }).waitFor()
    await split().locator('.boundary canvas[role="img"]').waitFor()
    await screenshot(page, 'split-view-ready-en')
  })

  it('Start on spirals changes the boundary drawn in the split view', async () => {
    const before = await boundary()
    await split().getByRole('button', { name: 'Start', exact: true }).click()
    await expect
      .poll(() => split().locator('.neurons canvas').count(), { timeout: 30_000 })
      .toBeGreaterThanOrEqual(33)
    await expect.poll(boundary, { timeout: 20_000 }).not.toBe(before)
    await screenshot(page, 'split-view-training-en')
    await expect
      .poll(() => split().locator('.phase.badge').innerText(), { timeout: 60_000 })
      .toBe('Ended')
    await page.waitForTimeout(800)
    await screenshot(page, 'split-view-done-en')
    // The network's pictures sit beside the boundary, not under it (1360 px wide).
    const network = await split().locator('.neurons').boundingBox()
    const plot = await split().locator('.boundary').boundingBox()
    expect(network!.x + network!.width).toBeLessThanOrEqual(plot!.x + 1)
  }, 120_000)

  it('looks right in dark mode, in Chinese, and at the smallest window', async () => {
    await page.getByLabel('Appearance').selectOption('dark')
    await page.waitForTimeout(400)
    await screenshot(page, 'split-view-dark-en')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.waitForTimeout(400)
    await screenshot(page, 'split-view-dark-zh')
    await page.locator('[data-test=language]').selectOption('en')
    await page.getByLabel('Appearance').selectOption('light')
    await page.setViewportSize({ width: 960, height: 640 })
    await page.waitForTimeout(400)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width).toBeLessThanOrEqual(960)
    await screenshot(page, 'split-view-small-en')
    await page.setViewportSize({ width: 1360, height: 880 })
  })

  it('a regression sample draws its predicted surface with the value scale', async () => {
    await tab('Data')
    await page.locator('button[data-sample="plane"]').first().click()
    await page.waitForTimeout(500)
    await screenshot(page, 'split-view-plane-data-en')
    await page.getByText('Noise: 0 %').waitFor()
    await tab('Training')
    // The spirals run is still the one shown (its data is not the plane's): the screen's own
    // controls start the next run, and the split view comes back for it.
    await page
      .getByRole('region', { name: 'Training', exact: true })
      .getByRole('button', { name: 'Start', exact: true })
      .click()
    await split().getByText('Predicted surface').waitFor({ timeout: 30_000 })
    await expect
      .poll(() => split().locator('.phase.badge').innerText(), { timeout: 60_000 })
      .toBe('Ended')
    await page.waitForTimeout(800)
    expect(await split().locator('[data-test="scale-max"]').innerText()).toMatch(/^1\.\d+$/)
    await screenshot(page, 'split-view-plane-en')
  }, 90_000)

  it('is still on when the lab is opened again', async () => {
    // Past the UI state's save delay, then a fresh page: the state comes back from main.
    await page.waitForTimeout(800)
    await page.close()
    page = await harness.open()
    await tab('Training')
    await expect
      .poll(() => page.locator('[data-test="split-toggle"]').getAttribute('aria-pressed'))
      .toBe('true')
    await split().locator('.boundary canvas[role="img"]').waitFor()
    await screenshot(page, 'split-view-reopened-en')
  })
})
