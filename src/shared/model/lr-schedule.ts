import { message, type LabMessage } from '../messages'

/**
 * Learning-rate schedules: the rate η_e each epoch e = 1, 2, … trains with, from the run's rate η.
 * The same function drives the engine, the curve drawn before training, the step-through and
 * `trace`, and train.py writes it with torch.optim.lr_scheduler (StepLR, ExponentialLR,
 * CosineAnnealingLR, after a LinearLR warm-up joined by SequentialLR).
 */

export const SCHEDULE_KINDS = ['constant', 'step', 'exponential', 'cosine'] as const
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number]

/** How the rate changes from epoch to epoch (tagged on `kind`); every kind may warm up first. */
export type LearningRateSchedule =
  | { kind: 'constant'; warmupEpochs: number }
  /** η·γ^⌊k/stepEpochs⌋: multiplied by γ every `stepEpochs` epochs. */
  | { kind: 'step'; stepEpochs: number; gamma: number; warmupEpochs: number }
  /** η·γ^k: multiplied by γ every epoch. */
  | { kind: 'exponential'; gamma: number; warmupEpochs: number }
  /** η_min + (η − η_min)(1 + cos(πk/T))/2 over the T epochs after the warm-up. */
  | { kind: 'cosine'; minLearningRate: number; warmupEpochs: number }

/** The schedule of a run that sets none: the same rate every epoch. */
export const CONSTANT_SCHEDULE: LearningRateSchedule = { kind: 'constant', warmupEpochs: 0 }

/** Each kind's settings when first chosen. */
export const SCHEDULE_DEFAULTS: {
  [K in ScheduleKind]: Extract<LearningRateSchedule, { kind: K }>
} = {
  constant: { kind: 'constant', warmupEpochs: 0 },
  step: { kind: 'step', stepEpochs: 10, gamma: 0.5, warmupEpochs: 0 },
  exponential: { kind: 'exponential', gamma: 0.95, warmupEpochs: 0 },
  cosine: { kind: 'cosine', minLearningRate: 0, warmupEpochs: 0 }
}

/**
 * η_e, the rate of epoch `epoch` (1-based) of a run of `totalEpochs` with rate `learningRate`.
 * A warm-up of W epochs rises linearly, η·e/(W + 1) for e = 1 … W (PyTorch's LinearLR with
 * start_factor 1/(W + 1)); the schedule then counts k = e − W − 1 from 0, so its first epoch
 * trains with η. Cosine anneals over T = totalEpochs − W epochs (CosineAnnealingLR's T_max).
 */
export function learningRateAt(
  schedule: LearningRateSchedule,
  learningRate: number,
  epoch: number,
  totalEpochs: number
): number {
  const warmup = schedule.warmupEpochs
  if (epoch <= warmup) return (learningRate * epoch) / (warmup + 1)
  const k = epoch - warmup - 1
  switch (schedule.kind) {
    case 'constant':
      return learningRate
    case 'step':
      return learningRate * schedule.gamma ** Math.floor(k / schedule.stepEpochs)
    case 'exponential':
      return learningRate * schedule.gamma ** k
    case 'cosine': {
      const period = Math.max(1, totalEpochs - warmup)
      const low = schedule.minLearningRate
      return low + ((learningRate - low) * (1 + Math.cos((Math.PI * k) / period))) / 2
    }
  }
}

/**
 * The rate of the next step from the weights after `completedEpochs` epochs: epoch
 * completedEpochs + 1's (the last epoch's for a run that finished), as the run itself took it.
 * The step-through and `trace` use it.
 */
export function nextStepLearningRate(
  config: { lrSchedule: LearningRateSchedule; learningRate: number; epochs: number },
  completedEpochs: number
): number {
  const epoch = Math.min(Math.max(1, completedEpochs + 1), config.epochs)
  return learningRateAt(config.lrSchedule, config.learningRate, epoch, config.epochs)
}

/** η_1 … η_total, for the curve drawn before training. */
export function learningRateCurve(
  schedule: LearningRateSchedule,
  learningRate: number,
  totalEpochs: number
): number[] {
  return Array.from({ length: totalEpochs }, (_, index) =>
    learningRateAt(schedule, learningRate, index + 1, totalEpochs)
  )
}

/** What is wrong with a schedule's numbers for a run of `totalEpochs` (a message of the table), or null. */
export function scheduleProblem(
  schedule: LearningRateSchedule,
  learningRate: number,
  totalEpochs: number
): LabMessage | null {
  const warmup = schedule.warmupEpochs
  if (!Number.isInteger(warmup) || warmup < 0) return message('schedule.warmupEpochs', { warmup })
  if (warmup >= totalEpochs)
    return message('schedule.warmupTooLong', { warmup, epochs: totalEpochs })
  switch (schedule.kind) {
    case 'step':
      if (!Number.isInteger(schedule.stepEpochs) || schedule.stepEpochs < 1)
        return message('schedule.stepEpochs', { step: schedule.stepEpochs })
      return gammaProblem(schedule.gamma)
    case 'exponential':
      return gammaProblem(schedule.gamma)
    case 'cosine':
      if (!(schedule.minLearningRate >= 0) || !(schedule.minLearningRate < learningRate))
        return message('schedule.cosineLowest', { learningRate, lowest: schedule.minLearningRate })
      return null
    case 'constant':
      return null
  }
}

function gammaProblem(gamma: number): LabMessage | null {
  return gamma > 0 && gamma <= 1 ? null : message('schedule.gamma', { gamma })
}
