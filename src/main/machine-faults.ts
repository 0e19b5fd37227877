import { userError, type UserError } from '../shared/errors'
import { MACHINE_FAULTS, type MachineFaultCode } from '../shared/message-tables/machine-faults'

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
  const path = (error as { path?: unknown } | null)?.path
  return machineFaultAt(error, typeof path === 'string' ? path : file)
}

/**
 * The same, naming `file` whatever path the error names (an export names its folder, not the
 * hidden one it writes first); Node's write errors name no path at all.
 */
export function machineFaultAt(error: unknown, file: string | undefined): UserError | null {
  const code = codeOf(error)
  if (code === undefined || !Object.hasOwn(MACHINE_FAULTS, code)) return null
  return userError('fault.machine', {
    ...(file ? { file } : {}),
    code: code as MachineFaultCode
  })
}

/** True for a full disk, by Node's code or SQLite's. */
export function isDiskFull(error: unknown): boolean {
  const code = codeOf(error)
  return code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT'
}
