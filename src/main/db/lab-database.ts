import { CheckpointRepo } from './checkpoint-repo'
import { openDatabase, type SqliteConnection } from './connection'
import { DatasetRepo } from './dataset-repo'
import { ExperimentRepo } from './experiment-repo'
import { InternalsRepo } from './internals-repo'
import { MetricsRepo } from './metrics-repo'
import { RunRepo } from './run-repo'
import { SettingsRepo } from './settings-repo'
import { TaskRepo } from './task-repo'

/** The lab's SQLite database: its connection and one repository per table group, opened together. */
export interface LabDatabase {
  connection: SqliteConnection
  datasets: DatasetRepo
  experiments: ExperimentRepo
  runs: RunRepo
  /** Each run's per-epoch numbers and per-batch losses. */
  metrics: MetricsRepo
  checkpoints: CheckpointRepo
  /** Per-epoch gradient norms and weight histograms of each layer. */
  internals: InternalsRepo
  settings: SettingsRepo
  /** Teachers' tasks on experiments opened from packs. */
  tasks: TaskRepo
  /** Runs `work` in one immediate transaction (all of it or nothing). */
  transaction<T>(work: () => T): T
  close(): void
}

/** Opens the lab's database file and builds its repositories. */
export function openLabDatabase(file: string): LabDatabase {
  const database = openDatabase(file)
  return {
    connection: database,
    datasets: new DatasetRepo(database),
    experiments: new ExperimentRepo(database),
    runs: new RunRepo(database),
    metrics: new MetricsRepo(database),
    checkpoints: new CheckpointRepo(database),
    internals: new InternalsRepo(database),
    settings: new SettingsRepo(database),
    tasks: new TaskRepo(database),
    transaction: (work) => database.transaction(work).immediate(),
    close: () => database.close()
  }
}
