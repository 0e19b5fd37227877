import { openLabStore, type LabStore } from './db/lab-store'
import { resolveHome, type LabHome } from './home'
import { DatasetStore } from './services/datasets/dataset-store'
import { ImportService, type SourceImporter } from './services/datasets/import-service'
import { createThreadSpawner, type EngineSpawner } from './services/training/engine-host'
import { markInterruptedRuns } from './services/training/run-recovery'
import { TrainingService } from './services/training/training-service'

/** The lab's services over one home folder: what the CLI, browser mode and the app all use. */
export interface Lab {
  home: LabHome
  store: LabStore
  datasets: DatasetStore
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
  const home = resolveHome(options.home)
  const store = openLabStore(home.database)
  const datasets = new DatasetStore(store, home.datasets)
  markInterruptedRuns(store)
  datasets.removeOrphans()
  // The image decoder (sharp) is loaded only when an image folder or IDX file is imported.
  const importImages: SourceImporter =
    options.importImages ??
    (async (...args) =>
      (await import('./services/datasets/image-source')).importImageSource(...args))
  return {
    home,
    store,
    datasets,
    imports: new ImportService(datasets, importImages),
    training: new TrainingService(store, datasets, options.spawnEngine ?? createThreadSpawner()),
    close: () => store.close()
  }
}
