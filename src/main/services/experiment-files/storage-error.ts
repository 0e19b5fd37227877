import { isUserError, userError } from '../../../shared/errors'
import type { StorageFault } from '../../../shared/message-tables/machine-faults'

/** Faults of the machine while writing or reading a file, as one line naming it. */
const MACHINE_FAULTS: Record<string, StorageFault> = {
  ENOSPC: 'full',
  EDQUOT: 'quota',
  EROFS: 'readOnly',
  EACCES: 'permission',
  EPERM: 'permission',
  SQLITE_FULL: 'full',
  SQLITE_READONLY: 'readOnly',
  SQLITE_CANTOPEN: 'cannotOpen'
}

/**
 * A user mistake or machine fault as a UserError naming `file`; a cancel (AbortError) and a
 * UserError pass through; anything else is a bug and passes through too.
 */
export function storageError(error: unknown, file: string): unknown {
  if (isUserError(error) || (error instanceof Error && error.name === 'AbortError')) return error
  const code = (error as { code?: string }).code
  const fault = code ? MACHINE_FAULTS[code] : undefined
  return fault ? userError('fault.storage', { file, fault }) : error
}
