import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { ROOT, screenshot } from './harness'
import { useRunPageHarness } from './use-harness'

const IRIS = join(ROOT, 'resources', 'samples', 'iris.csv')

/** Issue 16: Predict on a file and Evaluate on a run's page, in both languages, light and dark. */
describe('results on whole files, on a run’s page', () => {
  let page: Page
  useRunPageHarness(IRIS, { hidden: [8], epochs: 5, seed: 3 }, (started) => ({ page } = started))

  it('predicts every row of a chosen file and evaluates on the dataset', async () => {
    await page.locator('.file-results input[type=file]').first().setInputFiles(IRIS)
    const rows = page.locator('[data-test=predictions] tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(150)
    await page.locator('.file-results').scrollIntoViewIfNeeded()
    await screenshot(page, 'file-results-predict-en-light')
    await page.locator('[data-test=evaluate-dataset]').selectOption({ label: 'iris' })
    await page.locator('[data-test=evaluate]').click()
    await page.locator('[data-test=evaluation]').waitFor()
    expect(await page.locator('[data-test=evaluation]').textContent()).toContain(
      'On iris: 150 rows'
    )
    for (const [locale, scheme] of [
      ['en', 'dark'],
      ['zh-CN', 'light'],
      ['zh-CN', 'dark']
    ] as const) {
      await page.locator('[data-test=language]').selectOption(locale)
      await page.emulateMedia({ colorScheme: scheme })
      await screenshot(page, `file-results-evaluate-${locale}-${scheme}`)
    }
    expect(await page.locator('[data-test=evaluation]').textContent()).toContain('准确率')
    await page.locator('[data-test=language]').selectOption('en')
    await page.emulateMedia({ colorScheme: 'light' })
  })
})
