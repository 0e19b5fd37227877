import { join } from 'node:path'
import { openLabDatabase, type LabDatabase } from './db/lab-database'
import { resolveHome, type LabHome } from './home'
import { applyLimitOverrides } from './limit-overrides'
import { DatasetFiles } from './services/datasets/dataset-files'
import { ImportService, type SourceImporter } from './services/datasets/import-service'
import { createThreadSpawner, type EngineSpawner } from './services/training/engine-host'
import { markInterruptedRuns } from './services/training/run-recovery'
import { RunLocks } from './services/training/run-locks'
import { TrainingService } from './services/training/training-service'

/** The lab's services over one home folder: what the CLI, browser mode and the app all use. */
export interface Lab {
  home: LabHome
  db: LabDatabase
  datasets: DatasetFiles
  imports: ImportService
  training: TrainingService
  close(): void
}

/** How the lab is put together; the defaults suit the CLI, browser mode and tests. */
export interface LabOptions {
  /** `--home`; otherwise BACKPROP_LAB_HOME or the app's data folder. */
  home?: string
  /** Where the engine runs (worker thread by default; the app passes a utility-process spawner). */
  spawnEngine?: EngineSpawner
  /** Importer for image folders and IDX files (tests may replace it). */
  importImages?: SourceImporter
}

/**
 * Opens the home folder's database and builds the services. Runs that a dead process left
 * `running` are marked interrupted, and leftovers of interrupted imports are removed.
 */
export function openLab(options: LabOptions = {}): Lab {
  applyLimitOverrides()
  const home = resolveHome(options.home)
  const db = openLabDatabase(home.database)
  const datasets = new DatasetFiles(db, home.datasets)
  const locks = new RunLocks(join(home.root, 'locks'))
  markInterruptedRuns(db, locks)
  datasets.removeOrphans()
  // The image decoder (sharp) is loaded only when an image folder or IDX file is imported.
  const importImages: SourceImporter =
    options.importImages ??
    (async (...args) =>
      (await import('./services/datasets/image-source')).importImageSource(...args))
  return {
    home,
    db,
    datasets,
    imports: new ImportService(datasets, importImages),
    training: new TrainingService(
      db,
      datasets,
      options.spawnEngine ?? createThreadSpawner(),
      locks
    ),
    close: () => db.close()
  }
}
