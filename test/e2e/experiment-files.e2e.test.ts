import { copyFileSync, mkdtempSync, readFileSync, rmSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDataset } from '../../src/main/services/datasets/generators'
import { writePack } from '../../src/main/services/experiment-files/pack-writer'
import { dropFiles, screenshot, startHarness, type Harness } from './harness'

/**
 * Issue 19's sharing in the browser: Save experiment as… downloads a .bplab, dropping it on the
 * window opens it under new ids (nothing replaced), a cut-short file is refused in one line, and
 * a teacher's pack shows its task, fixes the locked settings and checks the learner's run.
 */
describe('experiment files in the browser', () => {
  let harness: Harness
  let page: Page
  let runName: string
  let runId: string
  let datasetId: string
  const folder = mkdtempSync(join(tmpdir(), 'bplab-e2e-'))
  let saved: string

  beforeAll(async () => {
    harness = await startHarness()
    const { dataset } = await harness.lab.imports.store(
      generateDataset('circles', { name: 'circles' })
    )
    datasetId = dataset.datasetId
    const outcome = await harness.train(datasetId, {
      hidden: [6],
      activation: 'tanh',
      optimizer: 'adam',
      learningRate: 0.03,
      epochs: 6,
      seed: 2
    })
    runId = outcome.runId
    runName = harness.lab.db.runs.get(runId)!.name
    page = await harness.open()
  })

  afterAll(async () => {
    expect(harness?.pageErrors ?? []).toEqual([])
    await harness?.close()
    rmSync(folder, { recursive: true, force: true })
  })

  const notice = (text: string | RegExp) =>
    page.locator('.notice, [role=status], [role=alert]').filter({ hasText: text }).first()

  it('saves the opened run as a .bplab download', async () => {
    await page.getByRole('button', { name: 'Experiments', exact: true }).click()
    await page.getByRole('button', { name: `Open run ${runName}`, exact: true }).click()
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('save-experiment').click()
    ])
    expect(download.suggestedFilename()).toMatch(/\.bplab$/)
    saved = join(folder, 'shared.bplab')
    copyFileSync((await download.path())!, saved)
    expect(readFileSync(saved).subarray(0, 15).toString()).toBe('SQLite format 3')
    await notice(/^Saved .*\.bplab: 1 run, 1 dataset/).waitFor()
  })

  it('opens a dropped .bplab under new ids, replacing nothing', async () => {
    await dropFiles(page, [{ path: saved, relativePath: 'shared.bplab' }])
    await notice('Opened shared.bplab: 1 run, 1 dataset, under new ids').waitFor()
    await expect.poll(() => harness.lab.runs.list().length).toBe(2)
    const runs = harness.lab.runs.list()
    const copy = runs.find((run) => run.runId !== runId)!
    expect(harness.lab.runs.get(copy.runId).summary).toEqual(harness.lab.runs.get(runId).summary)
    await page.locator('.run-detail, [data-testid=run-detail]').first().waitFor()
    await screenshot(page, 'experiment-opened')
  })

  it('refuses a cut-short file in one line', async () => {
    const cut = join(folder, 'cut.bplab')
    copyFileSync(saved, cut)
    truncateSync(cut, Math.floor(readFileSync(cut).length / 3))
    await dropFiles(page, [{ path: cut, relativePath: 'cut.bplab' }])
    await notice('cut.bplab is damaged or cut short; ask for a fresh copy.').waitFor()
    expect(harness.lab.runs.list()).toHaveLength(2)
  })

  it('a teacher’s pack: the task, its locked settings, and the target checked when the run ends', async () => {
    const teacherPack = join(folder, 'task.bplab')
    await writePack(harness.lab, teacherPack, {
      runIds: [runId],
      appVersion: 'test',
      task: {
        runId,
        locked: ['optimizer', 'hidden'],
        text: {
          en: 'Separate the circles with at most 6 hidden units.',
          'zh-CN': '用至多 6 个隐藏单元分开两个圆。'
        },
        target: { metric: 'val-accuracy', value: 0.5, maxHiddenUnits: 6, maxEpochs: null },
        hideRuns: true
      }
    })
    await dropFiles(page, [{ path: teacherPack, relativePath: 'task.bplab' }])
    const panel = page.getByTestId('task-panel')
    await panel.waitFor()
    await expect
      .poll(() => panel.textContent())
      .toContain('Separate the circles with at most 6 hidden units.')
    expect(await panel.textContent()).toContain('Set by the teacher: Optimizer, Hidden layers.')
    const optimizer = page
      .locator('section.settings label.field', { hasText: 'Optimizer' })
      .locator('select')
    expect(await optimizer.isDisabled()).toBe(true)
    await screenshot(page, 'task-light-en')

    await page.getByRole('button', { name: 'Start', exact: true }).click()
    const check = page.getByTestId('target-check')
    await check.waitFor({ timeout: 60_000 })
    expect(await check.textContent()).toMatch(/Task target (met|not met)/)
    const learnerRun = harness.lab.runs.list().find((run) => run.targetCheck)
    expect(learnerRun?.targetCheck?.target.value).toBe(0.5)

    await page.locator('[data-test=language]').selectOption('zh-CN')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => panel.textContent()).toContain('用至多 6 个隐藏单元分开两个圆。')
    expect(await panel.textContent()).toContain('由老师设定')
    await screenshot(page, 'task-dark-zh')
    await page.locator('[data-test=language]').selectOption('en')
    await page.emulateMedia({ colorScheme: 'light' })
  })
})
