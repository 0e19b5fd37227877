import { describe, expect, it } from 'vitest'
import {
  learningRateAt,
  learningRateCurve,
  scheduleProblem,
  type LearningRateSchedule
} from '../../src/shared/model/lr-schedule'
import { runTorchPeer } from './support/torch-peer'
import { textOf } from '../../src/shared/messages'

/** A schedule's problem in English, or null. */
const scheduleText = (...args: Parameters<typeof scheduleProblem>): string | null => {
  const problem = scheduleProblem(...args)
  return problem && textOf(problem)
}

/** η = 0.1 throughout. */
const ETA = 0.1

describe('learning-rate schedules, against hand-computed rates', () => {
  it('constant: η every epoch', () => {
    expect(learningRateCurve({ kind: 'constant', warmupEpochs: 0 }, ETA, 4)).toEqual([
      0.1, 0.1, 0.1, 0.1
    ])
  })

  it('step: halved every 3 epochs (η, η, η, η/2, η/2, η/2, η/4)', () => {
    const schedule: LearningRateSchedule = {
      kind: 'step',
      stepEpochs: 3,
      gamma: 0.5,
      warmupEpochs: 0
    }
    expect(learningRateCurve(schedule, ETA, 7)).toEqual([0.1, 0.1, 0.1, 0.05, 0.05, 0.05, 0.025])
  })

  it('exponential: η·0.9^(e−1)', () => {
    const curve = learningRateCurve({ kind: 'exponential', gamma: 0.9, warmupEpochs: 0 }, ETA, 3)
    expect(curve[0]).toBe(0.1)
    expect(curve[1]).toBeCloseTo(0.09, 15)
    expect(curve[2]).toBeCloseTo(0.081, 15)
  })

  it('cosine over 4 epochs to 0: η, η(1 + cos π/4)/2, η/2, η(1 + cos 3π/4)/2', () => {
    const curve = learningRateCurve({ kind: 'cosine', minLearningRate: 0, warmupEpochs: 0 }, ETA, 4)
    const half = Math.SQRT1_2
    expect(curve[0]).toBe(0.1)
    expect(curve[1]).toBeCloseTo((0.1 * (1 + half)) / 2, 15)
    expect(curve[2]).toBeCloseTo(0.05, 15)
    expect(curve[3]).toBeCloseTo((0.1 * (1 - half)) / 2, 15)
  })

  it('a warm-up of 3 epochs rises η/4, η/2, 3η/4, then the schedule starts at η', () => {
    const schedule: LearningRateSchedule = {
      kind: 'cosine',
      minLearningRate: 0.01,
      warmupEpochs: 3
    }
    const curve = learningRateCurve(schedule, ETA, 10)
    ;[0.025, 0.05, 0.075, 0.1].forEach((rate, index) => expect(curve[index]).toBeCloseTo(rate, 15))
    // the cosine's T is the 7 epochs after the warm-up: epoch 5 is k = 1
    expect(curve[4]).toBeCloseTo(0.01 + (0.09 * (1 + Math.cos(Math.PI / 7))) / 2, 15)
    expect(learningRateAt(schedule, ETA, 10, 10)).toBeCloseTo(
      0.01 + (0.09 * (1 + Math.cos((6 * Math.PI) / 7))) / 2,
      15
    )
  })

  it('says what is wrong with a schedule that cannot run', () => {
    expect(scheduleText({ kind: 'constant', warmupEpochs: 5 }, ETA, 5)).toMatch(
      /warm-up \(5 epochs\) must be shorter than the run \(5 epochs\)/
    )
    expect(
      scheduleText({ kind: 'step', stepEpochs: 0, gamma: 0.5, warmupEpochs: 0 }, ETA, 9)
    ).toMatch(/step must be a whole number of epochs from 1, got 0/)
    expect(scheduleText({ kind: 'exponential', gamma: 1.5, warmupEpochs: 0 }, ETA, 9)).toMatch(
      /γ must be in \(0, 1\], got 1.5/
    )
    expect(scheduleText({ kind: 'cosine', minLearningRate: 0.2, warmupEpochs: 0 }, ETA, 9)).toMatch(
      /lowest rate must be from 0 up to below the learning rate 0.1, got 0.2/
    )
    expect(
      scheduleText({ kind: 'step', stepEpochs: 4, gamma: 0.3, warmupEpochs: 2 }, ETA, 9)
    ).toBeNull()
  })
})

describe("learning-rate schedules, against PyTorch's schedulers", () => {
  const cases: { schedule: LearningRateSchedule; epochs: number }[] = [
    { schedule: { kind: 'constant', warmupEpochs: 0 }, epochs: 5 },
    { schedule: { kind: 'constant', warmupEpochs: 4 }, epochs: 8 },
    { schedule: { kind: 'step', stepEpochs: 3, gamma: 0.5, warmupEpochs: 0 }, epochs: 12 },
    { schedule: { kind: 'step', stepEpochs: 4, gamma: 0.1, warmupEpochs: 2 }, epochs: 15 },
    { schedule: { kind: 'exponential', gamma: 0.93, warmupEpochs: 0 }, epochs: 30 },
    { schedule: { kind: 'exponential', gamma: 0.8, warmupEpochs: 5 }, epochs: 20 },
    { schedule: { kind: 'cosine', minLearningRate: 0, warmupEpochs: 0 }, epochs: 50 },
    { schedule: { kind: 'cosine', minLearningRate: 0.001, warmupEpochs: 6 }, epochs: 40 }
  ]
  it('every epoch trains with the rate torch.optim.lr_scheduler gives it (to 1e-12)', () => {
    const { rates } = runTorchPeer<{ rates: number[][] }>('torch-schedulers.py', {
      learningRate: ETA,
      cases
    })
    cases.forEach(({ schedule, epochs }, index) => {
      const ours = learningRateCurve(schedule, ETA, epochs)
      expect(rates[index]).toHaveLength(epochs)
      rates[index].forEach((theirs, epoch) => {
        if (!(Math.abs(theirs - ours[epoch]) <= 1e-12 * ETA))
          expect.fail(
            `${JSON.stringify(schedule)}, epoch ${epoch + 1}: PyTorch ${theirs}, ours ${ours[epoch]}`
          )
      })
    })
  })
})
