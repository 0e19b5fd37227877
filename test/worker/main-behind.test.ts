import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import type { EngineEvent } from '../../src/main/worker/protocol'
import { REPORTS_AHEAD } from '../../src/main/worker/run-commands'
import { TrainingSession } from '../../src/main/worker/training-session'
import { circleJob, writeCircle } from './support/circle-job'

const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-main-behind-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const epochReports = (events: EngineEvent[]) => events.filter((event) => event.type === 'epochs')
const until = async (condition: () => boolean) => {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5))
}

/**
 * A tiny network finishes epochs faster than main stores them. Unanswered, its reports queued
 * in main for seconds, ahead of Ctrl-C and every click; the session now rests once main has
 * REPORTS_AHEAD reports it has not taken, and trains on as main takes them.
 */
describe('a session whose main falls behind', () => {
  it('rests after REPORTS_AHEAD untaken epoch reports and goes on as main takes them', async () => {
    const kernels = await loadKernels('f32', { threads: 1 })
    // 2-8-8-1 on 320 rows: thousands of epochs a second; 100,000 would take most of a minute.
    const events: EngineEvent[] = []
    const session = new TrainingSession(
      circleJob(writeCircle(folder), { epochs: 100_000 }),
      kernels,
      (event) => events.push(event)
    )
    const ended = session.run()
    // One slice may send two reports (one with its progress report): 8 or 9 are out.
    await until(() => epochReports(events).length >= REPORTS_AHEAD)
    // Resting, it sends no more epochs.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const resting = epochReports(events).length
    expect(resting).toBeLessThanOrEqual(REPORTS_AHEAD + 1)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(epochReports(events)).toHaveLength(resting)
    // Main takes reports until fewer than REPORTS_AHEAD are out: it trains on, then rests again.
    for (let taken = 0; taken <= resting - REPORTS_AHEAD; taken++)
      session.command({ type: 'epochsTaken' })
    await until(() => epochReports(events).length > resting)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const restingAgain = epochReports(events).length
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(epochReports(events)).toHaveLength(restingAgain)
    expect(restingAgain).toBeLessThanOrEqual(resting + 2)
    // A stop is heard while it rests.
    session.command({ type: 'stop' })
    await ended
    kernels.dispose()
    const finished = events.at(-1)!
    expect(finished).toMatchObject({ type: 'finished', status: 'stopped' })
    const lastReported = epochReports(events).at(-1)
    expect(
      lastReported?.type === 'epochs' && lastReported.epochs.at(-1)!.metrics.epoch
    ).toBeLessThan(100_000)
  })
})
