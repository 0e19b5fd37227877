import type { ImportedDataset } from './imported-dataset'

/**
 * What the user sees of a path: the name they gave, never where the lab keeps a copy. In
 * browser mode a dropped file is uploaded to `<home>/uploads/<uuid>/<its name>`; messages,
 * skipped items and notes name `<its name>` instead.
 */
export type ShownPaths = (text: string) => string

/** Shows every path unchanged (the CLI, and the desktop app: the user's own paths). */
export const SAME_PATHS: ShownPaths = (text) => text

/** True for a name made by the lab rather than the user (an upload folder's random id). */
export function isMadeUpName(name: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(name)
}

/** The dataset with every file named as the user knows it (in skipped items and notes). */
export function showPathsIn(imported: ImportedDataset, shown: ShownPaths): ImportedDataset {
  if (shown === SAME_PATHS) return imported
  return {
    ...imported,
    skipped: imported.skipped.map((item) => ({ ...item, file: shown(item.file) })),
    notes: imported.notes.map(shown)
  }
}
