import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { UserError, userError } from '../../shared/errors'
import { formatLimit, LIMITS, limitOf, type LimitName } from '../../shared/limits'
import type { FileKind, ReadProblem } from '../../shared/message-tables/machine-faults'

/**
 * Opening files named by a user or a page: only regular files (a FIFO would freeze the lab, a
 * device like /dev/zero would fill its memory), opened without blocking so a FIFO cannot hold the
 * open either, and only up to a size limit checked before anything is read. Messages name the
 * file and never quote its contents.
 */

/** Opening never waits for a FIFO's writer (the flag does nothing to regular files). */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** One line for a failed open or read: the file and what went wrong, never its contents. */
export function readFailure(path: string, error: unknown, what: FileKind): UserError {
  return userError('read.failed', { file: path, problem: readProblem(error, what) })
}

/** Why a file could not be opened or read, by Node's error code. */
function readProblem(error: unknown, what: FileKind): ReadProblem {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return { kind: 'missing' }
  if (code === 'EISDIR') return { kind: 'folder', what }
  if (code === 'EACCES' || code === 'EPERM') return { kind: 'permission' }
  return { kind: 'other', code: code ?? (error as Error).message }
}

/** The refusal of a device, FIFO or socket named where `what` (`a model file`) was expected. */
export function notRegularFile(path: string, what: FileKind): UserError {
  return userError('read.failed', { file: path, problem: { kind: 'notRegular', what } })
}

/** Refuses what is not a regular file, or a file over `limit`. */
function checkFile(
  path: string,
  stats: { isFile(): boolean; isDirectory(): boolean; size: number },
  limit: LimitName,
  what: FileKind
): void {
  if (stats.isDirectory())
    throw userError('read.failed', { file: path, problem: { kind: 'folder', what } })
  if (!stats.isFile()) throw notRegularFile(path, what)
  if (stats.size > limitOf(limit)) {
    const problem = { kind: 'tooLarge' as const, bytes: stats.size, limit }
    throw userError('read.failed', {
      file: path,
      problem: { ...problem, bound: formatLimit(limit), env: LIMITS[limit].env }
    })
  }
}

/** Reads a whole regular file of at most `limit` bytes (`what` names it in messages: `model`). */
export function readRegularFileSync(path: string, limit: LimitName, what: FileKind): Buffer {
  let fd: number
  try {
    fd = openSync(path, OPEN_FLAGS)
  } catch (error) {
    throw readFailure(path, error, what)
  }
  try {
    const stats = fstatSync(fd)
    checkFile(path, stats, limit, what)
    const bytes = Buffer.alloc(stats.size)
    let read = 0
    while (read < bytes.length) {
      const count = readSync(fd, bytes, read, bytes.length - read, read)
      if (count === 0) break
      read += count
    }
    return bytes.subarray(0, read)
  } catch (error) {
    throw error instanceof UserError ? error : readFailure(path, error, what)
  } finally {
    closeSync(fd)
  }
}

/** Opens a regular file of at most `limit` bytes for streaming; the caller closes the handle. */
export async function openRegularFile(
  path: string,
  limit: LimitName,
  what: FileKind
): Promise<{ handle: FileHandle; size: number }> {
  let handle: FileHandle
  try {
    handle = await open(path, OPEN_FLAGS)
  } catch (error) {
    throw readFailure(path, error, what)
  }
  try {
    const stats = await handle.stat()
    checkFile(path, stats, limit, what)
    return { handle, size: stats.size }
  } catch (error) {
    await handle.close()
    throw error instanceof UserError ? error : readFailure(path, error, what)
  }
}

/** Reads a whole regular file of at most `limit` bytes, without blocking the event loop. */
export async function readRegularFile(
  path: string,
  limit: LimitName,
  what: FileKind
): Promise<Buffer> {
  const { handle } = await openRegularFile(path, limit, what)
  try {
    return await handle.readFile()
  } catch (error) {
    throw readFailure(path, error, what)
  } finally {
    await handle.close()
  }
}

/** True for the refusal of a file that is not there (`readFailure` of ENOENT). */
export function isMissingFile(error: unknown): boolean {
  const detail = error instanceof UserError ? error.detail : undefined
  return detail?.code === 'read.failed' && detail.params.problem.kind === 'missing'
}
