import type { FinalFigures } from '@shared/model/final-figures'
import type { RunEvaluationSummary } from '@shared/model/run-page'

/** The confusion matrix shown beside a run's final figures, and the part it is on. */
export interface FinalConfusion {
  part: 'validation' | 'train'
  matrix: number[][]
}

/**
 * The final evaluation's confusion matrix on the validation part, or the training part for a run
 * without validation rows. Null for regression, and when no epoch finished: a run stopped inside
 * its first epoch ends with its initial weights, so it has no final figures and the matrix of
 * untrained weights is not shown beside them either.
 */
export function finalConfusion(
  figures: FinalFigures,
  summary: RunEvaluationSummary | null
): FinalConfusion | null {
  if (figures.epoch === null) return null
  const part = summary?.validation?.confusion ? 'validation' : 'train'
  const matrix = summary?.[part]?.confusion
  return matrix ? { part, matrix } : null
}

/**
 * A run's training time in seconds, pauses left out: the time its progress showed while it
 * trained. A run stored before the lab kept that time has only its time in batches.
 */
export function trainingTime(
  seconds: number | null,
  summary: RunEvaluationSummary | null
): number | null {
  return seconds ?? summary?.trainingSeconds ?? null
}
