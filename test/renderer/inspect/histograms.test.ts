import { describe, expect, it } from 'vitest'
import {
  histogramBars,
  histogramStrip,
  mergeHistograms
} from '@renderer/lib/inspect/histogram-bars'

describe('weight histograms', () => {
  it('gives each bin its value range and its height as a share of the tallest', () => {
    const bars = histogramBars({ min: -1, max: 1, counts: [1, 4, 2, 0] })
    expect(bars.map((bar) => [bar.from, bar.to])).toEqual([
      [-1, -0.5],
      [-0.5, 0],
      [0, 0.5],
      [0.5, 1]
    ])
    expect(bars.map((bar) => bar.height)).toEqual([0.25, 1, 0.5, 0])
    expect(histogramBars({ min: 0, max: 0, counts: [0, 0] }).map((bar) => bar.height)).toEqual([
      0, 0
    ])
  })

  it('puts epochs side by side on their common range, each column the shares of its weights', () => {
    const strip = histogramStrip(
      [
        { epoch: 1, histogram: { min: -1, max: 1, counts: [2, 2] } },
        { epoch: 2, histogram: { min: -2, max: 2, counts: [1, 0, 0, 3] } }
      ],
      4
    )
    expect(strip.min).toBe(-2)
    expect(strip.max).toBe(2)
    expect(strip.epochs).toEqual([1, 2])
    // Epoch 1: bins centred at −0.5 and 0.5 fall in common bins 1 and 2; epoch 2 keeps its own bins.
    expect(strip.cells.map((row) => row[0])).toEqual([0, 0.5, 0.5, 0])
    expect(strip.cells.map((row) => row[1])).toEqual([0.25, 0, 0, 0.75])
  })

  it("adds a poll's newer histograms by epoch, replacing any it already had", () => {
    const first = { epoch: 1, histogram: { min: 0, max: 1, counts: [1] } }
    const second = { epoch: 2, histogram: { min: 0, max: 1, counts: [2] } }
    const again = { epoch: 2, histogram: { min: 0, max: 1, counts: [3] } }
    expect(
      mergeHistograms([first, second], [again]).map((entry) => entry.histogram.counts)
    ).toEqual([[1], [3]])
  })
})
