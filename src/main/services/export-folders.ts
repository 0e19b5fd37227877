import { randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { zipSync, type Zippable } from 'fflate'
import { safeFileName, type ExportFormat } from '../../shared/model/exports'

/** The folder under the lab's home where browser mode writes exports for download. */
const EXPORTS_FOLDER = 'exports'
const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** The name of an export's folder: the run's name and the format, e.g. `iris mlp-onnx`. */
export function exportFolderName(runName: string, format: ExportFormat, withData: boolean): string {
  return `${safeFileName(runName)}-${format}${withData ? '-with-data' : ''}`
}

/**
 * A path for a new folder `name` inside `parent` that does not exist yet (or is empty): `name`,
 * else `name-2`, `name-3`, …, so an export never mixes with earlier files.
 */
export function freshSubfolder(parent: string, name: string): string {
  for (let attempt = 1; ; attempt++) {
    const candidate = join(parent, attempt === 1 ? name : `${name}-${attempt}`)
    if (!existsSync(candidate)) return candidate
    if (statSync(candidate).isDirectory() && readdirSync(candidate).length === 0) return candidate
  }
}

/** Browser mode: a new folder for one export under the home's `exports/`, and its id. */
export function newDownloadFolder(homeRoot: string): { exportId: string; folder: string } {
  const exportId = randomUUID()
  const folder = join(homeRoot, EXPORTS_FOLDER, exportId)
  mkdirSync(folder, { recursive: true })
  return { exportId, folder }
}

/** The address the browser-mode host offers an export's zip at. */
export function downloadPath(exportId: string): string {
  return `/download/${exportId}.zip`
}

/**
 * The folder of a browser-mode export by its id, or null for anything that is not the id of an
 * existing export (the id is checked against its exact form, so no path can leave `exports/`).
 */
export function downloadFolder(homeRoot: string, exportId: string): string | null {
  if (!EXPORT_ID.test(exportId)) return null
  const folder = join(homeRoot, EXPORTS_FOLDER, exportId)
  return existsSync(folder) && statSync(folder).isDirectory() ? folder : null
}

/**
 * A zip of everything inside `folder` (the export's own subfolder with its files), entries named
 * by their path relative to `folder` with `/` separators.
 */
export function zipFolder(folder: string): Uint8Array {
  const entries: Zippable = {}
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    entries[relative(folder, path).split(/[/\\]/).join('/')] = readFileSync(path)
  }
  return zipSync(entries)
}

/** The name to offer a browser-mode download under: its one export subfolder's name. */
export function zipName(folder: string): string {
  const inside = readdirSync(folder)
  return `${inside.length === 1 ? inside[0] : basename(folder)}.zip`
}
