import { describe, expect, it } from 'vitest'
import { lineChart } from '../../../src/main/services/export/report-charts'
import { parse } from './support/report-fixture'

/** A loss chart as a real run draws it: 37 epochs from 2.3026 down to 0.0491, and a validation curve. */
function lossChart() {
  const train = Array.from({ length: 37 }, (_, index) => 0.0491 + 2.2535 * Math.exp(-index / 6))
  const validation = train.map((value, index) => value * 1.12 + (index % 3) * 0.003)
  const html = lineChart('Loss per epoch', 'loss', [
    { name: 'train loss', colour: '#1f77b4', values: train },
    { name: 'validation loss', colour: '#d95f02', values: validation }
  ])
  const svg = parse(`<body>${html}</body>`).querySelector('svg')!
  const width = Number(svg.getAttribute('width'))
  const height = Number(svg.getAttribute('height'))
  const numbers = (selector: string) =>
    [...svg.querySelectorAll(selector)].map((text) => ({
      text: text.textContent!,
      x: Number(text.getAttribute('x')),
      y: Number(text.getAttribute('y'))
    }))
  return { svg, width, height, yTicks: numbers('text.tick.y'), xTicks: numbers('text.tick.x') }
}

/** A round step: 1, 2 or 5 times a power of ten. */
const isRoundStep = (step: number) => {
  const scaled = step / 10 ** Math.floor(Math.log10(step) + 1e-9)
  return [1, 2, 5].some((round) => Math.abs(scaled - round) < 1e-9)
}

describe('the lab report’s loss chart', () => {
  it('labels its axes with round values, evenly spaced', () => {
    const { yTicks, xTicks } = lossChart()
    for (const ticks of [yTicks, xTicks]) {
      const values = ticks.map((tick) => Number(tick.text))
      expect(values.length).toBeGreaterThanOrEqual(3)
      const step = values[1] - values[0]
      expect(isRoundStep(step)).toBe(true)
      values.forEach((value, index) => expect(value).toBeCloseTo(values[0] + index * step, 9))
      for (const value of values)
        expect(Math.abs(value / step - Math.round(value / step))).toBeLessThan(1e-9)
    }
  })

  it('clips nothing: every curve point and every label lies inside the picture', () => {
    const { svg, width, height, yTicks } = lossChart()
    for (const line of svg.querySelectorAll('polyline')) {
      for (const point of line.getAttribute('points')!.split(' ')) {
        const [x, y] = point.split(',').map(Number)
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThanOrEqual(width)
        expect(y).toBeGreaterThanOrEqual(0)
        expect(y).toBeLessThanOrEqual(height)
      }
    }
    // Right-aligned tick labels: about 7 px a character at 11 px must fit left of their x.
    for (const tick of yTicks) expect(tick.x - tick.text.length * 7).toBeGreaterThanOrEqual(0)
  })

  it('keeps its legend clear of the curves: above the plotting area', () => {
    const { svg } = lossChart()
    const plotTop = Number(svg.querySelector('rect.plot')!.getAttribute('y'))
    const legend = [...svg.querySelectorAll('.legend text')]
    expect(legend.map((text) => text.textContent)).toEqual(['train loss', 'validation loss'])
    for (const text of legend) expect(Number(text.getAttribute('y'))).toBeLessThan(plotTop)
  })
})
