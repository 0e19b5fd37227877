import { describe, expect, it } from 'vitest'
import {
  batchLossPoints,
  decimate,
  epochPoints,
  formatEpoch,
  formatMetric,
  formatTick,
  isSparse,
  metricsChartSeries,
  SERIES_COLORS,
  type ChartPoint
} from '@renderer/lib/charts/series'
import { epoch } from './fixtures'

const LABELS = { train: 'Train', validation: 'Validation', batch: 'Batch' }

describe('decimation', () => {
  const wave: ChartPoint[] = Array.from({ length: 10_000 }, (_, index) => ({
    x: index + 1,
    y: Math.sin(index / 50)
  }))

  it('leaves short series alone (as a copy)', () => {
    const points = wave.slice(0, 20)
    const kept = decimate(points, 100)
    expect(kept).toEqual(points)
    expect(kept).not.toBe(points)
  })

  it('keeps at most the limit, in x order, and every spike', () => {
    const spiky = wave.map((point) => ({ ...point }))
    spiky[4321].y = 50
    spiky[8765].y = -50
    const kept = decimate(spiky, 1000)
    expect(kept.length).toBeLessThanOrEqual(1000)
    expect(kept.every((point, index) => index === 0 || point.x > kept[index - 1].x)).toBe(true)
    expect(kept).toContainEqual({ x: 4322, y: 50 })
    expect(kept).toContainEqual({ x: 8766, y: -50 })
    expect(kept[0]).toEqual(spiky[0])
  })
})

describe('chart data from epochs', () => {
  it('takes one metric per epoch and skips missing or non-finite values', () => {
    const epochs = [epoch(1), { ...epoch(2), valLoss: null }, { ...epoch(3), trainLoss: NaN }]
    expect(epochPoints(epochs, (e) => e.valLoss)).toEqual([
      { x: 1, y: 1.5 },
      { x: 3, y: 0.5 }
    ])
    expect(epochPoints(epochs, (e) => e.trainLoss)).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 0.5 }
    ])
  })

  it('places batch costs at step / batches per epoch', () => {
    expect(
      batchLossPoints(
        [
          { step: 5, loss: 0.5 },
          { step: 20, loss: 0.25 }
        ],
        10
      )
    ).toEqual([
      { x: 0.5, y: 0.5 },
      { x: 2, y: 0.25 }
    ])
  })

  it('builds the loss chart’s lines: batch costs, train, validation, then compared runs dashed', () => {
    const epochs = [epoch(1), epoch(2), epoch(4)]
    const batchLosses = Array.from({ length: 40 }, (_, index) => ({
      step: index + 1,
      loss: 2 / (index + 1)
    }))
    const other = { label: 'run 2', epochs: [epoch(1)], color: '#123456' }
    const lines = metricsChartSeries(
      { epochs, metric: 'loss', batchLosses, batchesPerEpoch: 10, comparisons: [other] },
      LABELS
    )
    expect(lines.map((line) => line.label)).toEqual(['Batch', 'Train', 'Validation', 'run 2'])
    expect(lines[0]).toMatchObject({ faint: true, dots: false, color: SERIES_COLORS.batch })
    expect(lines[0].points[9]).toEqual({ x: 1, y: 0.2 })
    expect(lines[1].points).toEqual([
      { x: 1, y: 1 },
      { x: 2, y: 0.5 },
      { x: 4, y: 0.25 }
    ])
    expect(lines[2].points).toEqual([
      { x: 1, y: 1.5 },
      { x: 2, y: 0.75 },
      { x: 4, y: 0.375 }
    ])
    expect(lines[3]).toEqual({
      label: 'run 2',
      points: [{ x: 1, y: 1.5 }],
      color: '#123456',
      dashed: true
    })
  })

  it('builds the accuracy chart without batch costs, and without validation when the run has none', () => {
    const epochs = [{ ...epoch(1), valAccuracy: null, valLoss: null }]
    const lines = metricsChartSeries(
      { epochs, metric: 'accuracy', batchLosses: [{ step: 1, loss: 1 }], batchesPerEpoch: 1 },
      LABELS
    )
    expect(lines).toEqual([
      { label: 'Train', points: [{ x: 1, y: 0.5 }], color: SERIES_COLORS.train }
    ])
  })

  it('calls batch costs sparse below three per epoch', () => {
    expect(
      isSparse([
        { x: 0.1, y: 1 },
        { x: 10, y: 1 }
      ])
    ).toBe(true)
    const dense = Array.from({ length: 31 }, (_, index) => ({ x: index / 3, y: 1 }))
    expect(isSparse(dense)).toBe(false)
  })
})

describe('value formats', () => {
  it('shows tooltip values to 4 significant digits, accuracy as a percentage', () => {
    expect(formatMetric(0.123456, 'loss')).toBe('0.1235')
    expect(formatMetric(1234.5, 'loss')).toBe('1235')
    expect(formatMetric(0.000012346, 'loss')).toBe('0.00001235')
    expect(formatMetric(0.97333, 'accuracy')).toBe('97.33%')
  })

  it('labels the axis briefly, and only 1, 2, 5 of each decade on a log scale', () => {
    expect(formatTick(0.5, 'accuracy')).toBe('50%')
    expect(formatTick(0.30000000000000004, 'loss')).toBe('0.3')
    expect(formatTick(0.002, 'loss', true)).toBe('0.002')
    expect(formatTick(0.05, 'loss', true)).toBe('0.05')
    expect(formatTick(0.3, 'loss', true)).toBe('')
  })

  it('labels only powers of ten on a log axis of many decades, at most eight of them', () => {
    expect(formatTick(0.02, 'loss', true, 5)).toBe('')
    expect(formatTick(0.01, 'loss', true, 5)).toBe('0.01')
    // 18 decades: every third power of ten (1e-15, 1e-12, …, 1).
    expect(formatTick(1e-15, 'loss', true, 18)).toBe('1e-15')
    expect(formatTick(1e-14, 'loss', true, 18)).toBe('')
    expect(formatTick(1, 'loss', true, 18)).toBe('1')
  })

  it('writes whole epochs as they are and batch positions to two decimals', () => {
    expect(formatEpoch(12)).toBe('12')
    expect(formatEpoch(12.3456)).toBe('12.35')
  })
})
