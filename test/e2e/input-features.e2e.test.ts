import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, type Harness } from './harness'
import { useHarness } from './use-harness'

/**
 * Issue 18 in Chromium: on 2-D data the Training screen offers Playground's input features as
 * checkboxes; ticking x² and y² widens the drawn input layer (labelled x², y²) and the run trains
 * on them (its config and model file say so). Screenshots in light and dark, English and Chinese.
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
})
