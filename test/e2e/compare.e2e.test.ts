import { readFileSync } from 'node:fs'
import Database from 'better-sqlite3'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunConfig } from '../../src/shared/model/run'
import type { UiState } from '../../src/shared/model/app-state'
import { IRIS_CSV } from '../cli/support/cli'
import { screenshot, startHarness, type Harness } from './harness'

/** A run as the database stores it: its config and every epoch's numbers (read with SQL). */
interface StoredRun {
  id: string
  name: string
  config: RunConfig
  metrics: Record<string, number | null>[]
}

function storedRuns(databasePath: string): StoredRun[] {
  const database = new Database(databasePath, { readonly: true })
  try {
    const runs = database.prepare('SELECT id, name, config FROM runs ORDER BY rowid').all() as {
      id: string
      name: string
      config: string
    }[]
    const metrics = database.prepare(
      `SELECT epoch, train_loss AS trainLoss, train_accuracy AS trainAccuracy, val_loss AS valLoss,
              val_accuracy AS valAccuracy FROM metrics WHERE run_id = ? ORDER BY epoch`
    )
    return runs.map((run) => ({
      id: run.id,
      name: run.name,
      config: JSON.parse(run.config) as RunConfig,
      metrics: metrics.all(run.id) as Record<string, number | null>[]
    }))
  } finally {
    database.close()
  }
}

/** Splits one CSV line into its fields (RFC 4180: quoted fields, doubled quotes). */
function csvFields(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < line.length; index++) {
    const char = line[index]
    if (quoted && char === '"' && line[index + 1] === '"') {
      field += '"'
      index++
    } else if (char === '"') quoted = !quoted
    else if (char === ',' && !quoted) {
      fields.push(field)
      field = ''
    } else field += char
  }
  return [...fields, field]
}

const SMALL = 'lr 0.01, "small"'
const DEEP = 'sgd 8-8 tanh'

/** Issue 6: two runs compared in the browser, their differences, the CSV, and training one again. */
describe('comparing runs in the browser', () => {
  let harness: Harness
  let page: Page
  let small: StoredRun
  let deep: StoredRun
  const comparison = () => page.getByRole('article', { name: 'Comparison of runs' })
  const settingKeys = () =>
    comparison()
      .locator('table.settings tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')))

  beforeAll(async () => {
    harness = await startHarness()
    const empty: UiState = {
      view: 'experiments',
      datasetId: null,
      network: null,
      training: null,
      runId: null
    }
    harness.lab.db.settings.set('ui-state', empty)
    const iris = await harness.importDataset(IRIS_CSV)
    await harness.train(iris.datasetId, { name: SMALL, epochs: 5, learningRate: 0.01, seed: 3 })
    await harness.train(iris.datasetId, {
      name: DEEP,
      epochs: 8,
      optimizer: 'sgd',
      learningRate: 0.1,
      hidden: [8, 8],
      activation: 'tanh',
      seed: 3
    })
    ;[small, deep] = storedRuns(harness.lab.home.database)
    page = await harness.open()
    await page.locator('table.runs tbody tr').nth(1).waitFor()
  })

  afterAll(async () => {
    await harness?.close()
  })

  it('compares two ticked runs, showing only the settings that differ', async () => {
    await page.getByRole('checkbox', { name: `Select ${SMALL} for comparison` }).check()
    await page.getByRole('checkbox', { name: `Select ${DEEP} for comparison` }).check()
    await page.getByRole('button', { name: 'Compare 2 runs' }).click()
    await comparison().locator('canvas').first().waitFor()
    // 32 relu units and Adam (the defaults: He init, lr 0.01 given) against 8-8 tanh with SGD (Xavier).
    expect(await settingKeys()).toEqual([
      'architecture',
      'hidden',
      'hiddenActivations',
      'optimizer',
      'learningRate',
      'epochs',
      'init'
    ])
    const cells = (field: string) =>
      comparison().locator(`tr[data-field="${field}"] td`).allInnerTexts()
    expect(await cells('architecture')).toEqual(['4-32-3', '4-8-8-3'])
    expect(await cells('hidden')).toEqual(['32', '8, 8'])
    expect(await cells('learningRate')).toEqual([
      String(small.config.learningRate),
      String(deep.config.learningRate)
    ])
    expect(await cells('init')).toEqual(['He', 'Xavier (Glorot)'])
    expect(await cells('optimizer')).toEqual(['Adam', 'SGD'])
    expect(await comparison().locator('canvas').count()).toBe(4)
    await screenshot(page, 'compare-two-runs')
    await comparison().getByLabel('Show all settings').check()
    expect(await settingKeys()).toHaveLength(26)
    expect(await cells('seed')).toEqual(['3', '3'])
    await screenshot(page, 'compare-all-settings')
  })

  it('exports the comparison as a CSV file with every value of both runs', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      comparison().getByRole('button', { name: 'Export CSV' }).click()
    ])
    expect(download.suggestedFilename()).toMatch(/^backprop-lab-comparison-\d{4}-\d\d-\d\d\.csv$/)
    const text = readFileSync((await download.path())!, 'utf8')
    const lines = text.split('\r\n')
    expect(lines.at(-1)).toBe('')
    const rows = lines.slice(1, -1).map(csvFields)
    expect(lines[0]).toBe('run_id,run_name,section,key,epoch,actual,predicted,value')
    expect(lines).toContain(`${small.id},"lr 0.01, ""small""",setting,learningRate,,,,0.01`)
    expect(lines).toContain(`${deep.id},${DEEP},setting,hidden,,,,8 8`)
    for (const run of [small, deep]) {
      const own = rows.filter(([runId]) => runId === run.id)
      expect(new Set(own.map(([, name]) => name))).toEqual(new Set([run.name]))
      const curves = own.filter(([, , section]) => section === 'curve')
      expect(curves).toHaveLength(run.metrics.length * 4)
      for (const stored of run.metrics)
        for (const key of ['trainLoss', 'valLoss', 'trainAccuracy', 'valAccuracy'])
          expect(curves).toContainEqual([
            run.id,
            run.name,
            'curve',
            key,
            String(stored.epoch),
            '',
            '',
            String(stored[key])
          ])
      // Iris's 150 rows split 0.8 / 0.2: the validation confusion matrix counts 30 rows in 3 × 3 cells.
      const confusion = own.filter(([, , section]) => section === 'confusion')
      expect(confusion).toHaveLength(9)
      expect(confusion.reduce((sum, row) => sum + Number(row[7]), 0)).toBe(30)
    }
  })

  it('trains a compared run again with exactly its config', async () => {
    await comparison()
      .getByRole('button', { name: `Open ${DEEP} on its own` })
      .click()
    const detail = page.getByRole('article', { name: `Run ${DEEP}` })
    await detail.getByRole('button', { name: 'Train again with this config' }).click()
    const training = page.getByRole('region', { name: 'Training', exact: true })
    // The Training screen opens at its top, with Start in view and focused.
    const start = training.getByRole('button', { name: 'Start' })
    await start.waitFor()
    await expect
      .poll(() => start.evaluate((button) => document.activeElement === button))
      .toBe(true)
    const box = (await start.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height)
    await start.click()
    await expect
      .poll(() => storedRuns(harness.lab.home.database).length, { timeout: 30_000 })
      .toBe(3)
    await expect
      .poll(() => harness.lab.db.runs.list().at(-1)?.status, { timeout: 30_000 })
      .toBe('completed')
    const again = storedRuns(harness.lab.home.database)[2]
    // The designer names each hidden layer's activation; a name is given only by the command line.
    expect(again.config).toEqual({
      ...deep.config,
      hiddenActivations: ['tanh', 'tanh'],
      name: null
    })
    // Same data, seed and settings: the same curve, epoch by epoch.
    expect(again.metrics).toHaveLength(deep.metrics.length)
    for (const [index, stored] of deep.metrics.entries())
      expect(again.metrics[index].trainLoss).toBeCloseTo(stored.trainLoss!, 5)
    await screenshot(page, 'compare-trained-again')
  })

  it('drops a deleted run from the comparison', async () => {
    await page.getByRole('button', { name: 'Experiments', exact: true }).click()
    await page.getByRole('button', { name: `Open run ${SMALL}` }).click()
    const detail = page.getByRole('article', { name: `Run ${SMALL}` })
    await detail.getByRole('button', { name: 'Delete', exact: true }).click()
    await detail.getByRole('button', { name: 'Delete run' }).click()
    await expect.poll(() => storedRuns(harness.lab.home.database).length).toBe(2)
    await expect.poll(() => page.getByText('1 run ticked').count()).toBe(1)
    expect(await page.getByRole('button', { name: 'Compare 1 run' }).isDisabled()).toBe(true)
    await screenshot(page, 'compare-after-delete')
    expect(harness.pageErrors).toEqual([])
  })
})
