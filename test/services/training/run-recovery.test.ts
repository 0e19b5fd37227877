import { spawnSync } from 'node:child_process'
import { afterEach, describe, expect, it } from 'vitest'
import { openLabStore, type LabStore } from '../../../src/main/db/lab-store'
import { markInterruptedRuns } from '../../../src/main/services/training/run-recovery'
import { datasetRow, insertRun, newDatabaseFile } from '../../db/support/fixtures'

/** The pid of a process that has already exited. */
function deadPid(): number {
  const child = spawnSync('true')
  return child.pid!
}

describe('marking runs of dead processes as interrupted', () => {
  let store: LabStore
  afterEach(() => store.close())

  /** A fresh database with one run marked `running` under `pid`. */
  function runOf(pid: number): string {
    store = openLabStore(newDatabaseFile().file)
    return insertRun(store, store.datasets.insert(datasetRow('data')), pid).runId
  }

  it('a run whose process is gone becomes interrupted, with a message saying how to resume', () => {
    const runId = runOf(deadPid())
    expect(markInterruptedRuns(store)).toEqual([runId])
    const run = store.runs.get(runId)!
    expect(run.status).toBe('interrupted')
    expect(run.error).toContain(`backprop-lab resume ${runId}`)
    expect(run.endedAt).not.toBeNull()
  })

  it('a run of a live process with a fresh heartbeat stays running', () => {
    const runId = runOf(process.pid)
    expect(markInterruptedRuns(store)).toEqual([])
    expect(store.runs.get(runId)!.status).toBe('running')
  })

  it('a live pid with a heartbeat older than a minute is a reused pid: interrupted', () => {
    const runId = runOf(process.pid)
    const twoMinutesLater = Date.now() + 2 * 60 * 1000
    expect(markInterruptedRuns(store, twoMinutesLater)).toEqual([runId])
  })

  it('runs that ended are left alone', () => {
    const runId = runOf(deadPid())
    store.runs.finish(runId, { status: 'completed', model: null, summary: null, error: null })
    expect(markInterruptedRuns(store)).toEqual([])
    expect(store.runs.get(runId)!.status).toBe('completed')
  })
})
