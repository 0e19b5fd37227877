import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Uploaded files and browser-mode exports are kept this long (a week), then removed at start. */
export const STALE_AFTER_MS = 7 * 24 * 60 * 60 * 1000

/**
 * Removes the sub-folders of `root` not modified for `maxAgeMs`, except those `keep` names:
 * browser mode copies dropped files into `uploads/` and writes exports into `exports/`, and
 * nothing else would ever clean them (an upload that is a dataset's source is kept).
 */
export function removeStaleFolders(
  root: string,
  maxAgeMs = STALE_AFTER_MS,
  now = Date.now(),
  keep: (folder: string) => boolean = () => false
): void {
  if (!existsSync(root)) return
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name)
    if (now - statSync(path).mtimeMs > maxAgeMs && !keep(path))
      rmSync(path, { recursive: true, force: true })
  }
}
