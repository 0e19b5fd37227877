import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, type Harness } from './harness'
import { useHarness } from './use-harness'

/**
 * Issue 18 in Chromium: on 2-D data the Training screen offers Playground's input features as
 * checkboxes; ticking x² and y² widens the drawn input layer (labelled x², y²) and the run trains
 * on them (its config and model file say so). On spirals with sin x and sin y, slow motion,
 * pause and step redraw the boundary and every picture (the features among the inputs), compared
 * by pixels. Screenshots in light and dark, English and Chinese.
 */
describe('input features on the Training screen', () => {
  let harness: Harness
  let page: Page
  const tab = (name: string) => page.getByRole('button', { name, exact: true }).click()
  const training = () => page.getByRole('region', { name: 'Training', exact: true })

  useHarness({ timeout: 240_000 }, (started) => ({ harness, page } = started))

  it('x² and y² are chosen with checkboxes, drawn as inputs, and trained on', async () => {
    await tab('Data')
    await page.locator('button[data-sample="circles"]').first().click()
    await tab('Training')
    const choice = page.locator('[data-test="input-features"]')
    await choice.waitFor()
    await choice.locator('[data-feature="x2"]').check()
    await choice.locator('[data-feature="y2"]').check()
    await screenshot(page, 'input-features-training-en')
    await training().getByRole('button', { name: 'Start', exact: true }).click()
    await expect
      .poll(() => training().locator('.phase.badge').innerText(), { timeout: 60_000 })
      .toBe('Ended')
    const run = harness.lab.db.runs.list().at(-1)!
    const stored = harness.lab.db.runs.get(run.runId)!
    expect(stored.config.inputFeatures).toEqual(['x', 'y', 'x2', 'y2'])
    expect(stored.model?.inputFeatures).toEqual(['x', 'y', 'x2', 'y2'])
    expect(stored.model?.inputSize).toBe(4)
    await page.waitForTimeout(500)
    await screenshot(page, 'input-features-training-done-en')
    await tab('Network')
    await page.locator('svg text', { hasText: 'x²' }).first().waitFor()
    await screenshot(page, 'input-features-network-en')
    await tab('Training')
    await page.getByLabel('Appearance').selectOption('dark')
    await page.waitForTimeout(400)
    await screenshot(page, 'input-features-training-dark-en')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.getByText('输入特征').first().waitFor()
    await screenshot(page, 'input-features-training-dark-zh')
    await page
      .getByLabel('外观')
      .selectOption('light')
      .catch(() => undefined)
    await page.waitForTimeout(400)
    await screenshot(page, 'input-features-training-light-zh')
  }, 180_000)

  it('spirals with sin x and sin y: slow motion, pause and step redraw every picture', async () => {
    const pictures = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLCanvasElement>('.boundary canvas, .neurons canvas')].map(
          (canvas) => canvas.toDataURL()
        )
      )
    const changed = (a: string[], b: string[]) => b.filter((picture, i) => picture !== a[i]).length
    await page.locator('[data-test=language]').selectOption('en')
    await tab('Data')
    await page.locator('button[data-sample="two-spirals"]').first().click()
    await page.getByText('Noise: 5 %').waitFor()
    await tab('Training')
    const choice = page.locator('[data-test="input-features"]')
    for (const feature of ['sinx', 'siny'])
      await choice.locator(`[data-feature="${feature}"]`).check()
    await page.locator('[data-test="until-stopped"]').check()
    await page.locator('[data-test="speed"]').fill('1')
    await training().getByText('2 batches a second (slow motion)').waitFor()
    await training().getByRole('button', { name: 'Start', exact: true }).click()
    const label = training().locator('#boundary-heading + span')
    await expect.poll(() => label.innerText(), { timeout: 30_000 }).toMatch(/after batch \d+/)
    // The inputs column: x, y, sin x, sin y, each its own picture.
    const inputs = page.locator('.neurons .inputs canvas')
    await expect.poll(() => inputs.count()).toBe(4)
    expect(await inputs.nth(2).getAttribute('aria-label')).toBe('sin x')
    const first = await pictures()
    const firstLabel = await label.innerText()
    await screenshot(page, 'input-features-slow-motion-1-en')
    await expect.poll(() => label.innerText(), { timeout: 5_000 }).not.toBe(firstLabel)
    const second = await pictures()
    // The boundary and the 33 neurons change; the 4 input pictures stay as they are.
    expect(changed(first, second)).toBeGreaterThan(30)
    await screenshot(page, 'input-features-slow-motion-2-en')
    await training().getByRole('button', { name: 'Pause', exact: true }).click()
    await expect.poll(() => training().locator('.phase.badge').innerText()).toBe('Paused')
    await page.waitForTimeout(1200)
    const paused = await pictures()
    const pausedLabel = await label.innerText()
    await training().getByRole('button', { name: 'Step', exact: true }).click()
    await expect.poll(() => label.innerText(), { timeout: 5_000 }).not.toBe(pausedLabel)
    expect(changed(paused, await pictures())).toBeGreaterThan(30)
    await screenshot(page, 'input-features-stepped-en')
    await page.getByLabel('Appearance').selectOption('dark')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.waitForTimeout(400)
    await screenshot(page, 'input-features-stepped-dark-zh')
    await page.locator('[data-test=language]').selectOption('en')
    await page.getByLabel('Appearance').selectOption('light')
    await training().getByRole('button', { name: 'Stop', exact: true }).click()
    await expect.poll(() => training().locator('.phase.badge').innerText()).toBe('Ended')
    expect(harness.pageErrors).toEqual([])
  }, 120_000)
})
