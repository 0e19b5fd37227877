import Database from 'better-sqlite3'
import { UserError, userError } from '../../shared/errors'
import { MIGRATIONS } from './migrations'
import type { DatabaseFault } from '../../shared/message-tables/machine-faults'

/** An open better-sqlite3 database. */
export type SqliteConnection = Database.Database

const statementCache = new WeakMap<SqliteConnection, Map<string, Database.Statement>>()

/**
 * The statement for `sql` on `database`, prepared on first use and reused after: preparing costs
 * far more than running a short insert, and a run on a tiny dataset stores thousands of epochs a
 * second.
 */
export function prepared(database: SqliteConnection, sql: string): Database.Statement {
  let statements = statementCache.get(database)
  if (!statements) statementCache.set(database, (statements = new Map()))
  let statement = statements.get(sql)
  if (!statement) statements.set(sql, (statement = database.prepare(sql)))
  return statement
}

/** How long a connection waits for another's lock before it fails, in milliseconds. */
const BUSY_TIMEOUT_MS = 5000

/**
 * Opens (creating if needed) the lab's SQLite file and brings its schema up to date. WAL lets the
 * CLI and the app read while the other writes; `busy_timeout` makes a writer wait for the other's
 * short transactions instead of failing.
 */
export function openDatabase(file: string): SqliteConnection {
  let database: SqliteConnection | null = null
  try {
    database = new Database(file)
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    switchToWal(database)
    database.pragma('synchronous = NORMAL')
    database.pragma('foreign_keys = ON')
    migrate(database)
    return database
  } catch (error) {
    database?.close()
    throw openingError(file, error)
  }
}

/**
 * PRAGMA journal_mode = WAL, tried again for as long as the busy timeout: while other connections
 * switch the same new file, SQLite answers SQLITE_BUSY at once, without waiting (four connections
 * opening a new file together under load: 4 of 240 failed within 8–19 ms).
 */
function switchToWal(database: SqliteConnection): void {
  const deadline = Date.now() + BUSY_TIMEOUT_MS
  for (;;) {
    try {
      database.pragma('journal_mode = WAL')
      return
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10)
    }
  }
}

/** What SQLite's refusal to open a file means for the user, in one line with what to do. */
const OPENING_FAULTS: Record<string, DatabaseFault> = {
  SQLITE_NOTADB: 'notDatabase',
  SQLITE_CORRUPT: 'corrupt',
  SQLITE_READONLY: 'readOnly',
  SQLITE_CANTOPEN: 'cannotOpen',
  SQLITE_FULL: 'full',
  SQLITE_BUSY: 'busy'
}

/** A user error naming the file for a database SQLite cannot open; other errors as they are. */
function openingError(file: string, error: unknown): unknown {
  if (error instanceof UserError) return error
  const code = (error as { code?: unknown }).code
  if (typeof code !== 'string') return error
  const fault =
    OPENING_FAULTS[code] ??
    OPENING_FAULTS[Object.keys(OPENING_FAULTS).find((known) => code.startsWith(`${known}_`)) ?? '']
  if (fault) return userError('fault.database', { file, fault })
  if (code.startsWith('SQLITE_IOERR')) return userError('fault.databaseIo', { file, code })
  return error
}

/**
 * Runs the migrations the file has not seen yet, one transaction each. The version is read again
 * under the write lock, so processes opening a new file together (CLI commands started at once,
 * the CLI beside the app) never run a migration twice.
 */
export function migrate(database: SqliteConnection): void {
  while (schemaVersion(database) < MIGRATIONS.length) {
    database
      .transaction(() => {
        const version = schemaVersion(database)
        if (version === MIGRATIONS.length) return
        database.exec(MIGRATIONS[version])
        database.pragma(`user_version = ${version + 1}`)
      })
      .immediate()
  }
}

/** The file's schema version (`user_version`); a version newer than this build knows is refused. */
function schemaVersion(database: SqliteConnection): number {
  const version = database.pragma('user_version', { simple: true }) as number
  if (version > MIGRATIONS.length) {
    throw userError('fault.databaseNewer', {
      file: database.name,
      version,
      known: MIGRATIONS.length
    })
  }
  return version
}

/** The next id with a prefix (`d1`, `r12`), counted in the database so concurrent writers never clash. */
export function nextId(database: SqliteConnection, prefix: string): string {
  const row = database
    .prepare(
      `INSERT INTO counters (name, value) VALUES (?, 1)
       ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value`
    )
    .get(prefix) as { value: number }
  return `${prefix}${row.value}`
}
