import { spawnSync } from 'node:child_process'
import { Command } from 'commander'
import { Window } from 'happy-dom'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import {
  addTrainOptions,
  givenRunConfig,
  type TrainOptionValues
} from '../../../src/main/cli/commands/train-options'
import { runReportHtml, type RunReportInput } from '../../../src/main/services/export/report'
import { completeRunConfig } from '../../../src/main/services/training/run-config'
import type { ModelFile } from '../../../src/shared/model/model-file'
import type { RunDetail } from '../../../src/shared/model/run'

/**
 * The lab report: the HTML is parsed (happy-dom) and its content checked against the input; the
 * weight pictures are decoded by sharp (libvips) and their pixels checked against the weights; the
 * reproduce command is split by /bin/sh and parsed by the CLI's own `train` options, and must
 * give back the run's config.
 */
const run: RunDetail = {
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
    momentum: 0.8,
    l2: 0.001,
    batchSize: 16,
    epochs: 4,
    seed: 11,
    init: 'xavier',
    initModel: null,
    precision: 'f64',
    split: [0.7, 0.2, 0.1],
    normalize: 'scale',
    shuffle: false,
    name: 'digits <b>bold</b> & "quoted" it\'s'
  },
  seed: 11,
  dataHash: 'a1b2c3d4e5f6',
  engineVersion: '1.0.0',
  error: null,
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
const model: ModelFile = {
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

const input: RunReportInput = {
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

function parse(html: string): Document {
  const window = new Window()
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document
}

const html = runReportHtml(input)
const page = parse(html)
const factsOf = (section: Element) =>
  Object.fromEntries(
    [...section.querySelectorAll('table.facts tr')].map((row) => [
      row.querySelector('th')!.textContent,
      row.querySelector('td')!.textContent
    ])
  )
const sectionTitled = (title: string) =>
  [...page.querySelectorAll('section')].find((section) =>
    section.querySelector('h2')!.textContent!.startsWith(title)
  )!

describe('run report', () => {
  it('is one self-contained page: no scripts, no external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(page.querySelectorAll('script, link, iframe')).toHaveLength(0)
    for (const element of page.querySelectorAll('[src]'))
      expect(element.getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
  })

  it('names the run with its text escaped, and shows seed, data hash, dataset and engine', () => {
    expect(page.querySelector('h1')!.textContent).toBe(`Backprop Lab run ${run.name}`)
    expect(page.querySelectorAll('b')).toHaveLength(0)
    const facts = factsOf(sectionTitled('Run'))
    expect(facts).toMatchObject({
      'run id': 'run-7',
      status: 'completed',
      seed: '11',
      'data hash': 'a1b2c3d4e5f6',
      'engine version': '1.0.0',
      source: '/data/digits.csv',
      'final validation accuracy': '0.8'
    })
    expect(facts.dataset).toBe('digits (ds-3, csv, 100 rows × 4 features)')
    expect(sectionTitled('Model').textContent).toContain(
      '4 inputs → 3 tanh → 3 softmax, cross-entropy'
    )
  })

  it('lists every config field', () => {
    const facts = factsOf(sectionTitled('Configuration'))
    expect(Object.keys(facts)).toEqual(Object.keys(run.config))
    expect(facts).toMatchObject({
      hidden: '[3]',
      split: '[0.7, 0.2, 0.1]',
      shuffle: 'false',
      initModel: '–',
      learningRate: '0.05'
    })
  })

  it('draws loss and accuracy curves whose points follow the values', () => {
    const charts = [...page.querySelectorAll('svg.chart')]
    expect(charts.map((chart) => chart.querySelector('title')!.textContent)).toEqual([
      'Loss per epoch',
      'Accuracy per epoch'
    ])
    const curve = (chart: number, name: string) =>
      charts[chart]
        .querySelector(`polyline[data-series="${name}"]`)!
        .getAttribute('points')!
        .split(' ')
        .map((point) => point.split(',').map(Number))
    const trainLoss = curve(0, 'train loss')
    expect(trainLoss).toHaveLength(4)
    // Falling loss: x grows with the epoch, SVG y grows downwards.
    for (let i = 1; i < 4; i++) {
      expect(trainLoss[i][0]).toBeGreaterThan(trainLoss[i - 1][0])
      expect(trainLoss[i][1]).toBeGreaterThan(trainLoss[i - 1][1])
    }
    const validationAccuracy = curve(1, 'validation accuracy')
    for (let i = 1; i < 4; i++)
      expect(validationAccuracy[i][1]).toBeLessThan(validationAccuracy[i - 1][1])
  })

  it('tabulates every epoch and the confusion matrix', () => {
    const rows = [...page.querySelectorAll('table.epochs tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent)
    )
    expect(rows[1]).toEqual(['2', '0.8', '0.7', '0.9', '0.65', '1100'])
    expect(rows).toHaveLength(4)
    expect(sectionTitled('Confusion matrix').querySelector('h2')!.textContent).toBe(
      'Confusion matrix (validation)'
    )
    const cells = [...page.querySelectorAll('table.confusion tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => Number(cell.textContent))
    )
    expect(cells).toEqual(input.confusion!.counts)
  })

  it('pictures each first-layer unit, red for positive and blue for negative weights', async () => {
    const images = [...sectionTitled('First-layer weights').querySelectorAll('img')]
    expect(images).toHaveLength(3)
    const base64 = images[0].getAttribute('src')!.replace('data:image/png;base64,', '')
    const { data, info } = await sharp(Buffer.from(base64, 'base64'))
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect([info.width, info.height, info.channels]).toEqual([2, 2, 3])
    // Scaled by max |w| = 2: +2 → red, −2 → blue, 0 → white, +1 → half-faded red.
    expect([...data]).toEqual([255, 0, 0, 0, 0, 255, 255, 255, 255, 255, 128, 128])
  })

  it('pictures a three-channel image model in colour, 128 + 127·w/max|w| per channel', async () => {
    const rgbModel: ModelFile = {
      ...model,
      inputSize: 3,
      inputShape: [1, 1, 3],
      layers: [{ units: 1, activation: 'sigmoid', weights: [[1, -0.5, 0]], biases: [0] }],
      loss: 'binary-cross-entropy',
      classes: ['no', 'yes']
    }
    const rgbPage = parse(runReportHtml({ ...input, model: rgbModel }))
    const source = rgbPage.querySelector('figure.unit img')!.getAttribute('src')!
    const { data } = await sharp(Buffer.from(source.split(',')[1], 'base64'))
      .raw()
      .toBuffer({ resolveWithObject: true })
    expect([...data]).toEqual([255, 65, 128])
  })

  it('gives a command that the shell and the CLI parse back into the same run config', () => {
    const command = sectionTitled('Reproduce').querySelector('pre')!.textContent!
    const words = spawnSync('/bin/sh', ['-c', `printf '%s\\0' ${command}`], { encoding: 'utf8' })
      .stdout.split('\0')
      .slice(0, -1)
    expect(words.slice(0, 3)).toEqual(['./bin/backprop-lab', 'train', 'ds-3'])
    const train = addTrainOptions(new Command('train').argument('<DATA>').exitOverride())
    train.parse(words.slice(2), { from: 'user' })
    const given = givenRunConfig(train.opts<TrainOptionValues>())
    expect(completeRunConfig(given, 70)).toEqual(run.config)
    expect(train.args).toEqual(['ds-3'])
  })

  it('leaves out the accuracy chart, confusion matrix and pictures for a regression table', () => {
    const regression = runReportHtml({
      ...input,
      run: {
        ...run,
        metrics: run.metrics.map((epoch) => ({ ...epoch, trainAccuracy: null, valAccuracy: null }))
      },
      model: {
        ...model,
        inputShape: [4],
        classes: undefined,
        layers: [{ units: 1, activation: 'linear', weights: [[1, 2, 3, 4]], biases: [0] }],
        loss: 'half-squared-error'
      },
      confusion: null
    })
    const regressionPage = parse(regression)
    expect(regressionPage.querySelectorAll('svg.chart')).toHaveLength(1)
    expect(regressionPage.querySelectorAll('table.confusion, img')).toHaveLength(0)
  })
})
