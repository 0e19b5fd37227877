import type { RunStatus } from '../../shared/model/run'
import { storedRunConfig } from '../../shared/model/run-defaults'
import { messageFromStore } from '../../shared/stored-message'
import type { RunRecord } from './run-repo'

/** A `runs` row as SQLite returns it, with its latest epoch's numbers (SELECT_RUNS). */
export interface RunRow {
  id: string
  experiment_id: string
  name: string
  dataset_id: string | null
  status: RunStatus
  config: string
  network: string
  seed: number
  engine_version: string
  data_hash: string
  preprocessing: string | null
  epochs_done: number
  model: string | null
  summary: string | null
  error: string | null
  pid: number | null
  started_at: string
  ended_at: string | null
  heartbeat_at: string | null
  notes: string
  tags: string
  parent_run_id: string | null
  parent_epoch: number | null
  race_id: string | null
  early_stop: string | null
  target_check: string | null
  paused: number
  active_seconds: number | null
  train_loss: number | null
  train_accuracy: number | null
  val_loss: number | null
  val_accuracy: number | null
}

/** Runs with their latest epoch's numbers joined in. */
export const SELECT_RUNS = `
  SELECT runs.*, last.train_loss, last.train_accuracy, last.val_loss, last.val_accuracy
  FROM runs LEFT JOIN metrics AS last
    ON last.run_id = runs.id AND last.epoch = runs.epochs_done`

/** A run row with its JSON columns parsed (an older row's config gets today's defaults). */
export function toRecord(row: RunRow): RunRecord {
  return {
    runId: row.id,
    experimentId: row.experiment_id,
    name: row.name,
    datasetId: row.dataset_id,
    status: row.status,
    epochs: row.epochs_done,
    trainLoss: row.train_loss,
    valLoss: row.val_loss,
    valAccuracy: row.val_accuracy,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    config: storedRunConfig(JSON.parse(row.config)),
    network: JSON.parse(row.network),
    seed: row.seed,
    engineVersion: row.engine_version,
    dataHash: row.data_hash,
    preprocessing: row.preprocessing ? JSON.parse(row.preprocessing) : null,
    model: row.model ? JSON.parse(row.model) : null,
    summary: row.summary ? JSON.parse(row.summary) : null,
    error: row.error === null ? null : messageFromStore(row.error),
    pid: row.pid,
    heartbeatAt: row.heartbeat_at,
    trainAccuracy: row.train_accuracy,
    notes: row.notes,
    tags: JSON.parse(row.tags),
    parent:
      row.parent_run_id !== null && row.parent_epoch !== null
        ? { runId: row.parent_run_id, epoch: row.parent_epoch }
        : null,
    raceId: row.race_id,
    earlyStop: row.early_stop ? JSON.parse(row.early_stop) : null,
    targetCheck: row.target_check ? JSON.parse(row.target_check) : null,
    paused: row.paused === 1,
    activeSeconds: row.active_seconds
  }
}
