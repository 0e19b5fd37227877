import type { CheckpointFacts } from '@shared/model/checkpoint-rule'
import type { EpochMetrics } from '@shared/model/training'

/** How a run page words the rule that kept its checkpoints. */
export interface CheckpointRuleText {
  /** Stored epochs (each exact to scrub to and to continue from). */
  count: number
  /** 1: every epoch is kept; else every `stride`-th, plus the last three and the best. */
  stride: number
  /** The run's budget in MB and one checkpoint's size in kB, to one decimal. */
  budgetMb: string
  eachKb: string
}

/** The facts of a run's checkpoint rule, rounded for reading. */
export function checkpointRuleText(facts: CheckpointFacts): CheckpointRuleText {
  return {
    count: facts.epochs.length,
    stride: facts.stride,
    budgetMb: String(Math.round(facts.budgetBytes / 1e5) / 10),
    eachKb: String(Math.round(facts.checkpointBytes / 100) / 10)
  }
}

/**
 * The stored epochs written briefly: runs of consecutive epochs as ranges ("0–12, 16, 20, 38–40"),
 * so the scrubber can say which epochs are exact.
 */
export function epochRanges(epochs: readonly number[]): string {
  const parts: string[] = []
  let index = 0
  while (index < epochs.length) {
    let end = index
    while (end + 1 < epochs.length && epochs[end + 1] === epochs[end] + 1) end++
    parts.push(end > index ? `${epochs[index]}–${epochs[end]}` : String(epochs[index]))
    index = end + 1
  }
  return parts.join(', ')
}

/** The metrics recorded at an epoch (none at epoch 0, the initial weights). */
export function metricsAt(
  metrics: readonly EpochMetrics[],
  epoch: number | null
): EpochMetrics | null {
  if (epoch === null) return null
  return metrics.find((row) => row.epoch === epoch) ?? null
}
