import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BREAST_CANCER_CSV, WINE_CSV, runCli } from '../cli/support/cli'
import { newHarnessHome, screenshot, startHarness, type Harness } from './harness'

/**
 * A lab whose lab.sqlite was lost (a bad sync, an older backup put back) while its dataset
 * folders stayed: the Data screen offers to add them back, and they come back as they were.
 */
describe('adding back dataset folders a lost database forgot', () => {
  let harness: Harness

  beforeAll(async () => {
    const home = newHarnessHome()
    for (const file of [WINE_CSV, BREAST_CANCER_CSV])
      expect((await runCli(['import', file, '--home', home])).code).toBe(0)
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(join(home, `lab.sqlite${suffix}`), { force: true })
    harness = await startHarness({ home })
  })
  afterAll(() => harness.close())

  it('offers the folders found and lists them once added back', async () => {
    const page = await harness.open()
    const notice = page.locator('[data-test="restore-notice"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain(
      '2 dataset folders (wine and breast_cancer_wisconsin)'
    )
    await screenshot(page, 'restore-offer')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.getByText('有 2 个数据集文件夹').waitFor()
    await screenshot(page, 'restore-offer-zh')
    await page.locator('[data-test=language]').selectOption('en')
    await notice.getByRole('button').click()
    await page.getByText('Added 2 datasets back to the lab.').waitFor()
    // Listed by when they were first imported: the two found, then the sample the lab opened with.
    expect(harness.lab.db.datasets.list().map((dataset) => dataset.name)).toEqual([
      'wine',
      'breast_cancer_wisconsin',
      'iris'
    ])
    await page.locator('button.pick', { hasText: 'breast_cancer_wisconsin' }).waitFor()
    await screenshot(page, 'restore-done')
    expect(harness.pageErrors).toEqual([])
  })
})
