import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { userError } from '../../../shared/errors'

/**
 * Who trains a run: the process holding its lock, an exclusive lock on the small file
 * `<home>/locks/<runId>.lock` taken through SQLite (fcntl on Unix, LockFileEx on Windows). The
 * operating system keeps it as long as the process lives, even stopped (SIGSTOP, a suspended
 * laptop), and drops it the moment the process dies, so "is anyone training this run?" has a
 * true answer where a pid (reused) or a heartbeat (silent while stopped) can only guess.
 *
 * Lock files are not removed when a run ends: removing a file another process may be opening
 * could let two processes each lock their own copy.
 */
export class RunLocks {
  constructor(private readonly folder: string) {}

  private file(runId: string): string {
    return join(this.folder, `${runId}.lock`)
  }

  /** Takes a run's lock for this process, or null when another process holds it. */
  acquire(runId: string): RunLock | null {
    mkdirSync(this.folder, { recursive: true })
    const connection = new Database(this.file(runId), { timeout: 0 })
    try {
      connection.exec('BEGIN EXCLUSIVE')
      return new RunLock(connection)
    } catch (error) {
      connection.close()
      if ((error as { code?: string }).code === 'SQLITE_BUSY') return null
      throw error
    }
  }

  /**
   * A new run id (from `newId`) with its lock taken; an id whose lock a process still holds
   * (from a database since lost or replaced) is passed over.
   */
  acquireNew(newId: () => string): { runId: string; lock: RunLock } {
    for (;;) {
      const runId = newId()
      const lock = this.acquire(runId)
      if (lock) return { runId, lock }
    }
  }

  /** The lock of a run to continue, or a user error: another process trains it still. */
  acquireToResume(runId: string, owner: number | null): RunLock {
    const lock = this.acquire(runId)
    if (lock) return lock
    throw userError('run.trainedElsewhere', { runId, pid: String(owner ?? '?') })
  }

  /**
   * Whether a process holds the run's lock; null when the run has no lock file (a run started by
   * a version before locks, whose liveness only its pid and heartbeat can tell).
   */
  isHeld(runId: string): boolean | null {
    if (!existsSync(this.file(runId))) return null
    const lock = this.acquire(runId)
    lock?.release()
    return lock === null
  }
}

/** A run's lock held by this process; released when the run's outcome is stored. */
export class RunLock {
  constructor(private readonly connection: Database.Database) {}

  release(): void {
    if (!this.connection.open) return
    this.connection.exec('ROLLBACK')
    this.connection.close()
  }
}
