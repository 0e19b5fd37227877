import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { userError } from '../../../shared/errors'
import type { NewDataset } from '../../db/dataset-repo'
import type { LabDatabase } from '../../db/lab-database'
import type { StoredValues } from '../../engine/data-rows'
import {
  describeDataset,
  DESCRIPTION_FILE,
  removePartialFolders,
  restoreFolders,
  unregisteredFolders,
  unusedDatasetId,
  type UnregisteredFolder
} from './dataset-folders'
import type { ImportedDataset } from './imported-dataset'
import type { ShapingOptions } from '../../../shared/model/import'
import { optionsOfImportKey } from './import-key'
import { officialTestOf } from './official-test'
import { auditDataset, classCounts, featureStatistics } from './statistics'
import {
  bytesOf,
  findStoredFile,
  readInt32,
  readStoredValues,
  readTestFrom,
  storedTypeOf,
  type DatasetPaths
} from '../../dataset-arrays/stored-arrays'

/** A stored dataset loaded back into memory. */
export interface LoadedDataset {
  summary: DatasetSummary
  features: StoredValues
  labels: Int32Array | null
  targets: Float64Array | Float32Array | null
  /** The first row of the source's own test set, or null (see DatasetPaths.split). */
  testFrom: number | null
}

/** The file that keeps a dataset's own test set (IDX train + t10k). */
const SPLIT_FILE = 'split.json'

/**
 * Keeps datasets: arrays as binary files under `<home>/datasets/<id>/`, metadata in SQLite and,
 * as `dataset.json`, in the folder too. Files are written to a `.partial` folder and renamed
 * before the row is inserted, so an interrupted save leaves nothing that looks like a dataset
 * (`removeOrphans` cleans it up). A finished folder the database does not list is never removed:
 * it can be registered again (see dataset-folders.ts).
 */
export class DatasetFiles {
  constructor(
    private readonly db: LabDatabase,
    private readonly folder: string
  ) {}

  /** The stored dataset imported from the same content with the same options, if any. */
  findExisting(importKey: string): DatasetSummary | undefined {
    return this.db.datasets.findByImportKey(importKey)
  }

  /** Stores an imported dataset under a new id and returns its summary. */
  save(imported: ImportedDataset, importKey: string): DatasetSummary {
    const id = unusedDatasetId(this.db, this.folder)
    const record = datasetRecord(imported, importKey)
    const createdAt = new Date().toISOString()
    const partial = join(this.folder, `${id}.partial`)
    mkdirSync(partial, { recursive: true })
    try {
      const featureFile = `features.${storedTypeOf(imported.features)}`
      writeFileSync(join(partial, featureFile), bytesOf(imported.features))
      if (imported.labels) writeFileSync(join(partial, 'labels.i32'), bytesOf(imported.labels))
      if (imported.targets) writeFileSync(join(partial, 'targets.f64'), bytesOf(imported.targets))
      const rows = imported.rowSources
        ? { rowSources: imported.rowSources }
        : { rowLines: Array.from(imported.rowLines ?? []) }
      writeFileSync(join(partial, 'rows.json'), JSON.stringify(rows))
      if (imported.testFrom !== undefined)
        writeFileSync(join(partial, SPLIT_FILE), JSON.stringify({ testFrom: imported.testFrom }))
      writeFileSync(join(partial, DESCRIPTION_FILE), describeDataset(record, createdAt))
      renameSync(partial, join(this.folder, id))
    } catch (error) {
      rmSync(partial, { recursive: true, force: true })
      throw error
    }
    return this.db.datasets.insert(record, id, createdAt)
  }

  /**
   * Paths of a dataset's arrays. A missing feature file is named as its kind writes it, so that
   * reading it fails naming the file that should be there.
   */
  files(id: string): DatasetPaths {
    const folder = join(this.folder, id)
    const labels = join(folder, 'labels.i32')
    const kind = this.db.datasets.get(id)?.kind
    const features =
      findStoredFile(folder, 'features') ??
      join(folder, kind === 'images' || kind === 'idx' ? 'features.u8' : 'features.f64')
    const split = join(folder, SPLIT_FILE)
    return {
      features,
      labels: existsSync(labels) ? labels : null,
      targets: findStoredFile(folder, 'targets'),
      rows: join(folder, 'rows.json'),
      split: existsSync(split) ? split : null
    }
  }

  /** The summary of a dataset, or a UserError naming the unknown id. */
  summary(id: string): DatasetSummary {
    const summary = this.find(id)
    if (!summary) throw userError('data.noDataset', { id })
    return summary
  }

  /** A stored dataset's summary, or undefined (see `summary` for the checked read). */
  find(id: string): DatasetSummary | undefined {
    const summary = this.db.datasets.get(id)
    return summary && this.withOfficialTest(summary)
  }

  /** Every stored dataset, in id order. */
  list(): DatasetSummary[] {
    return this.db.datasets.list().map((summary) => this.withOfficialTest(summary))
  }

  /** The summary with the dataset's own test rows, when it has them (IDX train + t10k). */
  private withOfficialTest(summary: DatasetSummary): DatasetSummary {
    const officialTest = officialTestOf(summary, this.files(summary.datasetId))
    return officialTest ? { ...summary, officialTest } : summary
  }

  /** Renames a stored dataset (the name is what lists show; the files keep their id). */
  rename(id: string, name: string): void {
    this.summary(id)
    this.db.datasets.rename(id, name)
  }

  /** The shaping options a dataset was imported with (its columns can be chosen again). */
  importOptions(id: string): ShapingOptions {
    this.summary(id)
    return optionsOfImportKey(this.db.datasets.importKey(id) ?? '::{}')
  }

  /** True when `path` is the source some stored dataset was imported from. */
  hasSource(path: string): boolean {
    return this.db.datasets.hasSource(path)
  }

  /** Reads a dataset's arrays back. */
  load(id: string): LoadedDataset {
    const summary = this.summary(id)
    const files = this.files(id)
    return {
      summary,
      features: readStoredValues(files.features),
      labels: files.labels ? readInt32(files.labels) : null,
      targets: files.targets
        ? (readStoredValues(files.targets) as Float64Array | Float32Array)
        : null,
      testFrom: readTestFrom(files)
    }
  }

  /** Where each row came from: image paths or CSV lines. */
  rowOrigins(id: string): { rowSources?: string[]; rowLines?: number[] } {
    return JSON.parse(readFileSync(this.files(id).rows, 'utf8'))
  }

  /**
   * Names a dataset's classes anew: as many names as classes, in label order, each used once.
   * Runs started afterwards carry the new names into their model files and exports; the folder's
   * own description is updated too, so a restored dataset keeps them.
   */
  renameClasses(id: string, classes: readonly string[]): DatasetSummary {
    const summary = this.summary(id)
    const names = classes.map((name) => name.trim())
    if (!summary.classes) throw userError('classes.regression', { dataset: id })
    if (names.length !== summary.classes.length)
      throw userError('classes.count', {
        dataset: id,
        classes: summary.classes.length,
        names: names.length
      })
    const blank = names.findIndex((name) => name === '')
    if (blank >= 0) throw userError('classes.empty', { index: blank })
    const repeated = names.find((name, index) => names.indexOf(name) !== index)
    if (repeated !== undefined) throw userError('classes.repeated', { name: repeated })
    this.db.datasets.renameClasses(id, names)
    const description = join(this.folder, id, DESCRIPTION_FILE)
    if (existsSync(description)) {
      const described = JSON.parse(readFileSync(description, 'utf8')) as Record<string, unknown>
      writeFileSync(description, JSON.stringify({ ...described, classes: names }))
    }
    return this.summary(id)
  }

  /** Deletes a dataset's row and files. */
  delete(id: string): void {
    this.db.datasets.delete(id)
    rmSync(join(this.folder, id), { recursive: true, force: true })
  }

  /**
   * Removes leftovers of imports that never finished (`.partial` folders, only old ones: another
   * process may be saving right now). Finished folders are never removed here.
   */
  removeOrphans(): void {
    removePartialFolders(this.folder)
  }

  /** Finished dataset folders the database does not list (it was emptied or replaced). */
  unregistered(): UnregisteredFolder[] {
    return unregisteredFolders(this.db, this.folder)
  }

  /** Registers described folders again (all, or those named); returns them. */
  restore(folderIds?: readonly string[]): DatasetSummary[] {
    return restoreFolders(this.db, this.folder, folderIds)
  }
}

function datasetRecord(imported: ImportedDataset, importKey: string): NewDataset {
  const statistics = featureStatistics(imported.features, imported.rows, imported.featureCount)
  return {
    name: imported.name,
    kind: imported.kind,
    source: imported.source,
    rows: imported.rows,
    features: imported.featureCount,
    inputShape: imported.inputShape,
    featureNames: imported.featureNames,
    classes: imported.classes,
    classCounts:
      imported.labels && imported.classes
        ? classCounts(imported.labels, imported.classes.length)
        : null,
    targets: imported.targetNames,
    contentHash: imported.contentHash,
    importKey,
    statistics,
    audit: auditDataset(
      imported.features,
      imported.rows,
      imported.featureCount,
      imported.labels,
      imported.featureNames,
      statistics
    ),
    skipped: imported.skipped,
    notes: imported.notes
  }
}
