import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

/** Why a folder could not be made: a part of its path is a file, or the system's error code. */
export type FolderRefusal = { file: string } | { code: string }

/**
 * Creates `folder` and its missing parents one level at a time, and returns null once it
 * exists, else why it cannot. (A recursive mkdir under /proc never returns: it spun at 100% CPU.)
 */
export function createFolder(folder: string): FolderRefusal | null {
  const missing: string[] = []
  let existing = folder
  while (!existsSync(existing) && dirname(existing) !== existing) {
    missing.unshift(existing)
    existing = dirname(existing)
  }
  if (!statSync(existing).isDirectory()) return { file: existing }
  for (const path of missing) {
    try {
      mkdirSync(path)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST' && statSync(path).isDirectory()) continue
      return { code: code ?? (error as Error).message }
    }
  }
  return null
}
