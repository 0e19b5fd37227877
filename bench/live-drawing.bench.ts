/**
 * The live drawing's numbers (issue 18): while a 2-8-8-1 network trains on 1,000 points at full
 * speed, the decision boundary and all 17 neuron pictures redraw ≥ 20 times a second in browser
 * mode, and training keeps ≥ 80% of the rate it has with the drawing hidden.
 * The browser-mode host of `backprop-lab serve` (serving a private copy of the built renderer)
 * on a home with a generated two-spirals set of 1,000 points, the run's settings restored into
 * the UI (the saved UI state the stores load), Start pressed in Debian's Chromium driven by
 * playwright-core, "until I stop" at full speed; counted in the page (support/drawing-page.ts).
 * Rounds alternate the drawing shown (the Training screen) and hidden (the Data screen).
 *   npm run bench   (or: node --import tsx bench/live-drawing.bench.ts [--quick])
 * Writes its section of bench/RESULTS.md (not with --quick).
 */
import { availableParallelism, tmpdir } from 'node:os'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { openLab } from '../src/main/lab'
import { generateSample } from '../src/main/services/datasets/samples'
import type { UiState } from '../src/shared/model/app-state'
import { UNTIL_STOPPED_EPOCHS } from '../src/shared/model/pace'
import { saveUiState } from './support/app-home'
import { launchChromium } from '../test/support/chromium'
import { rendererSnapshot, startServe } from './support/app-processes'
import { measureDrawing, type WindowFigures } from './support/drawing-page'
import { describeMachine } from './support/machine'
import { saveResultsSection } from './support/results-file'

const POINTS = 1000
const BATCH_SIZE = 10
/** Seconds of training before the window, and the window measured. */
const WARM_UP = 3
const WINDOW = 10
/** Issue 18's goals. */
const REDRAW_GOAL = 20
const RATE_GOAL = 0.8

/** A generated two-spirals set of POINTS points (as the Data screen's generator makes it). */
function generateSpirals(home: string): string {
  const lab = openLab({ home })
  try {
    const request = { generator: 'two-spirals', points: POINTS, noisePercent: 5, seed: 1 } as const
    return generateSample(lab.imports, request).dataset.datasetId
  } finally {
    lab.close()
  }
}

/** The saved UI state: the Training screen, a 2-8-8-1 tanh network, until I stop. */
function uiState(datasetId: string): UiState {
  return {
    view: 'training',
    datasetId,
    network: {
      hidden: [
        { units: 8, activation: 'tanh' },
        { units: 8, activation: 'tanh' }
      ],
      output: 'auto',
      loss: 'auto'
    },
    training: {
      optimizer: 'adam',
      learningRate: 0.01,
      batchSize: BATCH_SIZE,
      seed: 1,
      split: [0.8, 0.2],
      epochs: UNTIL_STOPPED_EPOCHS
    },
    runId: null,
    locale: 'en'
  }
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const number = (value: number, digits = 0): string =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  const rounds = quick ? 1 : 3
  const log = (line: string) => process.stderr.write(`${line}\n`)
  const home = await mkdtemp(join(tmpdir(), 'backprop-lab-drawing-bench-'))
  const rendererDir = rendererSnapshot(log)
  const browser = await launchChromium()
  const loadBefore = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
  try {
    const datasetId = generateSpirals(home)
    const shown: WindowFigures[] = []
    const hidden: WindowFigures[] = []
    for (let round = 0; round < rounds; round++) {
      // Which side goes first alternates, so neither always follows the other.
      const sides = [true, false]
      for (const drawing of round % 2 ? sides.reverse() : sides) {
        log(`round ${round + 1} of ${rounds}: drawing ${drawing ? 'shown' : 'hidden'}…`)
        await saveUiState(home, uiState(datasetId))
        const serve = await startServe(home, rendererDir)
        try {
          const figures = await measureDrawing(browser, serve.url, {
            drawing,
            warmUp: WARM_UP,
            seconds: WINDOW,
            batchSize: BATCH_SIZE
          })
          log(JSON.stringify(figures))
          ;(drawing ? shown : hidden).push(figures)
        } finally {
          await serve.stop()
        }
      }
    }
    const boundary = median(shown.map((figures) => figures.boundaryPerSecond))
    const neurons = median(shown.map((figures) => figures.slowestNeuronPerSecond ?? 0))
    const pictures = Math.min(...shown.map((figures) => figures.neuronPictures))
    const shownRate = median(shown.map((figures) => figures.samplesPerSecond))
    const hiddenRate = median(hidden.map((figures) => figures.samplesPerSecond))
    const hiddenDraws = Math.max(...hidden.map((figures) => figures.boundaryPerSecond))
    const ratio = shownRate / hiddenRate
    const met = Math.min(boundary, neurons) >= REDRAW_GOAL && pictures === 17 && ratio >= RATE_GOAL
    const machine = describeMachine()
    const loadAfter = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')
    const each = (values: number[], digits = 0) =>
      values.map((value) => number(value, digits)).join(', ')
    const report = [
      '# Live drawing benchmark: boundary and neuron pictures while a 2-D run trains (issue 18)',
      '',
      `- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      `- Machine: ${machine.model}, ${availableParallelism()} cores; Node ${machine.node}; Debian Chromium (headless, software rendering)`,
      `- Load average before / after (other processes share this machine): ${loadBefore} / ${loadAfter}`,
      `- Two spirals, ${POINTS} points (5 % noise, split 0.8/0.2), 2-8-8-1 tanh → sigmoid, Adam lr 0.01, batch ${BATCH_SIZE}, until I stop at full speed`,
      `- ${rounds} rounds, each a fresh page: the drawing shown (Training screen) and hidden (Data screen), taking turns to go first; ${WINDOW} s measured after ${WARM_UP} s of training`,
      '',
      'Redraws/s are counted in the page: each repaint of the boundary’s plot (one `fillRect` of its',
      'background) and each `putImageData` onto a neuron picture’s canvas (the slowest of the',
      'pictures is shown); the page redraws only for a boundary of weights it has not drawn.',
      'Training samples/s: batches trained × batch size over main’s training seconds, both read',
      'from the `training:change` messages the page received (medians of the rounds).',
      '',
      '| figure | value | rounds | goal | met |',
      '| --- | ---: | --- | --- | :---: |',
      `| boundary redraws/s | ${number(boundary, 1)} | ${each(
        shown.map((f) => f.boundaryPerSecond),
        1
      )} | ≥ ${REDRAW_GOAL} | ${boundary >= REDRAW_GOAL ? 'yes' : 'no'} |`,
      `| neuron pictures redraws/s (slowest of ${pictures}) | ${number(neurons, 1)} | ${each(
        shown.map((f) => f.slowestNeuronPerSecond ?? 0),
        1
      )} | ≥ ${REDRAW_GOAL}, all 17 | ${neurons >= REDRAW_GOAL && pictures === 17 ? 'yes' : 'no'} |`,
      `| training samples/s, drawing shown | ${number(shownRate)} | ${each(shown.map((f) => f.samplesPerSecond))} | | |`,
      `| training samples/s, drawing hidden | ${number(hiddenRate)} | ${each(hidden.map((f) => f.samplesPerSecond))} | | |`,
      `| shown ÷ hidden | ${number(ratio, 2)}× | | ≥ ${RATE_GOAL}× | ${ratio >= RATE_GOAL ? 'yes' : 'no'} |`,
      `| boundary redraws/s while hidden (check) | ${number(hiddenDraws, 1)} | | 0 | |`,
      `| page animation frames/s, drawing shown | ${number(median(shown.map((f) => f.framesPerSecond)), 1)} | ${each(
        shown.map((f) => f.framesPerSecond),
        1
      )} | | |`,
      ''
    ].join('\n')
    process.stdout.write(report)
    if (!quick) await saveResultsSection('live-drawing.bench.ts', report)
    if (!met) log('note: a goal was missed (see the table)')
  } finally {
    await browser.close()
    await rm(home, { recursive: true, force: true })
    await rm(rendererDir, { recursive: true, force: true })
  }
}

await main()
