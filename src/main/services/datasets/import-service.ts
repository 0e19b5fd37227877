import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { UserError, userError } from '../../../shared/errors'
import { checkOptionsFit } from './option-fit'
import { tableFormatOf } from '../../../shared/model/table-formats'
import { importCsv } from './csv/csv-importer'
import { TABLE_READERS } from './tables/read-table'
import { importedTable } from './tables/table-import'
import { tableInFolder } from './tables/table-in-folder'
import type { DatasetFiles } from './dataset-files'
import { isMadeUpName, SAME_PATHS, shownError, showPathsIn, type ShownPaths } from './shown-paths'
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
export function isIdxFile(path: string): boolean {
  return /idx\d-ubyte(\.gz)?$/i.test(path)
}

/** True for a path `import` reads as images (or a folder's table), never as one table file. */
export function importsAsDataset(path: string): boolean {
  return isIdxFile(path) || (statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false)
}

/**
 * Imports any supported source into the store: a folder (class subfolders of images, or IDX
 * pairs), an IDX images file, a table in one of TABLE_FORMATS (by its name), or else a
 * CSV/TSV text file. The same content imported with the same options again returns the
 * dataset stored the first time.
 */
export class ImportService {
  constructor(
    private readonly datasets: DatasetFiles,
    private readonly importImages: SourceImporter
  ) {}

  /**
   * Imports `path`; `shown` names its files as the user knows them in messages, skipped items
   * and notes (browser mode's uploads are kept under a random folder the user never chose).
   */
  async importPath(
    path: string,
    options: ImportOptions = {},
    control: ImportControl = {},
    shown: ShownPaths = SAME_PATHS
  ): Promise<ImportResult> {
    let imported: ImportedDataset
    try {
      imported = await this.read(path, options, control)
    } catch (error) {
      if (error instanceof UserError && shown !== SAME_PATHS) throw shownError(error, shown)
      throw error
    }
    if (!options.name && isMadeUpName(imported.name))
      imported = { ...imported, name: 'dropped files' }
    return this.store(showPathsIn(imported, shown), options)
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
      throw userError('data.noSuchPath', { path })
    }
    const table = isFolder ? await tableInFolder(path) : null
    if (table) return this.read(table, options, control)
    if (isFolder || isIdxFile(path)) {
      checkOptionsFit(path, 'images', options)
      return this.importImages(path, options, control)
    }
    const format = tableFormatOf(path)
    checkOptionsFit(path, format, options)
    if (format === 'csv') return importCsv(path, options, control)
    control.signal?.throwIfAborted()
    const read = await TABLE_READERS[format](path, resolve(path), options)
    control.signal?.throwIfAborted()
    return importedTable(path, read, options)
  }
}
