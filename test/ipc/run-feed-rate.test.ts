import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RunFeed } from '../../src/main/ipc/run-changes'
import { ActiveRun } from '../../src/main/services/training/active-run'
import type { EngineChannel } from '../../src/main/services/training/engine-host'
import type { Pace } from '../../src/shared/model/pace'

/** An engine that takes commands and never answers (the test plays its events). */
const engine: EngineChannel = {
  send: () => {},
  onEvent: () => {},
  onExit: () => {},
  kill: () => {}
}

/** What the engine reports before its first batch. */
const STARTED = {
  type: 'started',
  preprocessing: null,
  trainRows: 8000,
  validationRows: 2000,
  testRows: 0,
  batchesPerEpoch: 250,
  kernels: 'test',
  batchesInChunks: false,
  initial: null
} as const

/** The engine reports a trained batch every millisecond for `milliseconds` (fake timers). */
function trainEveryMillisecond(run: ActiveRun, milliseconds: number): void {
  for (let k = 0; k < milliseconds; k++) {
    vi.advanceTimersByTime(1)
    const step = (run.position?.step ?? 0) + 1
    const position = { epoch: 1, batch: step, batchesPerEpoch: 10_000, step, loss: 1 }
    run.markProgress({ type: 'progress', ...position, costs: [] })
  }
}

/** A full-speed run followed by a feed, and when (ms after it began) the feed sent changes. */
function followedAtFullSpeed(runId: string): { run: ActiveRun; sentAt: number[] } {
  const sentAt: number[] = []
  const origin = Date.now()
  const feed = new RunFeed(() => sentAt.push(Date.now() - origin))
  const run = new ActiveRun(runId, engine, {
    startPaused: false,
    activeSeconds: 0,
    pace: null,
    precision: 'f32'
  })
  feed.follow(run, 30)
  return { run, sentAt }
}

/**
 * A run followed by the feed whose engine reports a trained batch every millisecond for
 * `seconds` (far faster than anyone can watch); the number of `training:change` sent.
 */
function changesSent(seconds: number, pace: Pace): number {
  let sent = 0
  const feed = new RunFeed((event) => {
    if (event === 'training:change') sent++
  })
  const run = new ActiveRun('r1', engine, {
    startPaused: false,
    activeSeconds: 0,
    pace,
    precision: 'f32'
  })
  feed.follow(run, 1000)
  run.markStarted(STARTED)
  sent = 0
  for (let step = 1; step <= seconds * 1000; step++) {
    vi.advanceTimersByTime(1)
    const epoch = Math.ceil(step / 250)
    const batch = ((step - 1) % 250) + 1
    const costs = [{ step, loss: 1 / step }]
    run.markProgress({ type: 'progress', epoch, batch, batchesPerEpoch: 250, step, loss: 1, costs })
  }
  return sent
}

describe('run feed rate', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('coalesces a full-speed run to about five and a half changes a second (the charts need five)', () => {
    const sent = changesSent(6, null)
    expect(sent).toBeGreaterThanOrEqual(6 * 5)
    expect(sent).toBeLessThanOrEqual(6 * 6)
  })

  it('sends ten a second in slow motion, so a pace of 10 batches a second shows every batch', () => {
    expect(changesSent(6, 10)).toBe(6 * 10)
  })

  it('keeps the rate when the event loop is late: a change is due one interval after the last was due', () => {
    vi.useRealTimers()
    // Timers by hand: each one fires 30 ms after it is due (a busy machine's event loop).
    let now = 0
    const timers: { due: number; callback: () => void }[] = []
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    vi.stubGlobal('setTimeout', (callback: () => void, delay: number) => {
      timers.push({ due: now + delay, callback })
      return timers.length
    })
    let sent = 0
    const feed = new RunFeed(() => sent++)
    const run = new ActiveRun('r3', engine, {
      startPaused: false,
      activeSeconds: 0,
      pace: null,
      precision: 'f32'
    })
    feed.follow(run, 1000)
    sent = 0
    let step = 0
    while (now < 6000) {
      const next = timers.shift()!
      now = next.due + 30
      step++
      const position = { epoch: 1, batch: step, batchesPerEpoch: 10_000, step, loss: 1 }
      run.markProgress({ type: 'progress', ...position, costs: [] })
      next.callback()
    }
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
    // 6 s at one change due every 180 ms: 33, however late each timer fires.
    expect(sent).toBeGreaterThanOrEqual(32)
  })

  it("keeps a whole interval after the engine's start: no second change while the engine warms up", () => {
    const { run, sentAt } = followedAtFullSpeed('r4')
    // The engine starts 170 ms after the call (the feed's intervals began with it), then trains.
    vi.advanceTimersByTime(170)
    run.markStarted(STARTED)
    trainEveryMillisecond(run, 600)
    expect(sentAt[0]).toBe(170)
    const gaps = sentAt.slice(1).map((time, k) => time - sentAt[k])
    expect(gaps.length).toBeGreaterThanOrEqual(3)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(180)
  })

  it('starts the intervals anew after a pause and a resume, which go out at once', () => {
    const { run, sentAt } = followedAtFullSpeed('r5')
    run.markStarted(STARTED)
    trainEveryMillisecond(run, 100)
    run.pause()
    vi.advanceTimersByTime(50)
    run.resume()
    trainEveryMillisecond(run, 400)
    expect(sentAt).toEqual([0, 100, 150, 330, 510])
  })

  it('follows a change of pace: slow motion, then full speed', () => {
    let sent = 0
    const feed = new RunFeed(() => sent++)
    const run = new ActiveRun('r2', engine, {
      startPaused: false,
      activeSeconds: 0,
      pace: 10,
      precision: 'f32'
    })
    feed.follow(run, 1000)
    const tick = (step: number) => {
      vi.advanceTimersByTime(1)
      const position = { epoch: 1, batch: step, batchesPerEpoch: 10_000, step, loss: 1 }
      run.markProgress({ type: 'progress', ...position, costs: [] })
    }
    for (let step = 1; step <= 1000; step++) tick(step)
    expect(sent).toBe(10)
    run.setPace(null)
    sent = 0
    // The change already due at 1.1 s (slow motion's interval), then one every 180 ms to 4 s.
    for (let step = 1001; step <= 4000; step++) tick(step)
    expect(sent).toBe(1 + Math.floor((4000 - 1100) / 180))
  })
})
