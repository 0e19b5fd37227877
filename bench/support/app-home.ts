import { openLab } from '../../src/main/lab'
import type { RunConfig } from '../../src/shared/model/run'
import type { EpochMetrics } from '../../src/shared/model/training'
import type { UiState } from '../../src/shared/model/app-state'

/** Runs `work` on the lab of `home`, opened through its services and closed again at once. */
async function withLab<T>(
  home: string,
  work: (lab: ReturnType<typeof openLab>) => T | Promise<T>
): Promise<T> {
  const lab = openLab({ home })
  try {
    return await work(lab)
  } finally {
    lab.close()
  }
}

/** Imports files into the home (as `backprop-lab import` does); returns their dataset ids. */
export function importInto(home: string, paths: string[]): Promise<string[]> {
  return withLab(home, async (lab) => {
    const ids: string[] = []
    for (const path of paths) ids.push((await lab.imports.importPath(path)).dataset.datasetId)
    return ids
  })
}

/** Saves the UI state the app restores when it opens. */
export function saveUiState(home: string, state: UiState): Promise<void> {
  return withLab(home, (lab) => lab.db.settings.set('ui-state', state))
}

/** The ids of the home's runs. */
export function runIds(home: string): Promise<string[]> {
  return withLab(home, (lab) => lab.db.runs.list().map((run) => run.runId))
}

/** A stored run's config and metrics. */
export function storedRun(
  home: string,
  runId: string
): Promise<{ config: RunConfig; metrics: EpochMetrics[] }> {
  return withLab(home, (lab) => {
    const run = lab.db.runs.get(runId)
    if (!run) throw new Error(`run ${runId} was not stored`)
    return { config: run.config, metrics: lab.db.metrics.epochs(runId) }
  })
}
