import { statSync } from 'node:fs'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { UserError } from '../../../shared/errors'
import { importCsv } from './csv/csv-importer'
import type { DatasetFiles } from './dataset-files'
import type { ImportControl, ImportedDataset, ImportOptions } from './imported-dataset'
import { importKeyOf } from './import-key'

/** Importers for sources other than CSV (image folders, IDX files), plugged in by kind. */
export type SourceImporter = (
  path: string,
  options: ImportOptions,
  control: ImportControl
) => Promise<ImportedDataset>

/** The result of an import: the stored dataset, and whether an earlier import was reused. */
export interface ImportResult {
  dataset: DatasetSummary
  reused: boolean
}

/** True when `path` is named like an IDX file (`…-idx3-ubyte`, optionally gzipped). */
function isIdxFile(path: string): boolean {
  return /idx\d-ubyte(\.gz)?$/i.test(path)
}

/**
 * Imports any supported source into the store: a folder (class subfolders of images, or IDX
 * pairs), an IDX images file, or else a CSV/TSV text file. The same content imported with the same options again returns the
 * dataset stored the first time.
 */
export class ImportService {
  constructor(
    private readonly datasets: DatasetFiles,
    private readonly importImages: SourceImporter
  ) {}

  async importPath(
    path: string,
    options: ImportOptions = {},
    control: ImportControl = {}
  ): Promise<ImportResult> {
    const imported = await this.read(path, options, control)
    return this.store(imported, options)
  }

  /** Stores an in-memory dataset (e.g. a generated one), reusing an identical earlier one. */
  store(imported: ImportedDataset, options: ImportOptions = {}): ImportResult {
    const importKey = importKeyOf(imported, options)
    const existing = this.datasets.findExisting(importKey)
    if (existing) return { dataset: existing, reused: true }
    return { dataset: this.datasets.save(imported, importKey), reused: false }
  }

  private async read(
    path: string,
    options: ImportOptions,
    control: ImportControl
  ): Promise<ImportedDataset> {
    let isFolder: boolean
    try {
      isFolder = statSync(path).isDirectory()
    } catch {
      throw new UserError(`${path}: no such file or folder`)
    }
    if (isFolder || isIdxFile(path)) return this.importImages(path, options, control)
    return importCsv(path, options, control)
  }
}
