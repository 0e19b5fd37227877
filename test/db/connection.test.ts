import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { openLabDatabase } from '../../src/main/db/lab-database'
import { MIGRATIONS } from '../../src/main/db/migrations'
import { UserError } from '../../src/shared/errors'
import { datasetRow, newDatabaseFile } from './support/fixtures'

/** The tables ARCHITECTURE.md's persistence section calls for. */
const TABLES = ['checkpoints', 'datasets', 'experiments', 'metrics', 'runs']

/** user_version and the table names of a database file, read with a plain connection. */
function inspect(file: string): { version: number; tables: string[] } {
  const database = new Database(file, { readonly: true })
  try {
    const version = database.pragma('user_version', { simple: true }) as number
    const tables = (
      database.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string
      }[]
    ).map((row) => row.name)
    return { version, tables }
  } finally {
    database.close()
  }
}

/** Opens the same new file from `count` worker threads at once; resolves with what each reported. */
function openTogether(file: string, count: number): Promise<string[]> {
  const barrier = new SharedArrayBuffer(4)
  new Int32Array(barrier)[0] = count
  const entry = new URL('./support/open-store-worker.ts', import.meta.url)
  const execArgv = ['--import', createRequire(import.meta.url).resolve('tsx')]
  return Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<string>((resolve, reject) => {
          const worker = new Worker(entry, { workerData: { file, barrier }, execArgv })
          worker.once('message', (message: string) => resolve(message))
          worker.once('error', reject)
        })
    )
  )
}

describe('opening the lab database', () => {
  it('a new file gets every migration, recorded in user_version', () => {
    const { file } = newDatabaseFile()
    openLabDatabase(file).close()
    const { version, tables } = inspect(file)
    expect(version).toBe(MIGRATIONS.length)
    expect(tables).toEqual(expect.arrayContaining(TABLES))
  })

  it('reopening runs no migration twice and keeps the data', () => {
    const { file } = newDatabaseFile()
    const first = openLabDatabase(file)
    const dataset = first.datasets.insert(datasetRow('kept'))
    first.close()
    const second = openLabDatabase(file)
    expect(second.datasets.get(dataset.datasetId)).toEqual(dataset)
    second.close()
    expect(inspect(file).version).toBe(MIGRATIONS.length)
  })

  it('a file at an older schema version is brought up to date, its rows kept', () => {
    const { file } = newDatabaseFile()
    const old = new Database(file)
    old.exec(MIGRATIONS[0])
    old.pragma('user_version = 1')
    old
      .prepare(
        `INSERT INTO experiments (id, name, created_at) VALUES ('e1', 'from version 1', '2026-01-01T00:00:00Z')`
      )
      .run()
    old.close()
    const db = openLabDatabase(file)
    expect(db.experiments.get('e1')?.name).toBe('from version 1')
    db.close()
    expect(inspect(file).version).toBe(MIGRATIONS.length)
  })

  it('several connections opening a new file at once migrate it exactly once', async () => {
    const { file } = newDatabaseFile()
    expect(await openTogether(file, 4)).toEqual(['opened', 'opened', 'opened', 'opened'])
    expect(inspect(file).version).toBe(MIGRATIONS.length)
  })

  it('turns on WAL and foreign keys', () => {
    const { file } = newDatabaseFile()
    const db = openLabDatabase(file)
    expect(db.connection.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.connection.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(() =>
      db.connection
        .prepare(
          `INSERT INTO metrics (run_id, epoch, train_loss, samples_per_second, elapsed_ms) VALUES ('r404', 1, 0.5, 1, 1)`
        )
        .run()
    ).toThrow(/FOREIGN KEY/)
    db.close()
  })

  it('refuses a file written by a newer version, naming it, and leaves it untouched', () => {
    const { file } = newDatabaseFile()
    openLabDatabase(file).close()
    const newer = new Database(file)
    newer.pragma(`user_version = ${MIGRATIONS.length + 1}`)
    newer.close()
    let refusal: unknown
    try {
      openLabDatabase(file)
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(UserError)
    expect((refusal as Error).message).toContain(file)
    expect((refusal as Error).message).toMatch(/newer Backprop Lab/)
    expect(inspect(file).version).toBe(MIGRATIONS.length + 1)
  })
})
