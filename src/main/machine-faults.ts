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
  const code = faultCode(error)
  if (!code) return null
  const path = (error as { path?: unknown }).path
  const where = typeof path === 'string' ? path : file
  return userError('fault.machine', { ...(where ? { file: where } : {}), code })
}

/**
 * A fault met while writing into a folder the user chose (an export's), naming that folder
 * (not the hidden one written first; Node's write errors name no path at all) with what to do
 * there; null for anything else.
 */
export function chosenFolderFault(error: unknown, folder: string): UserError | null {
  const code = faultCode(error)
  return code ? userError('fault.chosenFolder', { folder, code }) : null
}

/**
 * A fault met while writing or reading an experiment file the user named, as that file's
 * fault (`lesson.bplab: the folder is read-only`), or as in the lab's home where the table
 * gives it no word of its own; null for anything else.
 */
export function experimentFileFault(error: unknown, file: string): UserError | null {
  const code = faultCode(error)
  if (!code) return null
  const fault = MACHINE_FAULTS[code].storage
  return fault ? userError('fault.storage', { file, fault }) : machineFault(error, file)
}

/** The code of a machine fault the table knows, or undefined. */
function faultCode(error: unknown): MachineFaultCode | undefined {
  const code = codeOf(error)
  return code !== undefined && Object.hasOwn(MACHINE_FAULTS, code)
    ? (code as MachineFaultCode)
    : undefined
}

/** True for a full disk or a used-up quota, by Node's code or SQLite's. */
export function isDiskFull(error: unknown): boolean {
  const code = faultCode(error)
  const fault = code && MACHINE_FAULTS[code].storage
  return fault === 'full' || fault === 'quota'
}
