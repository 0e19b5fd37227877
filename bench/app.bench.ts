/**
 * The app's numbers (issues 5 and 17): training started from the UI in browser mode reaches ≥ 95%
 * of the CLI's samples/s on the same config, and the charts redraw ≥ 5 times a second while it runs.
 * In the same run, alternating, for each config: `backprop-lab train` (the CLI), then the
 * browser-mode host of `backprop-lab serve` on the same home (serving a private copy of the built
 * renderer) with the settings restored into the UI (the saved UI state the stores load), and Start
 * pressed in Debian's Chromium driven by playwright-core.
 *   npm run bench   (or: node --import tsx bench/app.bench.ts [--quick] [--only=mnist])
 * Writes its section of bench/RESULTS.md (not with --quick or --only: those measure a part).
 */
import { availableParallelism, tmpdir } from 'node:os'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import type { EpochMetrics } from '../src/shared/model/training'
import type { RunConfig } from '../src/shared/model/run'
import type { UiState } from '../src/shared/model/app-state'
import { importInto, runIds, saveUiState, storedRun } from './support/app-home'
import { trainFromPage, type PageFigures } from './support/app-page'
import { launchChromium } from '../test/support/chromium'
import { rendererSnapshot, runCli, startServe } from './support/app-processes'
import { describeMachine } from './support/machine'
import { saveResultsSection } from './support/results-file'

const DATASETS = '/work/shared/datasets'

/** One training config, run by the CLI and by the app. */
interface AppCase {
  title: string
  /** Which imported dataset it trains. */
  data: 'digits' | 'mnist'
  hidden: number[]
  epochs: number
}

const CASES: AppCase[] = [
  { title: 'digits 8×8, 64-64-10, 30 epochs', data: 'digits', hidden: [64], epochs: 30 },
  { title: 'digits 8×8, 64-64-10, 500 epochs', data: 'digits', hidden: [64], epochs: 500 },
  { title: 'MNIST t10k, 784-128-64-10, 3 epochs', data: 'mnist', hidden: [128, 64], epochs: 3 },
  { title: 'MNIST t10k, 784-128-64-10, 10 epochs', data: 'mnist', hidden: [128, 64], epochs: 10 }
]

/** The settings both sides train with besides the network and epochs (the app's defaults). */
const SETTINGS = {
  optimizer: 'adam',
  learningRate: 0.005,
  momentum: 0.9,
  l2: 0,
  batchSize: 32,
  seed: 1,
  precision: 'f32',
  split: [0.8, 0.2],
  normalize: 'auto',
  shuffle: true
} as const

/** One side's figures for one round. */
interface Measured extends Partial<PageFigures> {
  samplesPerSecond: number
  config: RunConfig
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/**
 * The statistic of both sides: the median of the epochs' samples/s (the engine's own per-epoch
 * figure: training samples over the time of their batches), leaving out epoch 1 (warm-up: JIT,
 * WASM compilation, helper threads starting) when there are later ones.
 */
function steadyRate(metrics: readonly EpochMetrics[]): number {
  const steady = metrics.length > 1 ? metrics.slice(1) : metrics
  return median(steady.map((epoch) => epoch.samplesPerSecond))
}

/** The CLI's `train` arguments for a case (every setting spelled out). */
function cliArguments(datasetId: string, benchCase: AppCase): string[] {
  return [
    'train',
    datasetId,
    `--hidden=${benchCase.hidden.join(',')}`,
    '--activation=relu',
    `--optimizer=${SETTINGS.optimizer}`,
    `--lr=${SETTINGS.learningRate}`,
    `--momentum=${SETTINGS.momentum}`,
    `--l2=${SETTINGS.l2}`,
    `--batch=${SETTINGS.batchSize}`,
    `--epochs=${benchCase.epochs}`,
    `--seed=${SETTINGS.seed}`,
    `--precision=${SETTINGS.precision}`,
    `--split=${SETTINGS.split.join(',')}`,
    `--normalize=${SETTINGS.normalize}`
  ]
}

/** The saved UI state that opens the lab on the Training screen with the case's settings. */
function uiStateFor(datasetId: string, benchCase: AppCase): UiState {
  return {
    view: 'training',
    datasetId,
    network: {
      hidden: benchCase.hidden.map((units) => ({ units, activation: 'relu' })),
      output: 'auto',
      loss: 'auto'
    },
    training: { ...SETTINGS, split: [...SETTINGS.split], epochs: benchCase.epochs },
    runId: null,
    locale: 'en'
  }
}

async function measureCli(home: string, datasetId: string, benchCase: AppCase): Promise<Measured> {
  const { runId } = await runCli(home, cliArguments(datasetId, benchCase))
  const run = await storedRun(home, runId)
  return { samplesPerSecond: steadyRate(run.metrics), config: run.config }
}

/** Serves the home with the case's settings restored, and trains from the page. */
async function measureApp(
  home: string,
  rendererDir: string,
  browser: Browser,
  datasetId: string,
  benchCase: AppCase
): Promise<Measured> {
  const before = new Set(await runIds(home))
  await saveUiState(home, uiStateFor(datasetId, benchCase))
  const serve = await startServe(home, rendererDir)
  let figures: PageFigures
  try {
    figures = await trainFromPage(browser, serve.url)
  } finally {
    await serve.stop()
  }
  const runId = (await runIds(home)).find((id) => !before.has(id))
  if (!runId) throw new Error(`${benchCase.title}: the app stored no run`)
  const run = await storedRun(home, runId)
  return { samplesPerSecond: steadyRate(run.metrics), config: run.config, ...figures }
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

/** The fields of two stored configs that differ (the name and the per-layer list left out). */
function configDifferences(a: RunConfig, b: RunConfig): string[] {
  const ignored = new Set(['name', 'hiddenActivations'])
  return Object.keys({ ...a, ...b }).filter(
    (key) =>
      !ignored.has(key) &&
      JSON.stringify(a[key as keyof RunConfig]) !== JSON.stringify(b[key as keyof RunConfig])
  )
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)
  const cases = only ? CASES.filter((benchCase) => benchCase.data === only) : CASES
  if (cases.length === 0) throw new Error(`--only=${only}: no config trains that dataset`)
  const rounds = quick ? 1 : 5
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const home = await mkdtemp(join(tmpdir(), 'backprop-lab-app-bench-'))
  const rendererDir = rendererSnapshot(log)
  const browser = await launchChromium()
  try {
    const [digits, mnist] = await importInto(home, [
      `${DATASETS}/digits-8x8/digits_8x8.csv`,
      `${DATASETS}/mnist/t10k-images-idx3-ubyte.gz`
    ])
    const datasetIds = { digits, mnist }
    const rows: string[] = []
    let allMet = true
    for (const benchCase of cases) {
      const cli: Measured[] = []
      const app: Measured[] = []
      for (let round = 0; round < rounds; round++) {
        log(`${benchCase.title}: round ${round + 1} of ${rounds}…`)
        const datasetId = datasetIds[benchCase.data]
        // Which side goes first alternates, so neither always follows the other.
        const sides = [
          async () => cli.push(await measureCli(home, datasetId, benchCase)),
          async () => app.push(await measureApp(home, rendererDir, browser, datasetId, benchCase))
        ]
        for (const side of round % 2 ? sides.reverse() : sides) await side()
      }
      const differences = configDifferences(app[0].config, cli[0].config)
      if (differences.length > 0)
        throw new Error(`${benchCase.title}: the app's run differs in ${differences.join(', ')}`)
      const cliRate = Math.max(...cli.map((measured) => measured.samplesPerSecond))
      const appRate = Math.max(...app.map((measured) => measured.samplesPerSecond))
      const ratio = appRate / cliRate
      const roundRatios = app.map(
        (measured, round) => measured.samplesPerSecond / cli[round].samplesPerSecond
      )
      const redraws = median(app.map((measured) => measured.redrawsPerSecond!))
      const updates = median(app.map((measured) => measured.updatesPerSecond!))
      const seconds = median(app.map((measured) => measured.seconds!))
      const met = ratio >= 0.95 && redraws >= 5
      allMet &&= met
      rows.push(
        `| ${benchCase.title} | ${number(cliRate)} | ${number(appRate)} | ${number(ratio, 2)}× | ${number(redraws, 1)} | ${number(updates, 1)} | ${number(seconds, 1)} s | ${number(median(roundRatios), 2)}× (${roundRatios.map((value) => number(value, 2)).join(', ')}) | ${met ? 'yes' : 'no'} |`
      )
    }
    const machine = describeMachine()
    const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
    const report = [
      '# App benchmark: training from the UI in browser mode against the CLI (issues 5 and 17)',
      '',
      `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- Machine: ${machine.model}, ${availableParallelism()} cores; Node ${machine.node}; Debian Chromium (headless, software rendering)`,
      `- ${rounds} rounds per config, the CLI and the app taking turns to go first; load average at the end (other processes share this machine): ${load}`,
      '- Settings on both sides: ReLU hidden layers, softmax + cross-entropy, Adam lr 0.005, batch 32, seed 1, split 0.8/0.2, f32',
      '',
      'samples/s: the median of the epochs’ samples/s leaving out epoch 1 (warm-up), read from the',
      'run as stored (the CLI’s epoch lines carry the same figure); the best round of each side, and',
      'the goal is judged on their ratio (the rounds’ own ratios show how much the machine varied).',
      'The app run is started by pressing Start in the page, with the settings restored into the',
      'stores from the saved UI state. Redraws/s: renders of the loss chart (Chart.js clears its',
      'canvas once per render) between the first `training:change` the page received and the one',
      'that ended the run; updates/s: `training:change` messages received in that window (median of',
      'the rounds; on short runs the window is a few tenths of a second, so these two say little).',
      '',
      '| config | CLI samples/s | app samples/s | app ÷ CLI | loss-chart redraws/s | updates/s | app training time | app ÷ CLI by round: median (each) | ≥ 0.95× and ≥ 5 redraws/s |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | :---: |',
      ...rows,
      ''
    ].join('\n')
    process.stdout.write(report)
    if (!quick && !only) await saveResultsSection('app.bench.ts', report)
    if (!allMet) log('note: a goal was missed (see the table)')
  } finally {
    await browser.close()
    await rm(home, { recursive: true, force: true })
    await rm(rendererDir, { recursive: true, force: true })
  }
}

await main()
