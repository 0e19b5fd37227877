import { describe, expect, it } from 'vitest'
import { thinEvenly } from '../../src/shared/series'

describe('thinning a series', () => {
  it('keeps a short series as it is', () => {
    const items = [1, 2, 3]
    expect(thinEvenly(items, 3)).toBe(items)
  })

  it('keeps `count` evenly spaced items, ending with the last', () => {
    const items = Array.from({ length: 10 }, (_, index) => index + 1)
    // A stride of 2.5: items 2.5, 5, 7.5, 10 rounded to 3, 5, 8, 10.
    expect(thinEvenly(items, 4)).toEqual([3, 5, 8, 10])
    expect(thinEvenly(items, 1)).toEqual([10])
  })
})
