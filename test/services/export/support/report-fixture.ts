import { Window } from 'happy-dom'
import { runReportHtml, type RunReportInput } from '../../../../src/main/services/export/report'
import type { ModelFile } from '../../../../src/shared/model/model-file'
import type { RunDetail } from '../../../../src/shared/model/run'

/**
 * The run the report tests print (a name that needs escaping, a config the reproduce command must
 * give back), its image model, and the report's HTML parsed by happy-dom.
 */

/** A completed 4-epoch run on a digits table. */
export const run: RunDetail = {
  runId: 'run-7',
  name: 'digits <b>bold</b> & "quoted" it\'s',
  datasetId: 'ds-3',
  status: 'completed',
  epochs: 4,
  trainLoss: 0.4,
  valLoss: 0.5,
  valAccuracy: 0.8,
  startedAt: '2026-11-23T10:00:00.000Z',
  endedAt: '2026-11-23T10:01:00.000Z',
  config: {
    hidden: [3],
    activation: 'tanh',
    output: 'auto',
    loss: 'auto',
    optimizer: 'momentum',
    learningRate: 0.05,
    lrSchedule: { kind: 'constant', warmupEpochs: 0 },
    momentum: 0.8,
    l1: 0,
    l2: 0.001,
    batchSize: 16,
    epochs: 4,
    earlyStopping: null,
    seed: 11,
    init: 'xavier',
    initModel: null,
    precision: 'f64',
    split: [0.7, 0.2, 0.1],
    normalize: 'scale',
    shuffle: false,
    name: 'digits <b>bold</b> & "quoted" it\'s',
    checkpointBudgetMb: 50
  },
  seed: 11,
  dataHash: 'a1b2c3d4e5f6',
  engineVersion: '1.0.0',
  error: null,
  parent: null,
  earlyStop: null,
  raceId: null,
  metrics: [
    {
      epoch: 1,
      trainLoss: 1.2,
      trainAccuracy: 0.5,
      valLoss: 1.1,
      valAccuracy: 0.55,
      samplesPerSecond: 1000
    },
    {
      epoch: 2,
      trainLoss: 0.8,
      trainAccuracy: 0.7,
      valLoss: 0.9,
      valAccuracy: 0.65,
      samplesPerSecond: 1100
    },
    {
      epoch: 3,
      trainLoss: 0.55,
      trainAccuracy: 0.8,
      valLoss: 0.6,
      valAccuracy: 0.75,
      samplesPerSecond: 1050
    },
    {
      epoch: 4,
      trainLoss: 0.4,
      trainAccuracy: 0.85,
      valLoss: 0.5,
      valAccuracy: 0.8,
      samplesPerSecond: 990
    }
  ]
}

/** A 2×2×1 image model: unit 1's weights are +2 (top left), −2, 0 and +1 (bottom right). */
export const model: ModelFile = {
  format: 'backprop-lab/model',
  formatVersion: 1,
  inputSize: 4,
  inputShape: [2, 2, 1],
  layers: [
    {
      units: 3,
      activation: 'tanh',
      weights: [
        [2, -2, 0, 1],
        [0.1, 0.2, 0.3, 0.4],
        [-1, -1, -1, -1]
      ],
      biases: [0, 0, 0]
    },
    {
      units: 3,
      activation: 'softmax',
      weights: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1]
      ],
      biases: [0, 0, 0]
    }
  ],
  loss: 'cross-entropy',
  classes: ['zero', 'one', 'two'],
  preprocessing: { kind: 'scale', factor: 1 / 16 }
}

/** The report's input: the run, its dataset, its model and its validation confusion matrix. */
export const input: RunReportInput = {
  run,
  dataset: {
    datasetId: 'ds-3',
    name: 'digits',
    kind: 'csv',
    source: '/data/digits.csv',
    rows: 100,
    features: 4,
    inputShape: [2, 2, 1],
    classes: ['zero', 'one', 'two']
  },
  model,
  confusion: {
    split: 'validation',
    classes: ['zero', 'one', 'two'],
    counts: [
      [5, 1, 0],
      [0, 6, 2],
      [1, 0, 5]
    ]
  }
}

/** Parses a report's HTML with happy-dom. */
export function parse(html: string): Document {
  const window = new Window()
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
}

/** The report of `input`, as HTML. */
export const html = runReportHtml(input)
/** The report of `input`, parsed. */
export const page = parse(html)
/** The rows of a section's facts table, by their heading. */
export const factsOf = (section: Element) =>
  Object.fromEntries(
    [...section.querySelectorAll('table.facts tr')].map((row) => [
      row.querySelector('th')!.textContent,
      row.querySelector('td')!.textContent
    ])
  )
/** The page's section whose heading starts with `title`. */
export const sectionTitled = (title: string) =>
  [...page.querySelectorAll('section')].find((section) =>
    section.querySelector('h2')!.textContent!.startsWith(title)
  )!
