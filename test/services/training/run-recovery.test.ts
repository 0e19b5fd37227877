import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openLabDatabase, type LabDatabase } from '../../../src/main/db/lab-database'
import { markInterruptedRuns } from '../../../src/main/services/training/run-recovery'
import { RunLocks } from '../../../src/main/services/training/run-locks'
import { datasetRow, insertRun, newDatabaseFile } from '../../db/support/fixtures'
import { textOf } from '../../../src/shared/messages'

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync('true')
  return child.pid!
}

describe('marking runs of dead processes as interrupted', () => {
  let db: LabDatabase
  let locks: RunLocks
  let lockFolder: string
  afterEach(() => db.close())

  /** A fresh database with one run marked `running` under `pid` (with no lock file, as before locks). */
  function runOf(pid: number): string {
    const { folder, file } = newDatabaseFile()
    db = openLabDatabase(file)
    lockFolder = join(folder, 'locks')
    mkdirSync(lockFolder)
    locks = new RunLocks(lockFolder)
    return insertRun(db, db.datasets.insert(datasetRow('data')), pid).runId
  }

  it('a run whose process is gone becomes interrupted, with a message saying how to resume', () => {
    const runId = runOf(deadPid())
    expect(markInterruptedRuns(db, locks)).toEqual([runId])
    const run = db.runs.get(runId)!
    expect(run.status).toBe('interrupted')
    expect(textOf(run.error!)).toContain(`backprop-lab resume ${runId}`)
    expect(run.endedAt).not.toBeNull()
  })

  it('a run of a live process with a fresh heartbeat stays running', () => {
    const runId = runOf(process.pid)
    expect(markInterruptedRuns(db, locks)).toEqual([])
    expect(db.runs.get(runId)!.status).toBe('running')
  })

  it('a live pid with a heartbeat older than a minute is a reused pid: interrupted', () => {
    const runId = runOf(process.pid)
    const twoMinutesLater = Date.now() + 2 * 60 * 1000
    expect(markInterruptedRuns(db, locks, twoMinutesLater)).toEqual([runId])
  })

  it('runs that ended are left alone', () => {
    const runId = runOf(deadPid())
    db.runs.finish(runId, {
      status: 'completed',
      model: null,
      summary: null,
      error: null,
      activeSeconds: 0
    })
    expect(markInterruptedRuns(db, locks)).toEqual([])
    expect(db.runs.get(runId)!.status).toBe('completed')
  })

  it('a run whose lock is held stays running, however old its heartbeat (a stopped owner)', async () => {
    const runId = runOf(deadPid())
    const holder = spawn(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))}); const d = new D(${JSON.stringify(join(lockFolder, `${runId}.lock`))}); d.exec('BEGIN EXCLUSIVE'); console.log('held'); setInterval(() => {}, 1000)`
    ])
    try {
      await new Promise((resolve) => holder.stdout.once('data', resolve))
      const muchLater = Date.now() + 60 * 60 * 1000
      expect(markInterruptedRuns(db, locks, muchLater)).toEqual([])
      expect(db.runs.get(runId)!.status).toBe('running')
    } finally {
      holder.kill('SIGKILL')
      await new Promise((resolve) => holder.once('exit', resolve))
    }
    // Its owner gone, the lock is free: the run is interrupted, whatever its pid says.
    expect(markInterruptedRuns(db, locks)).toEqual([runId])
  })

  it('a run whose lock file is free is interrupted even when its pid is alive (reused)', () => {
    const runId = runOf(process.pid)
    locks.acquire(runId)!.release()
    expect(markInterruptedRuns(db, locks)).toEqual([runId])
  })
})
