import { spawnSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { openLabDatabase, type LabDatabase } from '../../../src/main/db/lab-database'
import { markInterruptedRuns } from '../../../src/main/services/training/run-recovery'
import { datasetRow, insertRun, newDatabaseFile } from '../../db/support/fixtures'

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync('true')
  return child.pid!
}

describe('marking runs of dead processes as interrupted', () => {
  let db: LabDatabase
  afterEach(() => db.close())

  /** A fresh database with one run marked `running` under `pid`. */
  function runOf(pid: number): string {
    db = openLabDatabase(newDatabaseFile().file)
    return insertRun(db, db.datasets.insert(datasetRow('data')), pid).runId
  }

  it('a run whose process is gone becomes interrupted, with a message saying how to resume', () => {
    const runId = runOf(deadPid())
    expect(markInterruptedRuns(db)).toEqual([runId])
    const run = db.runs.get(runId)!
    expect(run.status).toBe('interrupted')
    expect(run.error).toContain(`backprop-lab resume ${runId}`)
    expect(run.endedAt).not.toBeNull()
  })

  it('a run of a live process with a fresh heartbeat stays running', () => {
    const runId = runOf(process.pid)
    expect(markInterruptedRuns(db)).toEqual([])
    expect(db.runs.get(runId)!.status).toBe('running')
  })

  it('a live pid with a heartbeat older than a minute is a reused pid: interrupted', () => {
    const runId = runOf(process.pid)
    const twoMinutesLater = Date.now() + 2 * 60 * 1000
    expect(markInterruptedRuns(db, twoMinutesLater)).toEqual([runId])
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
    expect(markInterruptedRuns(db)).toEqual([])
    expect(db.runs.get(runId)!.status).toBe('completed')
  })
})
