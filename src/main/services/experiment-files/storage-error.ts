import { isUserError, UserError } from '../../../shared/errors'

/** Faults of the machine while writing or reading a file, as one line naming it. */
const MACHINE_FAULTS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the folder is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  SQLITE_FULL: 'the disk is full',
  SQLITE_READONLY: 'the folder is read-only',
  SQLITE_CANTOPEN: 'it cannot be opened'
}

/**
 * A user mistake or machine fault as a UserError naming `file`; a cancel (AbortError) and a
 * UserError pass through; anything else is a bug and passes through too.
 */
export function storageError(error: unknown, file: string): unknown {
  if (isUserError(error) || (error instanceof Error && error.name === 'AbortError')) return error
  const code = (error as { code?: string }).code
  const fault = code ? MACHINE_FAULTS[code] : undefined
  return fault ? new UserError(`${file}: ${fault}`) : error
}
