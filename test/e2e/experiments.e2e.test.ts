import Database from 'better-sqlite3'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BREAST_CANCER_CSV, IRIS_CSV, startCli } from '../cli/support/cli'
import { newHarnessHome, screenshot, startHarness, type Harness } from './harness'
import { textOf } from '../../src/shared/messages'
import { messageFromStore } from '../../src/shared/stored-message'

/** A run as the database itself stores it (read with SQL, not through the lab's code). */
interface StoredRun {
  id: string
  name: string
  status: string
  epochsDone: number
  plannedEpochs: number
  datasetName: string
  architecture: string
  learningRate: number
  dataHash: string
  seconds: number | null
  trainLoss: number | null
  valLoss: number | null
  trainAccuracy: number | null
  valAccuracy: number | null
  error: string | null
}

/** Every run, newest first, from the database file. */
function storedRuns(databasePath: string): StoredRun[] {
  const database = new Database(databasePath, { readonly: true })
  try {
    const rows = database
      .prepare(
        `SELECT runs.id, runs.name, runs.status, runs.epochs_done, runs.config, runs.network, runs.data_hash,
                runs.started_at, runs.ended_at, runs.active_seconds, runs.error,
                datasets.name AS dataset_name,
                m.train_loss, m.val_loss, m.train_accuracy, m.val_accuracy
         FROM runs JOIN datasets ON datasets.id = runs.dataset_id
         LEFT JOIN metrics m ON m.run_id = runs.id AND m.epoch = runs.epochs_done
         ORDER BY runs.started_at DESC, runs.rowid DESC`
      )
      .all() as Record<string, string | number | null>[]
    return rows.map((row) => {
      const config = JSON.parse(row.config as string) as { epochs: number; learningRate: number }
      const network = JSON.parse(row.network as string) as {
        inputSize: number
        layers: { units: number }[]
      }
      const widths = [network.inputSize, ...network.layers.map((layer) => layer.units)].join('-')
      return {
        id: row.id as string,
        name: row.name as string,
        status: row.status as string,
        epochsDone: row.epochs_done as number,
        plannedEpochs: config.epochs,
        datasetName: row.dataset_name as string,
        architecture: widths,
        learningRate: config.learningRate,
        dataHash: row.data_hash as string,
        // Its training time (pauses left out), or from start to end when none was stored.
        seconds:
          (row.active_seconds as number | null) ??
          (row.ended_at
            ? (Date.parse(row.ended_at as string) - Date.parse(row.started_at as string)) / 1000
            : null),
        trainLoss: row.train_loss as number | null,
        valLoss: row.val_loss as number | null,
        trainAccuracy: row.train_accuracy as number | null,
        valAccuracy: row.val_accuracy as number | null,
        // A run's reason is stored as its message (JSON); the English UI shows its text.
        error: row.error === null ? null : textOf(messageFromStore(row.error as string))
      }
    })
  } finally {
    database.close()
  }
}

/** A shown number back as a number: "0.1381" → 0.1381, "96.7%" → 0.967, "1.20e-5" → 0.000012. */
function shownNumber(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '—') return null
  const value = Number.parseFloat(trimmed.replace(/,/g, ''))
  return trimmed.endsWith('%') ? value / 100 : value
}

/** A shown duration in seconds: "0.42 s", "2 min 05 s". */
function shownSeconds(text: string): number {
  const minutes = /(\d+) min (\d+) s/.exec(text)
  return minutes ? Number(minutes[1]) * 60 + Number(minutes[2]) : Number.parseFloat(text)
}

/** Half the last shown digit of a duration: "0.42 s", "12.3 s", "2 min 05 s". */
function durationRounding(seconds: number): number {
  return (seconds < 1 ? 0.005 : seconds < 59.95 ? 0.05 : 0.5) + 1e-9
}

/** The shown value is the stored one rounded for display (4 significant digits, 0.1 %). */
function expectShown(text: string, stored: number | null, tolerance: number): void {
  const shown = shownNumber(text)
  if (stored === null) expect(shown).toBeNull()
  else
    expect(Math.abs(shown! - stored)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(stored)))
}

async function cellTexts(row: Locator): Promise<string[]> {
  return row.locator('td').allInnerTexts()
}

/** Issue 5: every run listed with its status and numbers; one opened shows its config and curves again. */
describe('Experiments screen in the browser', () => {
  let harness: Harness
  let page: Page
  let runs: StoredRun[]

  beforeAll(async () => {
    const home = newHarnessHome()
    // A real crash: a training process killed mid-run leaves a run the lab finds interrupted.
    const killed = startCli([
      'train',
      IRIS_CSV,
      '--epochs',
      '100000',
      '--batch',
      '1',
      '--name',
      'killed run',
      '--home',
      home,
      '--json'
    ])
    await killed.waitForLine((line) => line.event === 'epoch' && line.epoch >= 2)
    killed.kill('SIGKILL')
    await killed.ended
    harness = await startHarness({ home })
    const iris = await harness.importDataset(IRIS_CSV)
    const cancer = await harness.importDataset(BREAST_CANCER_CSV)
    await harness.train(iris.datasetId, { name: 'iris small', hidden: [16], epochs: 20, seed: 3 })
    await harness.train(cancer.datasetId, { hidden: [], epochs: 30 })
    await harness.train(iris.datasetId, { name: 'stopped early', epochs: 100000, batchSize: 1 }, 3)
    await harness.train(iris.datasetId, {
      name: 'diverged',
      optimizer: 'sgd',
      learningRate: 1e9,
      output: 'linear',
      loss: 'half-squared-error'
    })
    runs = storedRuns(harness.lab.home.database)
    page = await harness.open()
    await page.getByRole('button', { name: 'Experiments', exact: true }).click()
    await page.locator('table.runs tbody tr').first().waitFor()
  })

  afterAll(async () => {
    await harness?.close()
  })

  it('the database holds one run of each status for the page to show', () => {
    expect(runs.map((run) => run.status).sort()).toEqual([
      'completed',
      'completed',
      'failed',
      'interrupted',
      'stopped'
    ])
  })

  it('lists every run newest first with its status, dataset, architecture, epochs, metrics and time', async () => {
    await screenshot(page, 'experiments-list')
    const rows = page.locator('table.runs tbody tr')
    expect(
      await rows.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('data-run-id'))
      )
    ).toEqual(runs.map((run) => run.id))
    for (const [index, run] of runs.entries()) {
      const [
        name,
        status,
        dataset,
        architecture,
        epochs,
        trainLoss,
        valLoss,
        trainAccuracy,
        valAccuracy,
        time
      ] = await cellTexts(rows.nth(index))
      expect(name.trim()).toBe(run.name)
      expect(status.trim()).toBe(run.status)
      expect(dataset.trim()).toBe(run.datasetName)
      expect(architecture.trim().startsWith(run.architecture)).toBe(true)
      expect(epochs.trim()).toBe(`${run.epochsDone} / ${run.plannedEpochs}`)
      expectShown(trainLoss, run.trainLoss, 5e-4)
      expectShown(valLoss, run.valLoss, 5e-4)
      expectShown(trainAccuracy, run.trainAccuracy, 5e-4)
      expectShown(valAccuracy, run.valAccuracy, 5e-4)
      if (run.seconds === null) expect(time.trim()).toBe('—')
      else
        expect(Math.abs(shownSeconds(time) - run.seconds)).toBeLessThanOrEqual(
          durationRounding(run.seconds)
        )
    }
    const logistic = runs.find((run) => run.datasetName === 'breast_cancer_wisconsin')!
    await expect
      .poll(() => page.locator(`tr[data-run-id="${logistic.id}"] td`).nth(3).innerText())
      .toBe('30-1 logistic regression')
  })

  it('filters the list by status and by text', async () => {
    await page.getByLabel('Status').selectOption('completed')
    await expect.poll(() => page.locator('table.runs tbody tr').count()).toBe(2)
    await page.getByLabel('Status').selectOption('all')
    await page.getByLabel('Search').fill('logistic')
    await expect.poll(() => page.locator('table.runs tbody tr').count()).toBe(1)
    await page.getByLabel('Search').fill('')
    await expect.poll(() => page.locator('table.runs tbody tr').count()).toBe(runs.length)
  })

  it('opens a run with its settings, network, final evaluation and chart', async () => {
    const run = runs.find((stored) => stored.name === 'iris small')!
    await page.getByRole('button', { name: 'Open run iris small' }).click()
    const detail = page.getByRole('article', { name: 'Run iris small' })
    await detail.waitFor()
    const setting = (field: string) => detail.locator(`tr[data-field="${field}"] td`).innerText()
    expect(await setting('learningRate')).toBe(String(run.learningRate))
    expect(await setting('hidden')).toBe('16')
    expect(await setting('runSeed')).toBe('3')
    expect(await setting('dataHash')).toBe(run.dataHash)
    expectShown(
      await detail.locator('tr[data-part="validation"] td').nth(1).innerText(),
      run.valAccuracy,
      5e-4
    )
    expect(await detail.locator('canvas').count()).toBeGreaterThan(0)
    await screenshot(page, 'experiments-opened')
  })

  it('shows why an interrupted run stopped and offers to continue it', async () => {
    const run = runs.find((stored) => stored.status === 'interrupted')!
    await page.getByRole('button', { name: 'Open run killed run' }).click()
    const detail = page.getByRole('article', { name: 'Run killed run' })
    await detail.waitFor()
    expect(await detail.getByRole('note').innerText()).toContain(run.error!)
    expect(await detail.getByRole('button', { name: 'Continue training' }).isEnabled()).toBe(true)
    await screenshot(page, 'experiments-interrupted')
  })

  it('renames the opened run, and after a reload finds it still opened under its new name', async () => {
    const run = runs.find((stored) => stored.name === 'iris small')!
    await page.getByRole('button', { name: 'Open run iris small' }).click()
    const detail = page.getByRole('article', { name: 'Run iris small' })
    await detail.getByRole('button', { name: 'Rename' }).click()
    await detail.getByLabel('Run name').fill('iris, 16 relu units')
    await detail.getByRole('button', { name: 'Save', exact: true }).click()
    await page.getByRole('article', { name: 'Run iris, 16 relu units' }).waitFor()
    expect(storedRuns(harness.lab.home.database).find((stored) => stored.id === run.id)!.name).toBe(
      'iris, 16 relu units'
    )
    await expect
      .poll(() => harness.lab.db.settings.get<{ runId: string | null; view: string }>('ui-state'))
      .toMatchObject({ runId: run.id, view: 'experiments' })
    await page.reload()
    await page.getByRole('article', { name: 'Run iris, 16 relu units' }).waitFor()
    expect(await page.locator(`tr[data-run-id="${run.id}"]`).getAttribute('aria-current')).toBe(
      'true'
    )
    await screenshot(page, 'experiments-reopened')
    expect(harness.pageErrors).toEqual([])
  })
})
