import { describe, expect, it } from 'vitest'
import {
  etaSeconds,
  formatDuration,
  recentRate,
  RunClock,
  runPosition,
  runProgress
} from '@renderer/lib/training/run-timing'
import { epoch, STARTED, update } from './fixtures'

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

  it('is nowhere before any update of a fresh run', () => {
    expect(runPosition(null, STARTED)).toBeNull()
    expect(runPosition(null, null, 12)).toBeNull()
    expect(runProgress(null)).toBe(0)
  })

  it('stands at the end of the stored epochs of a run watched again before its first update', () => {
    // Found again paused after epoch 12 of 50 (a reload): no update comes while it is paused.
    const position = runPosition(null, STARTED, 12)
    expect(position).toEqual({ epoch: 12, plannedEpochs: 50, batch: 13, batchesPerEpoch: 13 })
    expect(runProgress(position)).toBeCloseTo(12 / 50, 12)
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

  it('goes by the pace of this session only when a run is continued', () => {
    // Continued at 80 %: 10 s for the next 5 % (85 %), so 30 s for the last 15 %, not
    // 10 · 0.15 / 0.85 ≈ 1.8 s as if the first 80 % had taken those 10 s too.
    expect(etaSeconds(10, 0.85, 0.8)).toBeCloseTo(30, 12)
    expect(etaSeconds(10, 0.8, 0.8)).toBeNull()
  })
})

describe('recent speed', () => {
  it('averages the latest epochs over at least a second of training', () => {
    // 400 samples per epoch at 1000, 2000, 4000 samples/s take 0.4, 0.2 and 0.1 s: the last two
    // are only 0.3 s, so all three count: 1200 samples in 0.7 s.
    const epochs = [epoch(1), epoch(2), { ...epoch(3), samplesPerSecond: 4000 }]
    expect(recentRate(epochs, 400)).toBeCloseTo(1200 / 0.7, 9)
    // 4000 samples per epoch: epoch 3 alone takes 1 s.
    expect(recentRate(epochs, 4000)).toBeCloseTo(4000, 9)
    // Unknown epoch size: the latest epoch.
    expect(recentRate(epochs, undefined)).toBe(4000)
  })

  it('is unknown before an epoch has finished', () => {
    expect(recentRate([], 400)).toBeNull()
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
