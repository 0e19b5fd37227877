import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { UserError } from '../../../shared/errors'
import type { NewDataset } from '../../db/dataset-repo'
import type { LabDatabase } from '../../db/lab-database'
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
import { auditDataset, classCounts, featureStatistics } from './statistics'

/** Where a stored dataset's arrays live (read directly by the training worker). */
export interface DatasetPaths {
  /** Float32 [rows × features], little-endian. */
  features: string
  /** Int32 class index per row, when the dataset has classes. */
  labels: string | null
  /** Float32 [rows × targets], for regression. */
  targets: string | null
  /** JSON: `{ rowSources }` or `{ rowLines }`. */
  rows: string
}

/** A stored dataset loaded back into memory. */
export interface LoadedDataset {
  summary: DatasetSummary
  features: Float32Array
  labels: Int32Array | null
  targets: Float32Array | null
}

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
      writeFileSync(join(partial, 'features.f32'), bytesOf(imported.features))
      if (imported.labels) writeFileSync(join(partial, 'labels.i32'), bytesOf(imported.labels))
      if (imported.targets) writeFileSync(join(partial, 'targets.f32'), bytesOf(imported.targets))
      const rows = imported.rowSources
        ? { rowSources: imported.rowSources }
        : { rowLines: Array.from(imported.rowLines ?? []) }
      writeFileSync(join(partial, 'rows.json'), JSON.stringify(rows))
      writeFileSync(join(partial, DESCRIPTION_FILE), describeDataset(record, createdAt))
      renameSync(partial, join(this.folder, id))
    } catch (error) {
      rmSync(partial, { recursive: true, force: true })
      throw error
    }
    return this.db.datasets.insert(record, id, createdAt)
  }

  /** Paths of a dataset's arrays. */
  files(id: string): DatasetPaths {
    const folder = join(this.folder, id)
    const labels = join(folder, 'labels.i32')
    const targets = join(folder, 'targets.f32')
    return {
      features: join(folder, 'features.f32'),
      labels: existsSync(labels) ? labels : null,
      targets: existsSync(targets) ? targets : null,
      rows: join(folder, 'rows.json')
    }
  }

  /** The summary of a dataset, or a UserError naming the unknown id. */
  summary(id: string): DatasetSummary {
    const summary = this.db.datasets.get(id)
    if (!summary) throw new UserError(`no dataset with id ${id} (see: backprop-lab datasets)`)
    return summary
  }

  /** Reads a dataset's arrays back. */
  load(id: string): LoadedDataset {
    const summary = this.summary(id)
    const files = this.files(id)
    return {
      summary,
      features: readFloat32(files.features),
      labels: files.labels ? readInt32(files.labels) : null,
      targets: files.targets ? readFloat32(files.targets) : null
    }
  }

  /** Where each row came from: image paths or CSV lines. */
  rowOrigins(id: string): { rowSources?: string[]; rowLines?: number[] } {
    return JSON.parse(readFileSync(this.files(id).rows, 'utf8'))
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

function bytesOf(array: Float32Array | Int32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength)
}

/** Reads a little-endian Float32 file into an aligned array. */
export function readFloat32(file: string): Float32Array {
  const bytes = readFileSync(file)
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return new Float32Array(copy.buffer)
}

/** Reads a little-endian Int32 file into an aligned array. */
export function readInt32(file: string): Int32Array {
  const bytes = readFileSync(file)
  const copy = new Uint8Array(bytes.byteLength)
  copy.set(bytes)
  return new Int32Array(copy.buffer)
}
