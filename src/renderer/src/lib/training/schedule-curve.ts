import { learningRateAt, type LearningRateSchedule } from '@shared/model/lr-schedule'

/** The most points the curve is drawn with (a run of a million epochs is sampled). */
const MAX_POINTS = 240

/** The schedule drawn before training: an SVG path and the figures to label it with. */
export interface ScheduleCurve {
  /** `M x y L x y …` in a box of `width` × `height`, the rate's axis from 0 up to `peak`. */
  path: string
  /** The highest rate and the last epoch's rate. */
  peak: number
  last: number
  epochs: number
}

/**
 * η_e for e = 1 … epochs (sampled evenly when there are more epochs than points), scaled so the
 * highest rate touches the top and 0 the bottom: a warm-up rises from the left, a decay falls.
 */
export function scheduleCurve(
  schedule: LearningRateSchedule,
  learningRate: number,
  epochs: number,
  width: number,
  height: number
): ScheduleCurve {
  const count = Math.min(Math.max(1, epochs), MAX_POINTS)
  const sampled = Array.from({ length: count }, (_, index) =>
    count === 1 ? 1 : 1 + Math.round((index * (epochs - 1)) / (count - 1))
  )
  const rates = sampled.map((epoch) => learningRateAt(schedule, learningRate, epoch, epochs))
  const peak = Math.max(...rates)
  const x = (index: number) => (count === 1 ? width / 2 : (index * width) / (count - 1))
  const y = (rate: number) => (peak > 0 ? height - (rate / peak) * height : height)
  const path = rates
    .map((rate, index) => `${index === 0 ? 'M' : 'L'}${round(x(index))} ${round(y(rate))}`)
    .join(' ')
  return { path, peak, last: rates.at(-1)!, epochs }
}

const round = (value: number) => Math.round(value * 100) / 100

/** Which schedule number no longer fits the run (a later change of epochs or rate), or null. */
export function scheduleIssue(
  schedule: LearningRateSchedule,
  learningRate: number,
  epochs: number
): 'warmup' | 'minRate' | null {
  if (schedule.warmupEpochs >= epochs) return 'warmup'
  if (schedule.kind === 'cosine' && !(schedule.minLearningRate < learningRate)) return 'minRate'
  return null
}
