import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DIGITS_CSV, newHome, runJson, startCli, stderrLines, type LiveCli } from './support/cli'

/** True when no process holds the database's write lock right now. */
function writable(home: string): boolean {
  const database = new Database(join(home, 'lab.sqlite'), { timeout: 0 })
  try {
    database.exec('BEGIN IMMEDIATE')
    database.exec('ROLLBACK')
    return true
  } catch {
    return false
  } finally {
    database.close()
  }
}

/** Stops the process (SIGSTOP) at a moment it holds no database transaction open. */
async function stopBetweenWrites(live: LiveCli, home: string): Promise<void> {
  for (;;) {
    live.kill('SIGSTOP')
    await sleep(20)
    if (writable(home)) return
    live.kill('SIGCONT')
    await sleep(30)
  }
}

/**
 * A trainer that is stopped (SIGSTOP, a suspended laptop) is alive and still holds its run: a
 * second process must not call the run interrupted and resume it, however old its heartbeat.
 */
describe('a stopped trainer keeps its run', () => {
  const home = newHome()

  it('is not declared interrupted, nor resumed by another process', async () => {
    const live = startCli([
      'train',
      DIGITS_CSV,
      '--hidden',
      '64',
      '--epochs',
      '100000',
      '--home',
      home,
      '--json'
    ])
    try {
      await live.waitForLine((line) => line.event === 'epoch' && line.epoch >= 2)
      await stopBetweenWrites(live, home)
      // As if stopped for an hour: the heartbeat says nothing any more.
      const database = new Database(join(home, 'lab.sqlite'))
      database.prepare("UPDATE runs SET heartbeat_at = '2000-01-01T00:00:00.000Z'").run()
      database.close()

      const listed = await runJson(home, ['runs'])
      expect(listed.lines.map((line) => [line.runId, line.status])).toEqual([['r1', 'running']])
      const resumed = await runJson(home, ['resume', 'r1'])
      expect(resumed.code, resumed.stderr).toBe(1)
      expect(stderrLines(resumed)).toEqual(['error: run r1 is still running'])
    } finally {
      live.kill('SIGCONT')
    }
    live.kill('SIGINT')
    const ended = await live.ended
    expect(ended.code, ended.stderr).toBe(0)
    expect((await runJson(home, ['run', 'r1'])).lines[0].status).toBe('stopped')
  })
})
