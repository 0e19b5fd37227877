import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, startHarness, type Harness } from './harness'

/**
 * Issue 20: the dataset list scrolls inside its panel once it holds more datasets than fit, and
 * the dataset in use stays in view — when the lab opens on it, and when one is added at the end
 * while the list is scrolled to its top.
 */
const DATASETS = 16

describe('the dataset list', () => {
  let harness: Harness
  let page: Page
  let folder: string
  const imported: string[] = []

  beforeAll(async () => {
    harness = await startHarness()
    folder = mkdtempSync(join(tmpdir(), 'backprop-lab-list-'))
    for (let index = 1; index <= DATASETS; index++) {
      const path = join(folder, `set-${String(index).padStart(2, '0')}.csv`)
      const rows = Array.from({ length: 12 }, (_, row) => `${row},${row * index},${row % 2}`)
      writeFileSync(path, ['x,y,label', ...rows].join('\n'))
      imported.push((await harness.importDataset(path)).datasetId)
    }
    page = await harness.open()
  })

  afterAll(async () => {
    expect(harness?.pageErrors ?? []).toEqual([])
    await harness?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const list = () => page.locator('.dataset-list')
  /** Whether the current dataset's entry lies wholly inside the list's visible box. */
  const currentInView = () =>
    list().evaluate((box) => {
      const item = box.querySelector('li.current')
      if (!item) return 'no dataset in use'
      const frame = box.getBoundingClientRect()
      const entry = item.getBoundingClientRect()
      return entry.top >= frame.top - 1 && entry.bottom <= frame.bottom + 1
    })

  it('scrolls, and opens with the dataset in use in view', async () => {
    // The last entry, out of sight below the list's fold once it is scrolled to the top.
    await list().locator('button.pick').last().click()
    await list().evaluate((box) => box.scrollTo(0, 0))
    // The lab remembers the dataset in use a moment after the choice.
    await expect
      .poll(() => harness.lab.db.settings.get<{ datasetId?: string }>('ui-state')?.datasetId)
      .toBe(imported.at(-1))
    await page.reload()
    await list().locator('li.current').waitFor()
    await expect.poll(() => list().locator('li').count()).toBe(DATASETS)
    await page.waitForTimeout(200)
    expect(await list().locator('li').last().getAttribute('class')).toContain('current')
    expect(await list().evaluate((box) => box.scrollHeight > box.clientHeight + 10)).toBe(true)
    expect(await currentInView()).toBe(true)
  })

  it('keeps a dataset added at its end in view while scrolled to the top', async () => {
    await list().evaluate((box) => box.scrollTo(0, 0))
    await page.locator('[data-sample=iris]').click()
    await list().locator('li.current', { hasText: /iris/i }).waitFor()
    await page.waitForTimeout(200)
    await screenshot(page, 'dataset-list-current')
    expect(await currentInView()).toBe(true)
  })
})
