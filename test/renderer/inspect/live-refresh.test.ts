import { describe, expect, it } from 'vitest'
import { LiveRefresher, type RefreshClock } from '@renderer/lib/inspect/live-refresh'
import { settlePromises } from '../support/settle'

/** A clock that moves only when a wait is released by the test. */
function manualClock() {
  let now = 0
  const waits: { until: number; release: () => void }[] = []
  const clock: RefreshClock = {
    now: () => now,
    wait: (milliseconds) =>
      new Promise((resolve) => waits.push({ until: now + milliseconds, release: () => resolve() }))
  }
  const advance = async (milliseconds: number) => {
    now += milliseconds
    for (const wait of waits.filter((entry) => entry.until <= now)) {
      waits.splice(waits.indexOf(wait), 1)
      wait.release()
    }
    await settlePromises()
  }
  return { clock, advance, waiting: () => waits.length }
}

describe('live refresh', () => {
  it('refreshes at once, then coalesces pokes during a refresh into one more after the gap', async () => {
    const { clock, advance, waiting } = manualClock()
    let calls = 0
    let finish: () => void = () => {}
    const refresher = new LiveRefresher(
      () => {
        calls++
        return new Promise<void>((resolve) => (finish = resolve))
      },
      400,
      clock
    )
    refresher.poke()
    await settlePromises()
    expect(calls).toBe(1)
    refresher.poke()
    refresher.poke()
    refresher.poke()
    await settlePromises()
    expect(calls).toBe(1)
    finish()
    await settlePromises()
    expect(waiting()).toBe(1)
    await advance(399)
    expect(calls).toBe(1)
    await advance(1)
    expect(calls).toBe(2)
    finish()
    await settlePromises()
    expect(calls).toBe(2)
  })

  it('does nothing after it stopped, and a failed refresh does not stop the next', async () => {
    const { clock, advance } = manualClock()
    let calls = 0
    const refresher = new LiveRefresher(
      async () => {
        calls++
        throw new Error('main is busy')
      },
      100,
      clock
    )
    refresher.poke()
    await settlePromises()
    await advance(100)
    refresher.poke()
    await settlePromises()
    expect(calls).toBe(2)
    refresher.stop()
    refresher.poke()
    await advance(1000)
    expect(calls).toBe(2)
  })
})
