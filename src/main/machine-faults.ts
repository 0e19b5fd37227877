import { UserError } from '../shared/errors'

/** A fault of the machine the user can fix: a full disk, a read-only or forbidden folder. */
interface Fault {
  what: string
  advice: string
}

/** Faults by the code Node (errno) or SQLite gives them. */
const FAULTS: Record<string, Fault> = {
  ENOSPC: { what: 'the disk is full', advice: 'free some space and try again' },
  SQLITE_FULL: { what: 'the disk is full', advice: 'free some space and try again' },
  EDQUOT: { what: 'the disk quota is used up', advice: 'free some space and try again' },
  EROFS: {
    what: 'the file system is read-only',
    advice: 'use a writable folder (--home DIR or BACKPROP_LAB_HOME)'
  },
  SQLITE_READONLY: {
    what: 'the database cannot be written (a read-only folder or file)',
    advice: 'use a writable folder (--home DIR or BACKPROP_LAB_HOME)'
  },
  EACCES: {
    what: 'permission denied',
    advice: 'use a folder this user may write (--home DIR or BACKPROP_LAB_HOME)'
  },
  EPERM: {
    what: 'operation not permitted',
    advice: 'use a folder this user may write (--home DIR or BACKPROP_LAB_HOME)'
  },
  EMFILE: { what: 'too many files are open', advice: 'close other programs and try again' },
  SQLITE_BUSY: {
    what: "the lab's database is locked by another process",
    advice: 'try again; a process stopped in the middle of a write holds it until it goes on'
  }
}

/** The code of an error from Node (`ENOSPC`) or better-sqlite3 (`SQLITE_FULL`). */
function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : undefined
}

/**
 * The one-line user error for a fault of the machine (disk full, read-only, no permission),
 * naming the file when the error does; null for anything else.
 */
export function machineFault(error: unknown, file?: string): UserError | null {
  const code = codeOf(error)
  const fault = code ? FAULTS[code] : undefined
  if (!fault) return null
  const path = (error as { path?: unknown }).path
  const where = typeof path === 'string' ? path : file
  return new UserError(`${where ? `${where}: ` : ''}${fault.what} (${code}); ${fault.advice}`)
}

/** True for a full disk, by Node's code or SQLite's. */
export function isDiskFull(error: unknown): boolean {
  const code = codeOf(error)
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT'
}
