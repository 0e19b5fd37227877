import { describe, expect, it } from 'vitest'
import {
  etaSeconds,
  formatDuration,
  RunClock,
  runProgress
} from '@renderer/lib/training/run-timing'
import { STARTED, update } from './fixtures'

describe('run progress', () => {
  it('counts the batches done over the batches planned', () => {
    // Epoch 3, batch 5 of 13: 2 · 13 + 5 = 31 of 50 · 13 = 650 batches.
    expect(runProgress(update({ epoch: 3, batch: 5 }), STARTED)).toBeCloseTo(31 / 650, 12)
    expect(runProgress(update({ epoch: 50, batch: 13 }), STARTED)).toBe(1)
  })

  it('counts an epochs-only update (no batch position) as its epoch finished', () => {
    expect(runProgress(update({ epoch: 10, batch: 0, batchesPerEpoch: 0 }), STARTED)).toBeCloseTo(
      10 / 50,
      12
    )
  })

  it('is 0 before any update', () => {
    expect(runProgress(null, STARTED)).toBe(0)
  })
})

describe('ETA', () => {
  it('is the elapsed time scaled by what is left', () => {
    // A quarter done in 30 s: 90 s to go.
    expect(etaSeconds(30, 0.25)).toBeCloseTo(90, 12)
    expect(etaSeconds(30, 1)).toBe(0)
  })

  it('is unknown before there is progress', () => {
    expect(etaSeconds(0, 0)).toBeNull()
    expect(etaSeconds(5, 0)).toBeNull()
  })
})

describe('the run clock', () => {
  it('leaves pauses out', () => {
    const clock = new RunClock()
    clock.resume(1_000)
    clock.pause(4_000)
    expect(clock.elapsedSeconds(60_000)).toBe(3)
    clock.resume(10_000)
    expect(clock.elapsedSeconds(12_500)).toBe(5.5)
  })
})

describe('durations', () => {
  it.each([
    [0.04, '0.0 s'],
    [4.25, '4.3 s'],
    [59.9, '59.9 s'],
    [60, '1:00'],
    [75.4, '1:15'],
    [3_599, '59:59'],
    [3_661, '1:01:01']
  ])('%s s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})
