import { describe, expect, it } from 'vitest'
import {
  etaSeconds,
  formatDuration,
  RunClock,
  runPosition,
  runProgress
} from '@renderer/lib/training/run-timing'
import { STARTED, update } from './fixtures'

describe('run position and progress', () => {
  it('counts the batches done over the batches planned', () => {
    // Epoch 3, batch 5 of 13: 2 · 13 + 5 = 31 of 50 · 13 = 650 batches.
    const position = runPosition(update({ epoch: 3, batch: 5 }), STARTED, 2)
    expect(position).toEqual({ epoch: 3, plannedEpochs: 50, batch: 5, batchesPerEpoch: 13 })
    expect(runProgress(position)).toBeCloseTo(31 / 650, 12)
    expect(runProgress(runPosition(update({ epoch: 50, batch: 13 }), STARTED, 50))).toBe(1)
  })

  it('counts an epoch as complete once its numbers arrived, whatever batch was last reported', () => {
    // The last progress report came at batch 9 of epoch 50, then epoch 50's numbers arrived.
    const position = runPosition(update({ epoch: 50, batch: 9 }), STARTED, 50)
    expect(position?.batch).toBe(13)
    expect(runProgress(position)).toBe(1)
  })

  it('counts an epochs-only update (no batch position) as its epoch finished', () => {
    const position = runPosition(update({ epoch: 10, batch: 0, batchesPerEpoch: 0 }), STARTED)
    expect(position).toEqual({ epoch: 10, plannedEpochs: 50, batch: 13, batchesPerEpoch: 13 })
    expect(runProgress(position)).toBeCloseTo(10 / 50, 12)
  })

  it('is nowhere before any update', () => {
    expect(runPosition(null, STARTED)).toBeNull()
    expect(runProgress(null)).toBe(0)
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
