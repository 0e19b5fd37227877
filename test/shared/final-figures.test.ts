import { describe, expect, it } from 'vitest'
import { finalFigures } from '../../src/shared/model/final-figures'

const last = {
  epoch: 12,
  trainLoss: 0.41,
  trainAccuracy: 0.82,
  valLoss: 0.9305,
  valAccuracy: 0.738,
  samplesPerSecond: 900
}
const evaluation = {
  train: { loss: 0.97, accuracy: 0.69, confusion: null },
  validation: { loss: 0.9765, accuracy: 0.713, confusion: null },
  test: { loss: 1.01, accuracy: 0.7, confusion: null },
  trainingSeconds: 3,
  samplesPerSecond: 900
}

describe('a run’s final figures', () => {
  it('are its last completed epoch’s training and validation figures, and the test part of its evaluation', () => {
    expect(finalFigures(last, evaluation)).toEqual({
      epoch: 12,
      trainLoss: 0.41,
      trainAccuracy: 0.82,
      valLoss: 0.9305,
      valAccuracy: 0.738,
      testLoss: 1.01,
      testAccuracy: 0.7
    })
  })

  it('are none before an epoch completes, whatever an evaluation says', () => {
    expect(Object.values(finalFigures(null, evaluation)).every((value) => value === null)).toBe(
      true
    )
  })
})
