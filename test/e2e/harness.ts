import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, relative } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { expect } from 'vitest'
import { ensureFreshBuild } from '../../scripts/lib/fresh-build.mjs'
import { launchChromium } from '../support/chromium'
import { openLab, type Lab } from '../../src/main/lab'
import type { RunOutcome } from '../../src/main/services/training/active-run'
import { completeRunConfig, trainRowsOf } from '../../src/shared/model/run-defaults'
import { startWebHost, type WebHost } from '../../src/main/web/web-host'
import type { DatasetSummary } from '../../src/shared/model/dataset'
import type { RunConfig } from '../../src/shared/model/run'

/** The repository root (resources, the built renderer, test-results). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
/** Where screenshots are kept as test artifacts. */
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'e2e')
/** The fixed access token of the test host. */
const TOKEN = 'e2e-token'

/** A running lab in browser mode with a headless Chromium pointed at it. */
export interface Harness {
  /** The lab's home folder (database and dataset files), removed on close. */
  home: string
  /** The lab's services, in this process: seed data and check results through them. */
  lab: Lab
  host: WebHost
  browser: Browser
  /** The address with its token. */
  url: string
  /** Uncaught page exceptions and console errors of every page opened. */
  pageErrors: string[]
  /** Opens a new page on the lab and waits until the shell is ready. */
  open(): Promise<Page>
  /** Imports a file or folder into the lab (as `backprop-lab import` does). */
  importDataset(path: string): Promise<DatasetSummary>
  /** Trains a run to its end (stopping it after `stopAfterEpoch` if given), through the services. */
  train(datasetId: string, given: Partial<RunConfig>, stopAfterEpoch?: number): Promise<RunOutcome>
  close(): Promise<void>
}

/** A fresh, empty home folder for a harness (to prepare with the CLI before starting it). */
export function newHarnessHome(): string {
  return mkdtempSync(join(tmpdir(), 'backprop-lab-e2e-'))
}

/** Every file of a folder with its size and modification time, and the newest time. */
function folderState(folder: string): { listing: string; newest: number } {
  let newest = 0
  const lines: string[] = []
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    const { size, mtimeMs } = statSync(path)
    newest = Math.max(newest, mtimeMs)
    lines.push(`${relative(folder, path)} ${size} ${mtimeMs}`)
  }
  return { listing: lines.sort().join('\n'), newest }
}

/**
 * A private copy of the built renderer, taken while its folder is quiet (unchanged during the
 * copy and for a second before), so a rebuild of the shared tree during a test cannot swap the
 * page's files under it.
 */
async function snapshotRenderer(rendererDir: string): Promise<string> {
  for (let attempt = 0; attempt < 60; attempt++) {
    const before = existsSync(join(rendererDir, 'index.html')) ? folderState(rendererDir) : null
    if (before && Date.now() - before.newest > 1000) {
      const copy = mkdtempSync(join(tmpdir(), 'backprop-lab-renderer-'))
      cpSync(rendererDir, copy, { recursive: true })
      if (folderState(rendererDir).listing === before.listing) return copy
      rmSync(copy, { recursive: true, force: true })
    }
    await sleep(500)
  }
  throw new Error(`${rendererDir} kept changing (another build running?); try again`)
}

/**
 * Builds the renderer if needed (and serves a private copy of it), opens the lab on `home` (a new
 * temp folder by default), serves it in browser mode on a free port of 127.0.0.1, and launches
 * headless Chromium (with `browserEnv` added to its environment, e.g. a FONTCONFIG_FILE).
 */
export async function startHarness(
  options: { home?: string; browserEnv?: NodeJS.ProcessEnv } = {}
): Promise<Harness> {
  if (!ensureFreshBuild(ROOT, (line) => process.stderr.write(`${line}\n`)))
    throw new Error('building the app failed (see the messages above)')
  const rendererDir = await snapshotRenderer(join(ROOT, 'out', 'renderer'))
  const home = options.home ?? newHarnessHome()
  const lab = openLab({ home })
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version
  const host = await startWebHost({
    lab,
    rendererDir,
    resourcesDir: join(ROOT, 'resources'),
    version,
    port: 0,
    token: TOKEN
  })
  const browser = await launchChromium(
    options.browserEnv ? { ...process.env, ...options.browserEnv } : undefined
  )
  const pageErrors: string[] = []
  const running = new Set<Promise<RunOutcome>>()

  const open = async (): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width: 1360, height: 880 } })
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`)
    })
    await page.goto(host.url)
    try {
      await page.locator('main.screen').waitFor()
    } catch (error) {
      // Named after the test file: two files run at once.
      const file = basename(expect.getState().testPath ?? 'unknown', '.e2e.test.ts')
      const shot = await screenshot(page, `harness-open-failed-${file}`)
      throw new Error(
        `the lab did not open (see ${shot}); page errors: ${pageErrors.join('; ') || 'none'}`,
        { cause: error }
      )
    }
    return page
  }

  const importDataset = async (path: string) => (await lab.imports.importPath(path)).dataset

  const train = (datasetId: string, given: Partial<RunConfig>, stopAfterEpoch?: number) => {
    const dataset = lab.datasets.summary(datasetId)
    const config = completeRunConfig(given, trainRowsOf(dataset, given.split ?? [0.8, 0.2]))
    const run = lab.training.start({ datasetId, config, initialModel: null })
    if (stopAfterEpoch !== undefined) {
      run.subscribe({ epoch: (_runId, metrics) => metrics.epoch >= stopAfterEpoch && run.stop() })
    }
    const finished = run.finished
    running.add(finished)
    void finished.finally(() => running.delete(finished))
    return finished
  }

  const close = async () => {
    await browser.close()
    await host.close()
    // Runs the page started and left training are stopped, so the database closes after their last write.
    const live = lab.db.runs.listRunning().flatMap((run) => {
      const active = lab.training.get(run.runId)
      active?.stop()
      return active ? [active.finished] : []
    })
    await Promise.all([...running, ...live])
    lab.close()
    rmSync(home, { recursive: true, force: true })
    rmSync(rendererDir, { recursive: true, force: true })
  }

  return { home, lab, host, browser, url: host.url, pageErrors, open, importDataset, train, close }
}

/** A file to drop: where it is on disk, and its path as the drop shows it (`coat/00017.png`). */
export interface DropFile {
  path: string
  relativePath: string
}

/** Every file under a folder, named by its path from the folder's parent (`fashion-small/coat/1.png`). */
export function folderFiles(folder: string): DropFile[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name)
      return { path, relativePath: `${basename(folder)}/${relative(folder, path)}` }
    })
    .sort((a, b) => a.relativePath.localeCompare(b.relativePath))
}

/**
 * Drops files on the page's window as a user dropping them from a file manager: a synthetic
 * `DragEvent('drop')` whose DataTransfer carries real Files built from the files' bytes. A file
 * inside a dropped folder is named with its relative path (the Data screen reads `/` in a dropped
 * File's name as a path inside the folder).
 */
export async function dropFiles(page: Page, files: DropFile[]): Promise<void> {
  const payload = files.map((file) => ({
    name: file.relativePath,
    base64: readFileSync(file.path).toString('base64')
  }))
  await page.evaluate((dropped) => {
    const transfer = new DataTransfer()
    for (const file of dropped) {
      const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))
      transfer.items.add(new File([bytes], file.name))
    }
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(
        new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true })
      )
    }
  }, payload)
}

/** Saves a full-page screenshot (from the top) as `test-results/e2e/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  // A full-page capture draws the sticky top bar where the page is scrolled to: start at the top.
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Shows a run's page: the Experiments screen, then the run opened from its list. */
export async function openRunPage(harness: Harness, page: Page, runId: string): Promise<void> {
  await page.getByRole('button', { name: 'Experiments', exact: true }).click()
  await page
    .getByRole('button', { name: `Open run ${harness.lab.db.runs.get(runId)!.name}` })
    .click()
}
