import { join, resolve, sep } from 'node:path'
import { ValidationError } from '../../shared/validation/issues'
import type { Lab } from '../lab'

/**
 * Which files and folders a caller may have main read. The renderer is not trusted: a page that
 * could name any path would read any file through an import or a model. Every path a request
 * carries (the fields the contract marks `labPath`) passes `check` in dispatch, before its
 * handler runs.
 */
export interface PathAccess {
  /** Throws a ValidationError naming the field and the path when this caller may not use it. */
  check(field: string, path: string): void
}

/** Where a caller's paths may come from. */
export interface PathRules {
  /** Folders everything under which is allowed (bundled samples and presets, uploads, grants). */
  roots(): readonly string[]
  /** Paths the lab has recorded (a stored dataset's source, a stored run's initial model). */
  isRecorded(path: string): boolean
  /** The end of a refusal: how this host's user gives the lab a file. */
  advice: string
}

/** The same path in the form it is compared in (absolute, normalized; any case on Windows). */
export function comparable(path: string): string {
  const absolute = resolve(path)
  return process.platform === 'win32' ? absolute.toLowerCase() : absolute
}

/** True when `path` is `root` or inside it (both already comparable). */
function within(path: string, root: string): boolean {
  return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep)
}

/** A PathAccess from rules: allowed when under a root, or recorded by the lab. */
export function pathAccess(rules: PathRules): PathAccess {
  return {
    check(field, path) {
      const candidate = comparable(path)
      const allowed =
        !path.includes('\0') &&
        (rules.roots().some((root) => within(candidate, comparable(root))) ||
          rules.isRecorded(path))
      if (!allowed)
        throw new ValidationError(
          `${field}: ${path} is not a file given to the lab; ${rules.advice}`
        )
    }
  }
}

/** The bundled sample datasets and preset models, open to every caller. */
export function bundledRoots(resourcesDir: string): string[] {
  return [join(resourcesDir, 'samples'), join(resourcesDir, 'presets')]
}

/** True for a path the lab has recorded: a stored dataset's source or a stored run's initial model. */
export function recordedIn(lab: Pick<Lab, 'db'>): (path: string) => boolean {
  return (path) => lab.db.datasets.hasSource(path) || lab.db.runs.hasInitModel(path)
}
