import { describe, expect, it } from 'vitest'
import { splitFromPercents, splitPercents } from '@renderer/lib/training/split-math'

describe('split percentages', () => {
  it('reads fractions in any scale', () => {
    expect(splitPercents([0.8, 0.2])).toEqual({ train: 80, validation: 20, test: 0 })
    expect(splitPercents([7, 2, 1])).toEqual({ train: 70, validation: 20, test: 10 })
    expect(splitPercents([1])).toEqual({ train: 100, validation: 0, test: 0 })
  })

  it('writes the CLI’s split forms', () => {
    expect(splitFromPercents(20, 0)).toEqual([0.8, 0.2])
    expect(splitFromPercents(15, 10)).toEqual([0.75, 0.15, 0.1])
    expect(splitFromPercents(0, 0)).toEqual([1])
  })
})
