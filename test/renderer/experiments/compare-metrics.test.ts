import { describe, expect, it } from 'vitest'
import { bestRuns, finalMetrics } from '@renderer/lib/experiments/final-metrics'
import { comparedRun, epoch } from './compare-fixtures'

describe('finalMetrics', () => {
  it('gives a stopped run its last completed epoch’s figures, as the list shows them', () => {
    // Stored before stopped runs went back to their last epoch: its evaluation was of the
    // weights part-way through the next epoch, and disagrees with the list's 73.8% / 0.9305.
    const { item, view } = comparedRun('s', {
      item: { status: 'stopped', epochs: 2, valLoss: 0.9305, valAccuracy: 0.738 },
      metrics: [epoch(1, 1.2, 0.5, 1.1, 0.6), epoch(2, 0.95, 0.7, 0.9305, 0.738)],
      view: {
        summary: {
          train: { loss: 0.97, accuracy: 0.69, confusion: null },
          validation: { loss: 0.9765, accuracy: 0.713, confusion: null },
          test: null,
          trainingSeconds: 3,
          samplesPerSecond: 900
        }
      }
    })
    const final = finalMetrics(view)
    expect({ valLoss: final.valLoss, valAccuracy: final.valAccuracy }).toEqual({
      valLoss: item.valLoss,
      valAccuracy: item.valAccuracy
    })
    expect(final).toMatchObject({ trainLoss: 0.95, trainAccuracy: 0.7, epochs: 2 })
  })

  it('takes a finished run’s figures from its last epoch, its test part from its final evaluation', () => {
    const { view } = comparedRun('a', {
      item: { seconds: 65.5 },
      metrics: [epoch(30, 0.081, 0.97, 0.1, 0.9667, 47000)],
      view: {
        summary: {
          train: { loss: 0.08, accuracy: 0.975, confusion: null },
          validation: { loss: 0.1, accuracy: 0.9667, confusion: null },
          test: { loss: 0.12, accuracy: 0.95, confusion: null },
          trainingSeconds: 41.25,
          samplesPerSecond: 48000
        }
      }
    })
    expect(finalMetrics(view)).toEqual({
      status: 'completed',
      epochs: 30,
      plannedEpochs: 30,
      trainLoss: 0.081,
      trainAccuracy: 0.97,
      valLoss: 0.1,
      valAccuracy: 0.9667,
      testLoss: 0.12,
      testAccuracy: 0.95,
      seconds: 65.5,
      trainingSeconds: 41.25,
      samplesPerSecond: 48000
    })
  })

  it('takes an unfinished run’s numbers from its last epoch, with no test part and no end', () => {
    const { view } = comparedRun('b', {
      item: { status: 'running', epochs: 2, endedAt: null },
      config: { epochs: 50 },
      metrics: [epoch(1, 0.9, 0.5, 1.0, 0.4, 900), epoch(2, 0.6, 0.7, 0.8, 0.6, 1100)],
      view: { summary: null }
    })
    expect(finalMetrics(view)).toEqual({
      status: 'running',
      epochs: 2,
      plannedEpochs: 50,
      trainLoss: 0.6,
      trainAccuracy: 0.7,
      valLoss: 0.8,
      valAccuracy: 0.6,
      testLoss: null,
      testAccuracy: null,
      seconds: null,
      trainingSeconds: null,
      samplesPerSecond: 1100
    })
  })

  it('has no numbers for a run that failed before its first epoch', () => {
    const { view } = comparedRun('c', {
      item: { status: 'failed', epochs: 0 },
      metrics: [],
      view: { summary: null }
    })
    expect(finalMetrics(view)).toMatchObject({
      trainLoss: null,
      valLoss: null,
      samplesPerSecond: null
    })
  })
})

describe('bestRuns', () => {
  it('marks the lowest loss or highest accuracy, every run that ties, none with fewer than two values', () => {
    expect(bestRuns([0.3, 0.1, 0.2], true)).toEqual([1])
    expect(bestRuns([0.9, 0.95, 0.95], false)).toEqual([1, 2])
    expect(bestRuns([null, 0.2, 0.4], true)).toEqual([1])
    expect(bestRuns([null, 0.2], true)).toEqual([])
  })
})
