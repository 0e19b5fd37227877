import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, type Harness } from './harness'
import { useHarness, spiralsOnTraining } from './use-harness'

/**
 * Issue 19's race in the browser: three optimizers on two spirals from the Training screen, their
 * boundaries side by side changing as they train, each an ordinary run from the same weights.
 */
describe('a race of three optimizers', () => {
  let harness: Harness
  let page: Page

  useHarness(
    { uiState: spiralsOnTraining({ epochs: 40, batchSize: 16, seed: 3 }), checkPageErrors: true },
    (started) => ({ harness, page } = started)
  )

  /** A race run's boundary canvas pixels. */
  const pixels = (index: number) =>
    page
      .locator('.race-boundary canvas[role="img"]')
      .nth(index)
      .evaluate((canvas: HTMLCanvasElement) => [
        ...canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data
      ])

  it('starts SGD, momentum and Adam from the same weights and draws them side by side', async () => {
    const panel = page.getByTestId('race-panel')
    await panel.locator('summary').click()
    await page.getByTestId('race-start').click()
    await expect.poll(() => page.locator('.race-boundary canvas[role="img"]').count()).toBe(3)
    await expect
      .poll(() => harness.lab.runs.list().filter((run) => run.raceId).length, { timeout: 10_000 })
      .toBe(3)
    const runs = harness.lab.runs.list().filter((run) => run.raceId)
    await Promise.all(runs.map((run) => harness.lab.training.get(run.runId)?.finished))
    const ended = runs.map((run) => harness.lab.runs.get(run.runId))
    expect(ended.map((run) => run.config.optimizer).sort()).toEqual(['adam', 'momentum', 'sgd'])
    const initial = ended.map((run) => harness.lab.db.checkpoints.at(run.runId, 0)!.parameters)
    expect(initial[1]).toEqual(initial[0])
    expect(initial[2]).toEqual(initial[0])
    // every boundary reaches the last epoch; the optimizers' boundaries differ
    await expect
      .poll(() => panel.locator('.race-boundary > figcaption').allInnerTexts(), { timeout: 20_000 })
      .toEqual([
        expect.stringContaining('· 40'),
        expect.stringContaining('· 40'),
        expect.stringContaining('· 40')
      ])
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    )
    const [sgd, momentum, adam] = [await pixels(0), await pixels(1), await pixels(2)]
    const differing = (a: number[], b: number[]) =>
      a.filter((value, index) => Math.abs(value - b[index]) > 24).length
    expect(differing(sgd, adam)).toBeGreaterThan(1000)
    expect(differing(momentum, adam)).toBeGreaterThan(1000)
    await screenshot(page, 'race-three-optimizers')
    // a cosine schedule with a warm-up, drawn before training
    await page.getByTestId('schedule-settings').locator('summary').click()
    await page.getByTestId('schedule-kind').selectOption('cosine')
    await page
      .getByTestId('schedule-settings')
      .locator('label.field', { hasText: 'Warm-up epochs' })
      .locator('input')
      .fill('5')
    await expect
      .poll(() => page.getByTestId('schedule-curve').textContent())
      // the last epoch, k = 34 of T = 35: 0.005·sin²(π/70) = 1.006e-5
      .toContain('highest 0.005, last 0.0000101, over 40 epochs')
    await page.getByTestId('schedule-curve').scrollIntoViewIfNeeded()
    await screenshot(page, 'schedule-curve-light-en')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => panel.locator('summary').textContent()).toContain('赛跑')
    await screenshot(page, 'race-zh-dark')
  })
})
