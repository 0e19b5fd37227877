import { UserError } from '../../../shared/errors'
import type { LabMessage } from '../../../shared/messages'
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
    skipped: imported.skipped.map((item) => ({
      ...item,
      file: shown(item.file),
      reason: shown(item.reason),
      ...(item.problem ? { problem: shownMessage(item.problem, shown) } : {})
    })),
    notes: imported.notes.map((note) => shownMessage(note, shown))
  }
}

/** A message with every path in its parameters named as the user knows it. */
export function shownMessage(note: LabMessage, shown: ShownPaths): LabMessage {
  const params = Object.fromEntries(
    Object.entries(note.params).map(([key, value]) => [key, shownValue(value, shown)])
  )
  return { ...note, params } as LabMessage
}

/** The same UserError naming files as the user knows them (its text and its message's parameters). */
export function shownError(error: UserError, shown: ShownPaths): UserError {
  return new UserError(shown(error.message), error.detail && shownMessage(error.detail, shown))
}

function shownValue(value: unknown, shown: ShownPaths): unknown {
  if (typeof value === 'string') return shown(value)
  if (Array.isArray(value)) return value.map((item) => shownValue(item, shown))
  return value
}
