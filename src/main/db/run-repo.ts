import type { ModelFile } from '../../shared/model/model-file'
import type { NetworkSpec } from '../../shared/model/network'
import type { Preprocessing } from '../../shared/model/preprocessing'
import type { EarlyStop } from '../../shared/model/early-stopping'
import type { RunConfig, RunParent, RunStatus, RunSummary } from '../../shared/model/run'
import type { TargetCheck } from '../../shared/model/task'
import { nextId, prepared, type SqliteConnection } from './connection'
import { SELECT_RUNS, toRecord, type RunRow } from './run-rows'
import { storedRunConfig } from '../../shared/model/run-defaults'
import type { LabMessage } from '../../shared/messages'
import { messageToStore } from '../../shared/stored-message'

/** A run's stored row with its JSON columns parsed. */
export interface RunRecord extends RunSummary {
  experimentId: string
  config: RunConfig
  network: NetworkSpec
  seed: number
  engineVersion: string
  dataHash: string
  preprocessing: Preprocessing | null
  model: ModelFile | null
  summary: unknown
  error: LabMessage | string | null
  pid: number | null
  heartbeatAt: string | null
  trainAccuracy: number | null
  notes: string
  tags: string[]
  /** The run and epoch a branch continued from (null: trained from the start). */
  parent: RunParent | null
  raceId: string | null
  earlyStop: EarlyStop | null
  /** Its experiment's task target, checked when the run ended (null: no task, or not ended). */
  targetCheck: TargetCheck | null
  /** Paused right now (only while `running`). */
  paused: boolean
  /** Training time so far, pauses and the gaps before a continue left out (null: stored before it was kept). */
  activeSeconds: number | null
}

/** What a new run starts with. */
export interface NewRun {
  experimentId: string
  name: string
  datasetId: string
  config: RunConfig
  network: NetworkSpec
  seed: number
  engineVersion: string
  dataHash: string
  pid: number
  parent?: RunParent | null
  raceId?: string | null
}

/** Reads and writes `runs` (each with its latest epoch's numbers from `metrics`). */
export class RunRepo {
  constructor(private readonly database: SqliteConnection) {}

  /** A fresh run id (`r1`, `r2`, …), never given twice by this database. */
  newId(): string {
    return nextId(this.database, 'r')
  }

  /** Creates a run in status `running` under a fresh id, or the one given (from `newId`). */
  insert(run: NewRun, id = this.newId()): RunRecord {
    const now = new Date().toISOString()
    this.database
      .prepare(
        `INSERT INTO runs (id, experiment_id, name, dataset_id, status, config, network, seed,
           engine_version, data_hash, pid, started_at, heartbeat_at, parent_run_id, parent_epoch,
           race_id)
         VALUES (?, ?, ?, ?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(
        id,
        run.experimentId,
        run.name,
        run.datasetId,
        JSON.stringify(run.config),
        JSON.stringify(run.network),
        run.seed,
        run.engineVersion,
        run.dataHash,
        run.pid,
        now,
        now,
        run.parent?.runId ?? null,
        run.parent?.epoch ?? null,
        run.raceId ?? null
      )
    return this.get(id)!
  }

  get(id: string): RunRecord | undefined {
    const row = this.database.prepare(`${SELECT_RUNS} WHERE runs.id = ?`).get(id) as
      RunRow | undefined
    return row && toRecord(row)
  }

  /**
   * What changes whenever a run's model may have: its status, epochs done and end time. Cheap
   * (no JSON parsed), so caches of a run's model can be checked on every call.
   */
  revision(id: string): string | undefined {
    const row = this.database
      .prepare('SELECT status, epochs_done, ended_at FROM runs WHERE id = ?')
      .get(id) as { status: RunStatus; epochs_done: number; ended_at: string | null } | undefined
    return row && `${row.status}:${row.epochs_done}:${row.ended_at ?? ''}`
  }

  /** Every run, oldest first. */
  list(): RunRecord[] {
    const rows = this.database
      .prepare(`${SELECT_RUNS} ORDER BY runs.started_at, runs.rowid`)
      .all() as RunRow[]
    return rows.map(toRecord)
  }

  /**
   * The names and settings of a dataset's runs, oldest first (for naming a new run): only those
   * two columns are read, so no run's model or summary JSON is parsed.
   */
  namesOnDataset(datasetId: string): { name: string; config: RunConfig }[] {
    const rows = this.database
      .prepare(
        'SELECT name, config FROM runs WHERE dataset_id = ? ORDER BY runs.started_at, runs.rowid'
      )
      .all(datasetId) as { name: string; config: string }[]
    return rows.map((row) => ({ name: row.name, config: storedRunConfig(JSON.parse(row.config)) }))
  }

  /** True when a stored run started from exactly this model file (`--init-model`). */
  hasInitModel(path: string): boolean {
    return (
      this.database
        .prepare("SELECT 1 FROM runs WHERE json_extract(config, '$.initModel') = ?")
        .get(path) !== undefined
    )
  }

  /** Runs still marked `running`. */
  listRunning(): RunRecord[] {
    const rows = this.database
      .prepare(`${SELECT_RUNS} WHERE runs.status = 'running'`)
      .all() as RunRow[]
    return rows.map(toRecord)
  }

  /** Marks a run as running again (resume) under this process. */
  markRunning(id: string, pid: number): void {
    this.database
      .prepare(
        `UPDATE runs SET status = 'running', pid = ?, ended_at = NULL, error = NULL, heartbeat_at = ?,
           paused = 0 WHERE id = ?`
      )
      .run(pid, new Date().toISOString(), id)
  }

  /** Records that a running run was paused or resumed, and its training time then. */
  setPaused(id: string, paused: boolean, activeSeconds: number): void {
    this.database
      .prepare('UPDATE runs SET paused = ?, active_seconds = ? WHERE id = ?')
      .run(paused ? 1 : 0, activeSeconds, id)
  }

  /** Records a run's training time so far (with each group of epochs). */
  setActiveSeconds(id: string, activeSeconds: number): void {
    prepared(this.database, 'UPDATE runs SET active_seconds = ? WHERE id = ?').run(
      activeSeconds,
      id
    )
  }

  /** Marks a running run as alive now. */
  heartbeat(id: string): void {
    this.database
      .prepare('UPDATE runs SET heartbeat_at = ? WHERE id = ?')
      .run(new Date().toISOString(), id)
  }

  /** Records the preprocessing the run computed from its training rows. */
  setPreprocessing(id: string, preprocessing: Preprocessing | null): void {
    this.database
      .prepare('UPDATE runs SET preprocessing = ? WHERE id = ?')
      .run(preprocessing ? JSON.stringify(preprocessing) : null, id)
  }

  /** Ends a run: its final status, model, evaluation summary, error, training time and early stop. */
  finish(
    id: string,
    outcome: {
      status: RunStatus
      model: ModelFile | null
      summary: unknown
      error: LabMessage | null
      activeSeconds: number
      earlyStop?: EarlyStop | null
    }
  ): void {
    this.database
      .prepare(
        `UPDATE runs SET status = ?, model = ?, summary = ?, error = ?, ended_at = ?, pid = NULL,
           paused = 0, active_seconds = ?, early_stop = ?
         WHERE id = ?`
      )
      .run(
        outcome.status,
        outcome.model ? JSON.stringify(outcome.model) : null,
        outcome.summary === undefined ? null : JSON.stringify(outcome.summary),
        outcome.error === null ? null : messageToStore(outcome.error),
        new Date().toISOString(),
        outcome.activeSeconds,
        outcome.earlyStop ? JSON.stringify(outcome.earlyStop) : null,
        id
      )
  }

  /** Records how the run did against its experiment's task target. */
  setTargetCheck(id: string, check: TargetCheck): void {
    this.database
      .prepare('UPDATE runs SET target_check = ? WHERE id = ?')
      .run(JSON.stringify(check), id)
  }

  /** The runs branched from this one. */
  children(id: string): string[] {
    return (
      this.database.prepare('SELECT id FROM runs WHERE parent_run_id = ?').all(id) as {
        id: string
      }[]
    ).map((row) => row.id)
  }

  /** Marks a run whose process died as interrupted. */
  markInterrupted(id: string, reason: LabMessage): void {
    this.database
      .prepare(
        `UPDATE runs SET status = 'interrupted', error = ?, ended_at = COALESCE(heartbeat_at, started_at),
           pid = NULL, paused = 0
         WHERE id = ? AND status = 'running'`
      )
      .run(messageToStore(reason), id)
  }

  rename(id: string, name: string): void {
    this.database.prepare('UPDATE runs SET name = ? WHERE id = ?').run(name, id)
  }

  /** Sets a run's notes and tags. */
  annotate(id: string, notes: string, tags: readonly string[]): void {
    this.database
      .prepare('UPDATE runs SET notes = ?, tags = ? WHERE id = ?')
      .run(notes, JSON.stringify(tags), id)
  }

  delete(id: string): void {
    this.database.prepare('DELETE FROM runs WHERE id = ?').run(id)
  }
}
