import { describe, expect, it } from 'vitest'
import type { LabDatabase } from '../../../src/main/db/lab-database'
import type { RunOutcome } from '../../../src/main/services/training/active-run'
import { recordOutcome } from '../../../src/main/services/training/run-ending'
import type { RunLock } from '../../../src/main/services/training/run-locks'
import { message, textOf } from '../../../src/shared/messages'

/** A database whose disk is full for the first `failures` writes of a run's end. */
function fullDisk(failures: number): { db: LabDatabase; stored: RunOutcome[] } {
  const stored: RunOutcome[] = []
  let left = failures
  const finish = (_runId: string, outcome: RunOutcome) => {
    if (left-- > 0)
      throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' })
    stored.push(outcome)
  }
  const db = { runs: { finish }, connection: { name: '/home/ada/lab.sqlite' } }
  return { db: db as unknown as LabDatabase, stored }
}

const lock = { release: () => {} } as unknown as RunLock

const outcome = (given: Partial<RunOutcome>): RunOutcome => ({
  runId: 'r1',
  status: 'completed',
  error: null,
  model: null,
  summary: null,
  epochs: 60,
  earlyStop: null,
  ...given
})

describe('recordOutcome on a full disk', () => {
  it("a completed run whose end cannot be stored fails, naming the run's end", () => {
    const { db, stored } = fullDisk(1)
    const result = recordOutcome(db, outcome({}), lock, 1)
    expect(result.status).toBe('failed')
    expect(textOf(result.error!)).toBe(
      "the disk is full (SQLITE_FULL): the run's end could not be saved to /home/ada/lab.sqlite; free some space, then continue the run with: backprop-lab resume r1"
    )
    expect(stored).toEqual([{ ...result, activeSeconds: 1 }])
  })

  it('a run that failed at an epoch keeps that reason when its end cannot be stored either', () => {
    const { db, stored } = fullDisk(1)
    const epochFailure = message('run.diskFull', {
      code: 'SQLITE_FULL',
      step: 2,
      database: '/home/ada/lab.sqlite',
      runId: 'r1'
    })
    const result = recordOutcome(
      db,
      outcome({ status: 'failed', error: epochFailure, epochs: 1 }),
      lock,
      1
    )
    expect(result).toMatchObject({ status: 'failed', error: epochFailure, epochs: 1 })
    expect(stored).toEqual([{ ...result, activeSeconds: 1 }])
  })
})
