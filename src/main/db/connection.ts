import Database from 'better-sqlite3'
import { UserError } from '../../shared/errors'
import { MIGRATIONS } from './migrations'

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

/**
 * Opens (creating if needed) the lab's SQLite file and brings its schema up to date. WAL lets the
 * CLI and the app read while the other writes; `busy_timeout` makes a writer wait for the other's
 * short transactions instead of failing.
 */
export function openDatabase(file: string): SqliteConnection {
  const database = new Database(file)
  database.pragma('busy_timeout = 5000')
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = NORMAL')
  database.pragma('foreign_keys = ON')
  try {
    migrate(database)
  } catch (error) {
    database.close()
    throw error
  }
  return database
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
    throw new UserError(
      `${database.name}: written by a newer Backprop Lab (schema version ${version}; this one knows up to ${MIGRATIONS.length}); update Backprop Lab, or use another --home folder`
    )
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
