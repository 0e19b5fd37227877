import type { EarlyStop } from '@shared/model/early-stopping'
import {
  isAccuracy,
  type TargetCheck,
  type TargetMetric,
  type TaskTarget
} from '@shared/model/task'
import { formatMetric } from '@renderer/lib/charts/series'

/** Translates a message key with named values (vue-i18n's `t`). */
type Translate = (key: string, values?: Record<string, unknown>) => string

/** A target metric's figure as the lab writes it: accuracy in percent, loss to 4 digits. */
function figure(metric: TargetMetric, value: number): string {
  return formatMetric(value, isAccuracy(metric) ? 'accuracy' : 'loss')
}

/** Why and when a run stopped early, and whose weights its model has, in one sentence pair. */
export function earlyStopText(stop: EarlyStop, t: Translate): string {
  const watched = t(`experiments.stop.figures.${stop.monitor}`)
  const value = figure(stop.monitor, stop.bestValue)
  const stopped = t('experiments.stop.early', {
    stopped: stop.stoppedAfter,
    figure: watched,
    patience: stop.patience,
    best: stop.bestEpoch,
    value
  })
  const weights = stop.restored
    ? t('experiments.stop.restored', { best: stop.bestEpoch })
    : t('experiments.stop.lastWeights')
  return t('experiments.stop.sentences', { first: stopped, second: weights })
}

/** A teacher's target as a goal: "validation accuracy of at least 90.0%, at most 8 hidden units". */
export function targetGoalText(target: TaskTarget, t: Translate): string {
  const metric = t(`experiments.stop.figures.${target.metric}`)
  const parts = [
    t(isAccuracy(target.metric) ? 'experiments.stop.atLeast' : 'experiments.stop.atMost', {
      metric,
      value: figure(target.metric, target.value)
    })
  ]
  if (target.maxHiddenUnits !== null)
    parts.push(t('experiments.stop.maxUnits', { units: target.maxHiddenUnits }))
  if (target.maxEpochs !== null)
    parts.push(t('experiments.stop.maxEpochs', { epochs: target.maxEpochs }))
  return parts.join(t('experiments.stop.and'))
}

/** A teacher's target checked at the run's end: the goal, met or not, and what missed it. */
export function targetCheckText(check: TargetCheck, t: Translate): string {
  const { target } = check
  const metric = t(`experiments.stop.figures.${target.metric}`)
  const goal = targetGoalText(target, t)
  if (check.met) return t('experiments.stop.targetMet', { goal })
  const misses = check.misses.map((miss) =>
    t(`experiments.stop.misses.${miss}`, {
      metric,
      value: check.value === null ? '' : figure(target.metric, check.value),
      units: check.hiddenUnits,
      epochs: check.epochs
    })
  )
  return t('experiments.stop.targetMissed', {
    goal,
    misses: misses.join(t('experiments.stop.and'))
  })
}
