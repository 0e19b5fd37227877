import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { IRIS_CSV } from '../cli/support/cli'
import { dropFiles, screenshot, type Harness } from './harness'
import { useHarness, EMPTY_UI_STATE } from './use-harness'

const MNIST = '/work/shared/datasets/mnist'

/**
 * Browser mode, as a new user brings data: a CSV with ragged lines, the MNIST t10k pair, and a
 * NumPy X.npy + y.npy dropped together. Files arrive in an upload folder named by a random id;
 * the page must name them as they were dropped.
 */
describe('bringing data in through the browser', () => {
  let harness: Harness
  let page: Page
  let temp: string

  beforeAll(async () => {
    temp = mkdtempSync(join(tmpdir(), 'backprop-lab-e2e-formats-'))
    const lines = readFileSync(IRIS_CSV, 'utf8').trimEnd().split('\n')
    lines[4] += ',9'
    lines[11] = lines[11].split(',').slice(0, 3).join(',')
    writeFileSync(join(temp, 'iris-ragged.csv'), `${lines.join('\n')}\n`)
    execFileSync('/usr/bin/python3', [
      '-c',
      `import numpy as np
rng = np.random.default_rng(0)
np.save(${JSON.stringify(join(temp, 'X.npy'))}, rng.random((40, 3)))
np.save(${JSON.stringify(join(temp, 'y.npy'))}, np.array(['cat', 'dog'] * 20))
np.savez(${JSON.stringify(join(temp, 'pets.npz'))}, measurements=rng.random((40, 3)), kind=np.array(['cat', 'dog'] * 20), ids=np.arange(40))`
    ])
  })
  useHarness({ uiState: EMPTY_UI_STATE }, (started) => ({ harness, page } = started))

  afterAll(() => {
    rmSync(temp, { recursive: true, force: true })
  })

  it('lists ragged lines by the dropped file’s name and line, grouped, never the upload folder', async () => {
    await dropFiles(page, [
      { path: join(temp, 'iris-ragged.csv'), relativePath: 'iris-ragged.csv' }
    ])
    await expect.poll(() => page.locator('[data-test="rows"]').innerText()).toBe('148')
    const problems = page.getByRole('region', { name: 'Problems and notes', exact: true })
    await expect
      .poll(() => problems.locator('[data-test=skipped-group] h5').allInnerTexts())
      .toEqual(['Wrong number of fields (2)'])
    const items = await problems.locator('[data-test=skipped] .place').allInnerTexts()
    expect(items.map((text) => text.replace(/\s+/g, ' '))).toEqual([
      'iris-ragged.csv line 5',
      'iris-ragged.csv line 12'
    ])
    expect(await page.locator('main.screen').innerText()).not.toContain('uploads')
    await screenshot(page, 'formats-1-ragged-csv')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await expect
      .poll(() => page.locator('[data-test=skipped-group] h5').allInnerTexts())
      .toEqual(['字段数不对（2）'])
    expect(await page.locator('[data-test=skipped] .line').first().innerText()).toBe('第 5 行')
    // The reasons and notes come from main as codes: said in Chinese, not English.
    expect(await page.locator('[data-test=skipped]').first().innerText()).toContain(
      '应有 5 个字段（与表头相同），实际有 6 个'
    )
    expect(await page.locator('section.problems').innerText()).toContain(
      '略去了 2 行：2 项字段数不对（第一处：第 5 行）'
    )
    await screenshot(page, 'formats-1-ragged-csv-zh')
    await page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(page, 'formats-1-ragged-csv-zh-dark')
    await page.locator('[data-test=language]').selectOption('en')
    await screenshot(page, 'formats-1-ragged-csv-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.locator('[data-test=language]').selectOption('en')
  })

  it('names the dropped MNIST t10k pair mnist-t10k, with its ten digit classes', async () => {
    await dropFiles(
      page,
      ['t10k-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'].map((name) => ({
        path: join(MNIST, name),
        relativePath: name
      }))
    )
    await expect
      .poll(() => harness.lab.db.datasets.list().map((dataset) => dataset.name), {
        timeout: 60_000
      })
      .toContain('mnist-t10k')
    const mnist = harness.lab.db.datasets.list().find((dataset) => dataset.kind === 'idx')!
    expect(mnist).toMatchObject({ rows: 10000, classes: '0123456789'.split('') })
    await expect.poll(() => page.locator('[data-test="rows"]').innerText()).toBe('10,000')
    expect(await page.locator('.summary .source').innerText()).toBe(
      'the files dropped on the window'
    )
    await screenshot(page, 'formats-2-mnist-t10k')
  })

  it('imports X.npy and y.npy dropped together', async () => {
    await dropFiles(
      page,
      ['X.npy', 'y.npy'].map((name) => ({ path: join(temp, name), relativePath: name }))
    )
    await expect.poll(() => page.locator('[data-test="rows"]').innerText()).toBe('40')
    const dataset = harness.lab.db.datasets.list().find((each) => each.name === 'X')!
    expect(dataset).toMatchObject({ rows: 40, features: 3, classes: ['cat', 'dog'] })
    await screenshot(page, 'formats-3-npy-pair')
  })

  it('asks which arrays of an .npz without X and y to import, then imports them', async () => {
    await dropFiles(page, [{ path: join(temp, 'pets.npz'), relativePath: 'pets.npz' }])
    const refused = page.locator('[data-test=refused-import]')
    await refused.waitFor()
    expect(await refused.innerText()).toContain('it holds: measurements, kind, ids')
    expect(await refused.innerText()).not.toContain('uploads')
    await screenshot(page, 'formats-4-npz-choose-en-light')
    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => refused.innerText()).toContain('找不到特征数组和标签数组')
    await screenshot(page, 'formats-4-npz-choose-zh-dark')
    await page.locator('[data-test=language]').selectOption('en')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.locator('[data-test=features-array]').selectOption('measurements')
    await page.locator('[data-test=labels-array]').selectOption('kind')
    await page.locator('[data-test=source-apply]').click()
    await expect
      .poll(() => harness.lab.db.datasets.list().map((each) => each.name), { timeout: 30_000 })
      .toContain('pets')
    await expect
      .poll(() => page.locator('.summary h3, .summary').first().innerText())
      .toContain('pets')
    const dataset = harness.lab.db.datasets.list().find((each) => each.name === 'pets')!
    expect(dataset).toMatchObject({ rows: 40, features: 3, classes: ['cat', 'dog'] })
    expect(await refused.count()).toBe(0)
    // The imported .npz offers its other arrays on the Data screen.
    await page.locator('[data-test=current-source]').waitFor()
    await screenshot(page, 'formats-5-npz-imported')
  })
})
