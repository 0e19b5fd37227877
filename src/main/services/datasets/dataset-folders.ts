import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { DatasetSummary } from '../../../shared/model/dataset'
import { nextId } from '../../db/connection'
import type { NewDataset } from '../../db/dataset-repo'
import type { LabDatabase } from '../../db/lab-database'

/**
 * Keeping dataset folders safe from the database they belong to. The database can be emptied or
 * replaced (a bad sync, an older backup restored), so a folder the database does not know is
 * never taken for garbage: ids are never given to a folder that exists, only `.partial` folders
 * (an import that never finished) are removed, and every folder carries its own description
 * (`dataset.json`) so a database that lost it can register it again.
 */

/** The description each dataset folder carries: its database row, as saved. */
export const DESCRIPTION_FILE = 'dataset.json'
/** Marks a description file, so a stray JSON file is not taken for one. */
const DESCRIPTION_FORMAT = 'backprop-lab/dataset-folder'

/** Leftover `.partial` folders younger than this may belong to an import running elsewhere now. */
export const PARTIAL_AGE_MS = 60 * 60 * 1000

/** A dataset folder the database does not list. */
export interface UnregisteredFolder {
  /** The folder's name (the id it was saved under). */
  folderId: string
  /** The description it carries, or null (a folder saved before descriptions were written). */
  dataset: (NewDataset & { createdAt: string }) | null
  /** The listed dataset imported from the same content with the same options, if any. */
  duplicateOf: string | null
}

/** A dataset's description file text. */
export function describeDataset(dataset: NewDataset, createdAt: string): string {
  return JSON.stringify({ format: DESCRIPTION_FORMAT, formatVersion: 1, createdAt, ...dataset })
}

/** A new dataset id that names no folder, finished or not (a lost database counts from d1 again). */
export function unusedDatasetId(db: LabDatabase, folder: string): string {
  for (;;) {
    const id = nextId(db.connection, 'd')
    if (!existsSync(join(folder, id)) && !existsSync(join(folder, `${id}.partial`))) return id
  }
}

/** Removes `.partial` folders older than `olderThanMs`: imports that never finished. */
export function removePartialFolders(folder: string, olderThanMs = PARTIAL_AGE_MS): void {
  const cutoff = Date.now() - olderThanMs
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry)
    if (entry.endsWith('.partial') && statSync(path).mtimeMs < cutoff)
      rmSync(path, { recursive: true, force: true })
  }
}

/** Reads a folder's description, or null when it has none that parses. */
function readDescription(path: string): UnregisteredFolder['dataset'] {
  try {
    const text = readFileSync(join(path, DESCRIPTION_FILE), 'utf8')
    const { format, formatVersion, ...dataset } = JSON.parse(text)
    return format === DESCRIPTION_FORMAT && formatVersion === 1 ? dataset : null
  } catch {
    return null
  }
}

/** The finished dataset folders the database does not list, by name. */
export function unregisteredFolders(db: LabDatabase, folder: string): UnregisteredFolder[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter(
      (entry) =>
        entry.isDirectory() && !entry.name.endsWith('.partial') && !db.datasets.get(entry.name)
    )
    .map((entry) => {
      const dataset = readDescription(join(folder, entry.name))
      const listed = dataset ? db.datasets.findByImportKey(dataset.importKey) : undefined
      return { folderId: entry.name, dataset, duplicateOf: listed?.datasetId ?? null }
    })
    .sort((a, b) => a.folderId.localeCompare(b.folderId, 'en', { numeric: true }))
}

/**
 * Registers described folders again (all, or those named), each under its own id when free,
 * else under a new one (the folder is renamed). A folder with the same import as a listed
 * dataset is left as it is. Returns the datasets registered.
 */
export function restoreFolders(
  db: LabDatabase,
  folder: string,
  folderIds?: readonly string[]
): DatasetSummary[] {
  const restored: DatasetSummary[] = []
  for (const found of unregisteredFolders(db, folder)) {
    if (!found.dataset || found.duplicateOf) continue
    if (folderIds && !folderIds.includes(found.folderId)) continue
    const { createdAt, ...dataset } = found.dataset
    let id = found.folderId
    if (!/^d\d+$/.test(id) || db.datasets.get(id)) {
      id = unusedDatasetId(db, folder)
      renameSync(join(folder, found.folderId), join(folder, id))
    }
    restored.push(db.datasets.insert(dataset, id, createdAt))
  }
  return restored
}
