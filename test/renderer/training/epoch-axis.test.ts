import { describe, expect, it } from 'vitest'
import { epochAxisEnd, niceCeiling } from '@renderer/lib/training/epoch-axis'

describe('the epoch axis', () => {
  it.each([
    [0, 1],
    [1, 1],
    [1.2, 2],
    [3, 5],
    [5, 5],
    [7.5, 10],
    [10, 10],
    [12.5, 20],
    [999, 1000],
    [1000, 1000],
    [1001, 2000]
  ])('the nice ceiling of %s is %s', (value, nice) => {
    expect(niceCeiling(value)).toBe(nice)
  })

  it('grows with a live run, a quarter ahead of it, up to the planned epochs', () => {
    // 100,000 planned: after 3 epochs the axis ends at 5 (3 · 1.25 = 3.75 → 5), not 100,000.
    expect(epochAxisEnd(true, 100_000, 3)).toBe(5)
    expect(epochAxisEnd(true, 100_000, 850)).toBe(2000)
    expect(epochAxisEnd(true, 30, 21)).toBe(30)
    expect(epochAxisEnd(true, 30, 0)).toBe(1)
  })

  it('fits the data once the run has ended, or when the plan is unknown', () => {
    expect(epochAxisEnd(false, 100_000, 37)).toBeUndefined()
    expect(epochAxisEnd(true, undefined, 37)).toBeUndefined()
  })
})
