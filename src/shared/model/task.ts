import type { UiLocale } from './app-state'
import type { RunConfig } from './run'

/**
 * A teacher's task, carried by an experiment file (.bplab) into the learner's lab: a text in
 * each language, the settings the teacher gave (some locked), and a target checked when each of
 * the learner's runs in that experiment ends.
 */

/** Settings a teacher may lock (the learner's runs must keep the teacher's value). */
export const LOCKABLE_SETTINGS = [
  'hidden',
  'activation',
  'output',
  'loss',
  'optimizer',
  'learningRate',
  'lrSchedule',
  'momentum',
  'l1',
  'l2',
  'batchSize',
  'epochs',
  'earlyStopping',
  'seed',
  'init',
  'precision',
  'split',
  'normalize',
  'shuffle'
] as const satisfies readonly (keyof RunConfig)[]
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number]

/** Figures a target may ask for. Accuracies are fractions; a loss must come down to the value. */
export const TARGET_METRICS = ['val-accuracy', 'val-loss', 'train-accuracy', 'train-loss'] as const
export type TargetMetric = (typeof TARGET_METRICS)[number]

/** E.g. "reach 90 % validation accuracy with at most 8 hidden units". */
export interface TaskTarget {
  metric: TargetMetric
  /** At least this accuracy, or at most this loss. */
  value: number
  /** At most this many hidden units in all layers (null: any). */
  maxHiddenUnits: number | null
  /** At most this many epochs (null: any). */
  maxEpochs: number | null
}

export interface TaskText {
  en: string
  'zh-CN': string
}

/** A task as the lab keeps it (one per experiment at most). */
export interface Task {
  taskId: string
  experimentId: string
  datasetId: string | null
  /** The settings the teacher's run had (the learner starts from them). */
  config: Partial<RunConfig>
  locked: LockableSetting[]
  text: TaskText
  target: TaskTarget | null
}

/** What a teacher puts into a pack. */
export interface TaskDraft {
  /** The run whose dataset and settings the task starts from. */
  runId: string
  locked: LockableSetting[]
  text: TaskText
  target: TaskTarget | null
  /** Leave the teacher's runs out: the pack carries the data, the settings and the task only. */
  hideRuns?: boolean
}

/** Why a run missed its target. */
export type TargetMiss = 'figure' | 'no-figure' | 'hidden-units' | 'epochs'

/** A finished run measured against its task's target. */
export interface TargetCheck {
  met: boolean
  target: TaskTarget
  /** The run's figure for the target's metric (null when it has none, e.g. no validation part). */
  value: number | null
  hiddenUnits: number
  epochs: number
  misses: TargetMiss[]
}

/** Whether `metric` is an accuracy (higher is better). */
export function isAccuracy(metric: TargetMetric): boolean {
  return metric.endsWith('accuracy')
}

/** Checks a run's final figures and size against a target. */
export function checkTarget(
  target: TaskTarget,
  run: {
    figures: Record<TargetMetric, number | null>
    hiddenUnits: number
    epochs: number
  }
): TargetCheck {
  const value = run.figures[target.metric]
  const misses: TargetMiss[] = []
  if (value === null) misses.push('no-figure')
  else if (isAccuracy(target.metric) ? value < target.value : value > target.value)
    misses.push('figure')
  if (target.maxHiddenUnits !== null && run.hiddenUnits > target.maxHiddenUnits)
    misses.push('hidden-units')
  if (target.maxEpochs !== null && run.epochs > target.maxEpochs) misses.push('epochs')
  return {
    met: misses.length === 0,
    target,
    value,
    hiddenUnits: run.hiddenUnits,
    epochs: run.epochs,
    misses
  }
}

/** The task's text in a language, falling back to the other when one is empty. */
export function taskTextIn(text: TaskText, locale: UiLocale): string {
  return text[locale].trim() || text.en.trim() || text['zh-CN'].trim()
}
