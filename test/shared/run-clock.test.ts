import { describe, expect, it } from 'vitest'
import { RunClock } from '../../src/shared/run-clock'

describe('the run clock', () => {
  it('leaves pauses out, and carries the time of earlier sessions', () => {
    const clock = new RunClock()
    clock.resume(1_000)
    clock.pause(4_000)
    expect(clock.seconds(60_000)).toBe(3)
    clock.resume(10_000)
    expect(clock.seconds(12_500)).toBe(5.5)
    expect(new RunClock(2_000).seconds(5_000)).toBe(2)
  })
})
