import { describe, expect, it } from 'vitest'
import { alignByEpoch, curvePoints, hasCurve } from '@renderer/lib/experiments/curves'
import { epoch } from './compare-fixtures'

/** Three epochs of a classifier, five of another, and two of a regression run with no validation. */
const short = [
  epoch(1, 0.9, 0.5, 1.0, 0.4),
  epoch(2, 0.6, 0.7, 0.8, 0.6),
  epoch(3, 0.4, 0.8, 0.7, 0.7)
]
const long = [
  epoch(1, 1.2, 0.3, 1.3, 0.3),
  epoch(2, 1.0, 0.4, 1.1, 0.35),
  epoch(3, 0.8, 0.55, 0.95, 0.5),
  epoch(4, 0.5, 0.7, 0.9, 0.6),
  epoch(5, 0.3, 0.85, 0.85, 0.65)
]
const regression = [epoch(1, 4.5, null, null, null), epoch(2, Number.NaN, null, null, null)]

describe('alignByEpoch', () => {
  it('puts runs of different lengths on one epoch axis, with null where a run has stopped', () => {
    expect(alignByEpoch([short, long], 'valLoss')).toEqual({
      epochs: [1, 2, 3, 4, 5],
      values: [
        [1.0, 0.8, 0.7, null, null],
        [1.3, 1.1, 0.95, 0.9, 0.85]
      ]
    })
    expect(alignByEpoch([long, short], 'trainAccuracy')).toEqual({
      epochs: [1, 2, 3, 4, 5],
      values: [
        [0.3, 0.4, 0.55, 0.7, 0.85],
        [0.5, 0.7, 0.8, null, null]
      ]
    })
  })

  it('aligns by epoch number, not by position: a run continued after a gap keeps its epochs', () => {
    const continued = [epoch(2, 0.7, 0.6, 0.75, 0.6), epoch(4, 0.5, 0.7, 0.6, 0.7)]
    expect(alignByEpoch([short, continued], 'trainLoss')).toEqual({
      epochs: [1, 2, 3, 4],
      values: [
        [0.9, 0.6, 0.4, null],
        [null, 0.7, null, 0.5]
      ]
    })
  })

  it('leaves out values that are missing or not finite', () => {
    expect(alignByEpoch([regression, short], 'trainLoss').values).toEqual([
      [4.5, null, null],
      [0.9, 0.6, 0.4]
    ])
    expect(alignByEpoch([regression], 'valLoss')).toEqual({
      epochs: [1, 2],
      values: [[null, null]]
    })
  })

  it('gives each run its points where it has values', () => {
    const aligned = alignByEpoch([short, long], 'valAccuracy')
    expect(curvePoints(aligned, 0)).toEqual([
      { x: 1, y: 0.4 },
      { x: 2, y: 0.6 },
      { x: 3, y: 0.7 }
    ])
    expect(curvePoints(aligned, 1)).toHaveLength(5)
  })
})

describe('hasCurve', () => {
  it('is true when any run has the curve', () => {
    expect(hasCurve([regression], 'trainAccuracy')).toBe(false)
    expect(hasCurve([regression], 'valLoss')).toBe(false)
    expect(hasCurve([regression], 'trainLoss')).toBe(true)
    expect(hasCurve([regression, short], 'valAccuracy')).toBe(true)
  })
})
