import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { UiState } from '../../src/shared/model/app-state'
import { IRIS_CSV } from '../cli/support/cli'
import { dropFiles, folderFiles, ROOT, screenshot, type Harness } from './harness'
import { useHarness, EMPTY_UI_STATE } from './use-harness'

const FASHION_SMALL = join(ROOT, 'resources', 'samples', 'fashion-small')

/** The class names of iris.csv's last column, read from the file itself. */
function irisClasses(): string[] {
  const rows = readFileSync(IRIS_CSV, 'utf8').trim().split('\n').slice(1)
  return [...new Set(rows.map((row) => row.split(',').at(-1)!.trim()))].sort()
}

/** A person's whole first session: bring data, design, train, watch, stop, come back. */
describe('lab flow in the browser: drop data, design, train, stop, reopen', () => {
  let harness: Harness
  let page: Page
  const navigate = (screen: string) =>
    page.getByRole('button', { name: screen, exact: true }).click()
  const screen = (name: string) => page.getByRole('region', { name, exact: true })

  useHarness({ uiState: EMPTY_UI_STATE }, (started) => ({ harness, page } = started))

  it('drops the iris CSV: it is imported and becomes the dataset in use', async () => {
    await dropFiles(page, [{ path: IRIS_CSV, relativePath: 'iris.csv' }])
    await expect.poll(() => harness.lab.db.datasets.list().length).toBe(1)
    const [iris] = harness.lab.db.datasets.list()
    expect(iris).toMatchObject({
      name: 'iris',
      kind: 'csv',
      rows: 150,
      features: 4,
      classes: irisClasses()
    })
    await expect.poll(() => page.locator('[data-test="rows"]').innerText()).toBe('150')
    expect(await page.locator('.top-bar .status').innerText()).toContain('Data: iris')
    await screenshot(page, 'flow-1-iris-dropped')
  })

  it('drops the fashion-small folder: 300 pictures in the 10 classes of its subfolders', async () => {
    const files = folderFiles(FASHION_SMALL)
    expect(files).toHaveLength(300)
    await dropFiles(page, files)
    await expect.poll(() => harness.lab.db.datasets.list().length, { timeout: 30_000 }).toBe(2)
    const fashion = harness.lab.db.datasets.list().find((dataset) => dataset.kind === 'images')!
    const folders = readdirSync(FASHION_SMALL).sort()
    expect(fashion).toMatchObject({ rows: 300, features: 28 * 28, classes: folders })
    await expect.poll(() => page.locator('[data-test="rows"]').innerText()).toBe('300')
    await screenshot(page, 'flow-2-fashion-dropped')
  })

  it('designs a 4-24-12-3 network for iris', async () => {
    await page.getByRole('button', { name: 'iris', exact: true }).click()
    await expect.poll(() => page.locator('[data-test="rows"]').innerText()).toBe('150')
    await navigate('Network')
    const editor = screen('Network')
    await editor.getByLabel('Units').first().fill('24')
    await editor.getByRole('button', { name: 'Add a layer after hidden layer 1' }).click()
    await editor.getByLabel('Units').nth(1).fill('12')
    await editor.getByLabel('Activation').nth(1).selectOption('tanh')
    await screenshot(page, 'flow-3-network')
    await navigate('Training')
    await expect.poll(() => screen('Training').innerText()).toContain('4–24–12–3')
  })

  it('trains, and the loss chart moves while epochs arrive', async () => {
    const training = screen('Training')
    await training.getByLabel('Batch size').fill('1')
    await training.getByRole('checkbox', { name: 'Auto' }).uncheck()
    await training.getByLabel('Epochs', { exact: true }).fill('100000')
    await training.getByRole('button', { name: 'Start' }).click()
    const epochsDone = () => harness.lab.db.runs.list().at(-1)?.epochs ?? 0
    await expect.poll(epochsDone, { timeout: 30_000 }).toBeGreaterThanOrEqual(2)
    const lossChart = training.getByRole('region', { name: 'Loss' }).locator('canvas')
    const before = await lossChart.screenshot()
    const epochsBefore = epochsDone()
    await expect.poll(epochsDone, { timeout: 30_000 }).toBeGreaterThan(epochsBefore + 3)
    await expect
      .poll(async () => (await lossChart.screenshot()).equals(before), { timeout: 10_000 })
      .toBe(false)
    await screenshot(page, 'flow-4-training')
  })

  it('stops the run: it is stored as stopped with the designed network', async () => {
    await screen('Training').getByRole('button', { name: 'Stop' }).click()
    await expect
      .poll(() => harness.lab.db.runs.list().at(-1)?.status, { timeout: 30_000 })
      .toBe('stopped')
    const run = harness.lab.db.runs.list().at(-1)!
    expect([run.network.inputSize, ...run.network.layers.map((layer) => layer.units)]).toEqual([
      4, 24, 12, 3
    ])
    expect(run.network.layers.map((layer) => layer.activation)).toEqual(['relu', 'tanh', 'softmax'])
    expect(run.config).toMatchObject({ batchSize: 1, epochs: 100000 })
    await screenshot(page, 'flow-5-stopped')
  })

  it('reopened, the lab is where it was: iris, the network, and the run', async () => {
    const run = harness.lab.db.runs.list().at(-1)!
    await expect.poll(() => harness.lab.db.settings.get<UiState>('ui-state')?.runId).toBe(run.runId)
    await page.reload()
    await screen('Training').waitFor()
    expect(await page.locator('.top-bar .status').innerText()).toContain('Data: iris')
    // The run is back on the Training screen: titled by its network and data, with its result.
    const result = screen('Training').getByRole('region', { name: 'Result' })
    await expect.poll(() => result.innerText()).toContain(`after ${run.epochs} epochs`)
    expect(await result.locator('.badge').innerText()).toBe('Stopped')
    expect(await screen('Training').locator('.view-header').innerText()).toContain(
      'Training 4–24–12–3 on iris'
    )
    await navigate('Network')
    expect(await screen('Network').getByLabel('Units').nth(0).inputValue()).toBe('24')
    expect(await screen('Network').getByLabel('Units').nth(1).inputValue()).toBe('12')
    await navigate('Experiments')
    const opened = page.getByRole('article', { name: `Run ${run.name}` })
    await opened.waitFor()
    expect(await opened.locator('.badge').first().innerText()).toBe('stopped')
    await screenshot(page, 'flow-6-reopened')
    expect(harness.pageErrors).toEqual([])
  })
})
