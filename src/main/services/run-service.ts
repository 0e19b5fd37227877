import type { ModelFile } from '../../shared/model/model-file'
import type { RunReport } from '../../shared/model/exports'
import type { RunListItem, RunPage } from '../../shared/model/run-page'
import type { EpochMetrics } from '../../shared/model/training'
import { userError } from '../../shared/errors'
import type { LabDatabase } from '../db/lab-database'
import type { RunRecord } from '../db/run-repo'
import type { DatasetFiles } from './datasets/dataset-files'
import type { ExportFormat, ExportResult } from './export'
import { exportSource, type ExportSource } from './run-export'
import { runModel, runModelAt } from './run-model'
import { listRunItems, runPage } from './run-pages'
import { runReport } from './run-report'
import { storedRun } from './stored-run'

export type { RunRecord }

/**
 * The stored runs, for the front ends (IPC handlers, CLI commands): read, rename, annotate,
 * delete, and what is built from a run (its page, model, report, exports). Training itself is
 * TrainingService's. An unknown id is one UserError (see storedRun).
 */
export class RunService {
  constructor(
    private readonly db: LabDatabase,
    private readonly datasets: DatasetFiles
  ) {}

  /** Every run, oldest first (the CLI's `runs`). */
  list(): RunRecord[] {
    return this.db.runs.list()
  }

  /** Every run as the Experiments screen lists it, newest first. */
  items(): RunListItem[] {
    return listRunItems(this.db)
  }

  /** A stored run, or the UserError naming the unknown id. */
  get(runId: string): RunRecord {
    return storedRun(this.db, runId)
  }

  /** A stored run, or undefined (for calls that answer "nothing" rather than fail). */
  find(runId: string): RunRecord | undefined {
    return this.db.runs.get(runId)
  }

  /** One run with its config, curves and final evaluation. */
  page(runId: string): RunPage {
    return runPage(this.db, runId)
  }

  /** The run's epochs as stored, in order. */
  metrics(runId: string): EpochMetrics[] {
    storedRun(this.db, runId)
    return this.db.metrics.epochs(runId)
  }

  /** The epoch of the run's last checkpoint (0 when it has none): where `resume` continues. */
  lastCheckpointEpoch(runId: string): number {
    storedRun(this.db, runId)
    return this.db.checkpoints.epochs(runId).at(-1) ?? 0
  }

  rename(runId: string, name: string): void {
    storedRun(this.db, runId)
    this.db.runs.rename(runId, name)
  }

  annotate(runId: string, notes: string, tags: readonly string[]): void {
    storedRun(this.db, runId)
    this.db.runs.annotate(runId, notes, tags)
  }

  /** Deletes a run that is not training. */
  delete(runId: string): void {
    if (storedRun(this.db, runId).status === 'running')
      throw userError('run.stillTraining', { runId })
    this.db.runs.delete(runId)
  }

  /** The run's model: its final one, or its last checkpoint's weights. */
  model(runId: string): ModelFile {
    return runModel(this.db, runId)
  }

  /** The run's model at a stored epoch (its own checkpoint or its line's). */
  modelAt(runId: string, epoch: number): ModelFile {
    return runModelAt(this.db, runId, epoch)
  }

  /** The run's lab report (HTML). */
  report(runId: string): RunReport {
    return runReport(this.db, runId)
  }

  /** Exports a model file's model, or a run's with its reference rows and settings. */
  export(
    source: ExportSource,
    format: ExportFormat,
    outDir: string,
    withData: boolean
  ): Promise<ExportResult> {
    return exportSource(this.db, this.datasets, source, format, outDir, withData)
  }

  /** True when some run started from the model file at `path` (the path stays readable). */
  hasInitModel(path: string): boolean {
    return this.db.runs.hasInitModel(path)
  }
}
