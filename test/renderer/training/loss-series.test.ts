import { describe, expect, it } from 'vitest'
import { BatchLossSeries } from '@renderer/lib/training/loss-series'

describe('the batch-loss series', () => {
  it('keeps every point until full, then every other one, and from then on one in two', () => {
    const series = new BatchLossSeries(4)
    for (let step = 1; step <= 5; step++) series.add({ step, loss: step / 10 })
    // Five points overflow four: steps 1, 3, 5 stay and the stride doubles.
    expect(series.points.map((point) => point.step)).toEqual([1, 3, 5])
    expect(series.stride).toBe(2)
    expect(series.add({ step: 6, loss: 0.6 })).toBe(false)
    expect(series.add({ step: 7, loss: 0.7 })).toBe(true)
    expect(series.points.map((point) => point.step)).toEqual([1, 3, 5, 7])
  })

  it('never holds more than its limit, evenly spaced, however long the run', () => {
    const series = new BatchLossSeries(100)
    for (let step = 1; step <= 10_000; step++) series.add({ step, loss: 1 })
    expect(series.points.length).toBeLessThanOrEqual(100)
    const gaps = new Set(
      series.points.slice(1).map((point, index) => point.step - series.points[index].step)
    )
    expect(gaps).toEqual(new Set([series.stride]))
  })

  it('ignores costs that are not finite (a diverging run)', () => {
    const series = new BatchLossSeries(10)
    expect(series.add({ step: 1, loss: NaN })).toBe(false)
    expect(series.add({ step: 2, loss: Infinity })).toBe(false)
    expect(series.points).toEqual([])
  })

  it('puts finished epochs’ stored costs in place of the live ones they overtake, in step order', () => {
    const series = new BatchLossSeries(100)
    series.add({ step: 4, loss: 0.4 })
    series.add({ step: 9, loss: 0.9 })
    // Epoch 1 (steps 1 to 6) arrives, stored: the live step 4 and 9 costs were a sample of it.
    expect(series.addStored([1, 2, 3, 4, 5, 6].map((step) => ({ step, loss: step / 10 })))).toBe(
      true
    )
    series.add({ step: 8, loss: 0.8 })
    expect(series.points.map((point) => point.step)).toEqual([1, 2, 3, 4, 5, 6, 8])
    expect(series.addStored([])).toBe(false)
  })
})
