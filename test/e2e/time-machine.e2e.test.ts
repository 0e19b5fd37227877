import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../src/main/services/datasets/generators'
import { screenshot, startHarness, type Harness } from './harness'

/**
 * Issue 19 in the browser: a two-spirals run's page scrubbed from its last stored epoch back to
 * its initial weights (the boundary's pixels change), and "Continue from here" starting a branch
 * that records its parent and is watched on the Training screen.
 */
describe('a run through time', () => {
  let harness: Harness
  let page: Page
  let runId: string
  let runName: string

  beforeAll(async () => {
    harness = await startHarness()
    const { dataset } = await harness.lab.imports.store(
      generateDataset('two-spirals', { name: 'two-spirals' })
    )
    const outcome = await harness.train(dataset.datasetId, {
      hidden: [8, 8],
      activation: 'tanh',
      optimizer: 'adam',
      learningRate: 0.03,
      batchSize: 10,
      epochs: 30,
      seed: 4
    })
    runId = outcome.runId
    runName = harness.lab.db.runs.get(runId)!.name
    page = await harness.open()
    await page.getByRole('button', { name: 'Experiments', exact: true }).click()
    await page.getByRole('button', { name: `Open run ${runName}`, exact: true }).click()
    await page.locator('.run-timeline figure.boundary canvas[role="img"]').waitFor()
  })

  afterAll(async () => {
    expect(harness?.pageErrors ?? []).toEqual([])
    await harness?.close()
  })

  /** The boundary canvas's pixels, once the epoch asked for is drawn. */
  const boundaryPixels = async (epoch: number): Promise<number[]> => {
    // the boundary of that epoch arrives after the slider moves, and is drawn on the next frame
    await page
      .getByTestId('boundary-epoch')
      .filter({ hasText: new RegExp(`stored at epoch ${epoch}\\s*$`) })
      .waitFor()
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    )
    return page
      .locator('.run-timeline figure.boundary canvas[role="img"]')
      .evaluate((canvas: HTMLCanvasElement) => {
        const context = canvas.getContext('2d')!
        return [...context.getImageData(0, 0, canvas.width, canvas.height).data]
      })
  }
  const scrubTo = (position: number) =>
    page.locator('.run-timeline input[type="range"]').evaluate((slider: HTMLInputElement, at) => {
      slider.value = String(at)
      slider.dispatchEvent(new Event('input', { bubbles: true }))
    }, position)

  it('scrubs back to the initial weights and the boundary changes', async () => {
    const stored = harness.lab.db.checkpoints.epochs(runId)
    expect(stored[0]).toBe(0)
    expect(stored.at(-1)).toBe(30)
    const last = await boundaryPixels(30)
    await screenshot(page, 'time-machine-epoch-30')
    await scrubTo(0)
    const initial = await boundaryPixels(0)
    await screenshot(page, 'time-machine-epoch-0')
    expect(initial.length).toBe(last.length)
    let changed = 0
    for (let index = 0; index < last.length; index += 4)
      if (
        Math.abs(initial[index] - last[index]) + Math.abs(initial[index + 2] - last[index + 2]) >
        30
      )
        changed++
    // a trained spirals boundary is far from the initial weights' one over much of the plot
    expect(changed / (last.length / 4)).toBeGreaterThan(0.05)
    await expect
      .poll(() => page.locator('[data-testid="timeline-reached"]').textContent())
      .toContain('The initial weights')
  })

  it('steps through the run at the epoch scrubbed to, in Inspect, and back to the latest', async () => {
    const stored = harness.lab.db.checkpoints.epochs(runId)
    await scrubTo(stored.indexOf(10))
    await page.getByRole('button', { name: 'Step through at epoch 10' }).click()
    await page.locator('section.view[aria-label="Inspect"]').waitFor()
    await expect.poll(() => page.getByTestId('inspect-epoch').textContent()).toContain('Epoch 10')
    await page.getByText('weights of epoch 10').waitFor()
    await screenshot(page, 'time-machine-step-epoch-10')
    await page.getByLabel('Appearance').selectOption('dark')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.getByTestId('inspect-epoch').locator('strong', { hasText: '第 10 轮' }).waitFor()
    await screenshot(page, 'time-machine-step-epoch-10-zh-dark')
    await page.locator('[data-test=language]').selectOption('en')
    await page.getByLabel('Appearance').selectOption('light')
    await page.getByRole('button', { name: 'Show the latest epoch' }).click()
    await page.getByText('weights of epoch 30').waitFor()
    expect(await page.getByTestId('inspect-epoch').count()).toBe(0)
    await page.getByRole('button', { name: 'Experiments', exact: true }).click()
    await page.getByRole('button', { name: `Open run ${runName}`, exact: true }).click()
    await page.locator('.run-timeline figure.boundary canvas[role="img"]').waitFor()
  })

  it('continues from a stored epoch as a new run with its parent recorded', async () => {
    const stored = harness.lab.db.checkpoints.epochs(runId)
    await scrubTo(stored.indexOf(10))
    await page
      .getByTestId('boundary-epoch')
      .filter({ hasText: /stored at epoch 10\s*$/ })
      .waitFor()
    await page.locator('.run-timeline form.branch input[type="number"]').first().fill('0.01')
    await page.getByRole('button', { name: 'Continue from here' }).click()
    await page.locator('section.view[aria-label="Training"]').waitFor()
    await expect
      .poll(() => harness.lab.db.runs.list().filter((run) => run.parent?.runId === runId).length)
      .toBe(1)
    const branch = harness.lab.db.runs.list().find((run) => run.parent?.runId === runId)!
    expect(branch.parent).toEqual({ runId, epoch: 10 })
    expect(branch.config.learningRate).toBe(0.01)
    await expect
      .poll(() => harness.lab.db.runs.get(branch.runId)!.status, { timeout: 60_000 })
      .toBe('completed')
    await screenshot(page, 'time-machine-branch-training')
  })

  it('reads in Chinese and in dark mode', async () => {
    await page.getByRole('button', { name: 'Experiments', exact: true }).click()
    await page.getByRole('button', { name: `Open run ${runName}`, exact: true }).click()
    await page.locator('.run-timeline figure.boundary canvas[role="img"]').waitFor()
    await page.getByLabel('Appearance').selectOption('dark')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.locator('.run-timeline').getByText('从这里继续').waitFor()
    await screenshot(page, 'time-machine-zh-dark')
    await page.locator('[data-test=language]').selectOption('en')
    await page.getByLabel('Appearance').selectOption('light')
  })
})
