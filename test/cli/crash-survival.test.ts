import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  DIGITS_CSV,
  doneLine,
  epochLines,
  newHome,
  runJson,
  startCli,
  type CliResult,
  type JsonLine
} from './support/cli'
import { readModelJson } from './support/model-math'

const EPOCHS = 40
/**
 * Small enough to be quick, slow enough (tens of ms an epoch) that a kill lands mid-run: 1,024
 * hidden units at batch 32 are ~300 million multiply-adds an epoch, too big to train in chunks
 * (engine/batch-chunks.ts), so the time is arithmetic, not crossings a faster engine removes.
 */
const OPTIONS = ['--hidden', '1024', '--epochs', String(EPOCHS), '--seed', '5']

/** Reads the lab database the way a second program would (the CLI may still be writing). */
function query<T>(home: string, sql: string, ...parameters: unknown[]): T {
  const database = new Database(join(home, 'lab.sqlite'), { readonly: true })
  try {
    return database.prepare(sql).get(...parameters) as T
  } finally {
    database.close()
  }
}

/** The epoch numbers of a run's stored metrics. */
function epochsStored(home: string, runId: string): number[] {
  const database = new Database(join(home, 'lab.sqlite'), { readonly: true })
  try {
    const rows = database
      .prepare('SELECT epoch FROM metrics WHERE run_id = ? ORDER BY epoch')
      .all(runId)
    return (rows as { epoch: number }[]).map((row) => row.epoch)
  } finally {
    database.close()
  }
}

/** Issue 4: a training process killed with SIGKILL leaves a sound database and a resumable run. */
describe('crash survival: SIGKILL during train, then resume', () => {
  const home = newHome()
  const resumedFile = join(home, 'resumed.model.json')
  const referenceFile = join(home, 'reference.model.json')
  let killed: CliResult
  let runId: string
  let checkpointEpoch: number
  let storedEpochs: number[]
  let integrity: string
  let listed: JsonLine
  let resumed: CliResult
  let reference: CliResult

  beforeAll(async () => {
    const live = startCli(['train', DIGITS_CSV, ...OPTIONS, '--home', home, '--json'])
    await live.waitForLine((line) => line.event === 'epoch' && line.epoch >= 3)
    live.kill('SIGKILL')
    killed = await live.ended
    runId = query<{ id: string }>(home, 'SELECT id FROM runs').id
    integrity = query<{ integrity_check: string }>(home, 'PRAGMA integrity_check').integrity_check
    checkpointEpoch = query<{ epoch: number }>(
      home,
      'SELECT max(epoch) AS epoch FROM checkpoints WHERE run_id = ?',
      runId
    ).epoch
    listed = (await runJson(home, ['runs'])).lines[0]
    storedEpochs = epochsStored(home, runId)
    ;[resumed, reference] = await Promise.all([
      runJson(home, ['resume', runId, '--save-model', resumedFile]),
      runJson(home, ['train', DIGITS_CSV, ...OPTIONS, '--save-model', referenceFile])
    ])
  }, HOOK_TIMEOUT_MS)

  it('the process died mid-run, after epoch 3 was printed', () => {
    expect(killed.signal).toBe('SIGKILL')
    expect(killed.lines.some((line) => line.event === 'done')).toBe(false)
    expect(checkpointEpoch).toBeGreaterThanOrEqual(3)
    expect(checkpointEpoch).toBeLessThan(EPOCHS)
  })

  it('the database passes PRAGMA integrity_check', () => {
    expect(integrity).toBe('ok')
  })

  it('runs shows the run as interrupted, and run ID keeps every epoch stored before the kill', () => {
    expect(listed).toMatchObject({ runId, status: 'interrupted', epochs: checkpointEpoch })
    expect(storedEpochs).toEqual(Array.from({ length: checkpointEpoch }, (_, i) => i + 1))
  })

  it('resume continues the epoch numbers from the last checkpoint to the end', () => {
    expect(resumed.code, resumed.stderr).toBe(0)
    const numbers = epochLines(resumed).map((line) => line.epoch)
    expect(numbers).toEqual(
      Array.from({ length: EPOCHS - checkpointEpoch }, (_, i) => checkpointEpoch + 1 + i)
    )
    expect(doneLine(resumed)).toMatchObject({ runId, status: 'completed', epochs: EPOCHS })
  })

  it('the resumed run ends with the same weights, bit for bit, as an uninterrupted run', () => {
    expect(reference.code, reference.stderr).toBe(0)
    expect(readModelJson(resumedFile).layers).toEqual(readModelJson(referenceFile).layers)
    const losses = (result: CliResult) =>
      epochLines(result).map(({ epoch, trainLoss, valLoss }) => ({ epoch, trainLoss, valLoss }))
    expect(losses(resumed)).toEqual(losses(reference).slice(checkpointEpoch))
  })

  it('a run killed before its first epoch ends is interrupted with no epochs, and resume starts over', async () => {
    // 1,437 steps of one row through 512 × 512 weights: one row at a time is slow arithmetic,
    // and a product of 262,144 is past the size that trains in chunks (engine/batch-chunks.ts).
    const slowEpoch = ['--hidden', '512,512', '--batch', '1', '--epochs', '1']
    const live = startCli(['train', DIGITS_CSV, ...slowEpoch, '--home', home, '--json'])
    let started: { id: string } | undefined
    while (!started) {
      await sleep(20)
      started = query<{ id: string } | undefined>(
        home,
        "SELECT id FROM runs WHERE status = 'running'"
      )
    }
    live.kill('SIGKILL')
    const early = await live.ended
    expect(epochLines(early)).toEqual([])
    const runs = await runJson(home, ['runs'])
    expect(runs.lines.find((run) => run.runId === started!.id)).toMatchObject({
      status: 'interrupted',
      epochs: 0
    })
    const again = await runJson(home, ['resume', started.id])
    expect(again.code, again.stderr).toBe(0)
    expect(epochLines(again).map((line) => line.epoch)).toEqual([1])
    expect(doneLine(again)).toMatchObject({ runId: started.id, status: 'completed', epochs: 1 })
  })
})
