import { describe, expect, it } from 'vitest'
import { runReportHtml } from '../../../src/main/services/export/report'
import {
  factsOf,
  html,
  input,
  model,
  page,
  parse,
  run,
  sectionTitled
} from './support/report-fixture'

/**
 * The lab report's page: the HTML is parsed (happy-dom) and its content checked against the input.
 */
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
