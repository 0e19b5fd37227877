import { describe, expect, it } from 'vitest'
import { scheduleCurve, scheduleIssue } from '@renderer/lib/training/schedule-curve'

/** The curve the Training screen draws before a run, against hand-computed rates. */
describe('the learning-rate curve drawn before training', () => {
  it('step decay halves every 2 epochs: 0.1, 0.1, 0.05, 0.05 drawn from the top down', () => {
    const curve = scheduleCurve(
      { kind: 'step', stepEpochs: 2, gamma: 0.5, warmupEpochs: 0 },
      0.1,
      4,
      300,
      100
    )
    expect(curve.peak).toBe(0.1)
    expect(curve.last).toBe(0.05)
    expect(curve.path).toBe('M0 0 L100 0 L200 50 L300 50')
  })

  it('a warm-up of 1 epoch starts at η/2 and reaches η; cosine ends at its lowest rate', () => {
    const curve = scheduleCurve(
      { kind: 'cosine', minLearningRate: 0, warmupEpochs: 1 },
      0.2,
      3,
      200,
      100
    )
    // epoch 1: 0.2·1/2 = 0.1; epoch 2: k = 0, 0.2; epoch 3: k = 1 of T = 2, 0.2·(1 + cos(π/2))/2 = 0.1
    expect(curve.path).toBe('M0 50 L100 0 L200 50')
  })

  it('samples a long run at most 240 points, first and last epochs included', () => {
    const curve = scheduleCurve(
      { kind: 'exponential', gamma: 0.999, warmupEpochs: 0 },
      1,
      100_000,
      240,
      10
    )
    expect(curve.path.split(' L')).toHaveLength(240)
    expect(curve.last).toBeCloseTo(0.999 ** 99_999, 12)
  })

  it('says which number no longer fits when the epochs or the rate change later', () => {
    const cosine = { kind: 'cosine', minLearningRate: 0.05, warmupEpochs: 5 } as const
    expect(scheduleIssue(cosine, 0.1, 10)).toBeNull()
    expect(scheduleIssue(cosine, 0.1, 5)).toBe('warmup')
    expect(scheduleIssue(cosine, 0.05, 10)).toBe('minRate')
  })
})
