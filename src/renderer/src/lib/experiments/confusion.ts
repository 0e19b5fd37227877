import type { RunPage } from '@shared/model/run-page'

/** A run's confusion matrix in a comparison, and the part of its split it was counted on. */
export interface RunConfusion {
  runId: string
  part: 'validation' | 'train'
  matrix: number[][]
}

/**
 * Which confusion matrices a comparison shows side by side: those of the largest group of runs
 * on the same classes (in the same order), when it has at least two runs. Runs with a matrix
 * outside that group are `leftOut`; runs without one (regression, unfinished, deleted dataset)
 * are `withoutMatrix`.
 */
export interface ConfusionComparison {
  classes: string[] | null
  shown: RunConfusion[]
  leftOut: string[]
  withoutMatrix: string[]
}

/** A run's validation confusion matrix, or its training one when it has no validation rows. */
export function runConfusion(view: RunPage): RunConfusion | null {
  const runId = view.detail.runId
  const validation = view.summary?.validation?.confusion
  if (validation) return { runId, part: 'validation', matrix: validation }
  const train = view.summary?.train?.confusion
  return train ? { runId, part: 'train', matrix: train } : null
}

/** Groups the runs' confusion matrices by their classes and picks the group to show. */
export function confusionComparison(views: readonly RunPage[]): ConfusionComparison {
  const groups = new Map<string, { classes: string[]; runs: RunConfusion[] }>()
  const withoutMatrix: string[] = []
  for (const view of views) {
    const confusion = runConfusion(view)
    if (!confusion || !view.classes) {
      withoutMatrix.push(view.detail.runId)
      continue
    }
    const key = JSON.stringify(view.classes)
    const group = groups.get(key) ?? { classes: view.classes, runs: [] }
    group.runs.push(confusion)
    groups.set(key, group)
  }
  let largest: { classes: string[]; runs: RunConfusion[] } | null = null
  for (const group of groups.values())
    if (!largest || group.runs.length > largest.runs.length) largest = group
  const chosen = largest && largest.runs.length >= 2 ? largest : null
  const leftOut = [...groups.values()]
    .filter((group) => group !== chosen)
    .flatMap((group) => group.runs.map((run) => run.runId))
  return {
    classes: chosen?.classes ?? null,
    shown: chosen?.runs ?? [],
    leftOut: views.map((view) => view.detail.runId).filter((runId) => leftOut.includes(runId)),
    withoutMatrix
  }
}
