import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { UiState } from '../../src/shared/model/app-state'
import { screenshot, type Harness } from './harness'
import { useHarness } from './use-harness'

const LESSONS = ['logistic', 'oneHidden', 'worked', 'deep', 'gradients'] as const
const NOTATIONS = ['lab', 'course', 'derivation'] as const

/**
 * Issue 21: every lesson in both languages and in each of the three notations, typeset without
 * a KaTeX error, with a screenshot of each kept in test-results/e2e (learn-<lesson>-<locale>-
 * <notation>.png); the notation chosen is remembered after a reload.
 */
describe('Learn screen in every notation and language', () => {
  let harness: Harness
  let page: Page
  const learn = () => page.locator('section.view').filter({ has: page.locator('.learn-layout') })

  useHarness({}, (started) => ({ harness, page } = started))

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`typesets all five lessons in the three notations (${locale})`, async () => {
      await page.locator('[data-test=language]').selectOption(locale)
      await page.locator('.tabs button').nth(0).waitFor()
      await page
        .locator('.tabs')
        .getByRole('button', { name: locale === 'en' ? 'Learn' : '学习', exact: true })
        .click()
      await learn().waitFor()
      for (const lesson of LESSONS) {
        await learn().locator(`[data-lesson=${lesson}]`).click()
        await learn().locator(`[data-lesson=${lesson}][aria-current=page]`).waitFor()
        for (const notation of NOTATIONS) {
          await learn().locator(`[data-notation=${notation}]`).click()
          await learn().locator(`[data-notation=${notation}].active`).waitFor()
          expect(await learn().locator('.katex-error').count(), `${lesson} ${notation}`).toBe(0)
          expect(await learn().locator('.lesson .katex-display').count()).toBeGreaterThan(2)
          await screenshot(page, `learn-${lesson}-${locale}-${notation}`)
        }
      }
    })
  }

  it('remembers the notation after a reload', async () => {
    await page.locator('[data-notation=course]').click()
    const stored = () => harness.lab.db.settings.get<UiState>('ui-state')?.learn?.notation
    await expect.poll(stored).toBe('course')
    await page.reload()
    await page.locator('.tabs').getByRole('button', { name: '学习', exact: true }).click()
    await page.locator('[data-notation=course].active').waitFor()
    expect(harness.pageErrors).toEqual([])
  })
})
