import type { RunSummary } from '../../shared/model/run'
import type { RunListItem, RunPage, RunEvaluationSummary } from '../../shared/model/run-page'
import { UserError } from '../../shared/errors'
import type { LabDatabase } from '../db/lab-database'
import type { RunRecord } from '../db/run-repo'
import { architectureName } from './training/network-from-config'

/**
 * A run's training time: what it stored (pauses and the gaps before a continue left out), or for
 * a run stored before that was kept, from start to end (or to now, while running).
 */
function runSeconds(run: RunRecord, now: number): number | null {
  if (run.activeSeconds !== null) return run.activeSeconds
  const start = Date.parse(run.startedAt)
  const end = run.endedAt ? Date.parse(run.endedAt) : run.status === 'running' ? now : null
  return end === null ? null : Math.max(0, (end - start) / 1000)
}

/** A run's row of `runs` (CONTRACTS.md): the CLI prints it, the screens' views start from it. */
export function runSummary(run: RunRecord): RunSummary {
  return {
    runId: run.runId,
    name: run.name,
    datasetId: run.datasetId,
    status: run.status,
    epochs: run.epochs,
    trainLoss: run.trainLoss,
    valLoss: run.valLoss,
    valAccuracy: run.valAccuracy,
    startedAt: run.startedAt,
    endedAt: run.endedAt
  }
}

/** Every run as the Experiments screen lists it, newest first. */
export function listRunItems(db: LabDatabase, now = Date.now()): RunListItem[] {
  const datasetNames = new Map(
    db.datasets.list().map((dataset) => [dataset.datasetId, dataset.name])
  )
  return db.runs
    .list()
    .reverse()
    .map((run) => ({
      ...runSummary(run),
      experimentId: run.experimentId,
      datasetName: run.datasetId ? (datasetNames.get(run.datasetId) ?? null) : null,
      architecture: architectureName(run.network),
      trainAccuracy: run.trainAccuracy,
      plannedEpochs: run.config.epochs,
      seconds: runSeconds(run, now),
      paused: run.paused,
      notes: run.notes,
      tags: run.tags
    }))
}

/** One run with its config, curves and final evaluation. */
export function runPage(db: LabDatabase, runId: string): RunPage {
  const run = db.runs.get(runId)
  if (!run) throw new UserError(`no run with id ${runId}`)
  const dataset = run.datasetId ? db.datasets.get(run.datasetId) : undefined
  return {
    detail: {
      ...runSummary(run),
      config: run.config,
      seed: run.seed,
      dataHash: run.dataHash,
      engineVersion: run.engineVersion,
      error: run.error,
      metrics: db.metrics.epochs(runId)
    },
    network: run.network,
    preprocessing: run.preprocessing,
    datasetName: dataset?.name ?? null,
    classes: dataset?.classes ?? null,
    batchLosses: db.metrics.batchLosses(runId),
    summary: (run.summary as RunEvaluationSummary | null) ?? null,
    seconds: runSeconds(run, Date.now()),
    model: run.model
  }
}
