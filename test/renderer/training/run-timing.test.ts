import { describe, expect, it } from 'vitest'
import type { LiveRunState } from '@shared/model/live-run'
import { elapsedSeconds, emptyLiveRun } from '@renderer/lib/runs/live-run'
import {
  etaSeconds,
  nextBatch,
  recentRate,
  runPosition,
  runProgress
} from '@renderer/lib/training/run-timing'
import { epoch, liveState, positionAt } from './fixtures'

/** Run r1 as known live: after `state` (and the stored `epochs`, if any). */
function known(state: LiveRunState, epochs: number[] = []) {
  return { ...emptyLiveRun('r1'), state, epochs: epochs.map(epoch) }
}

describe('run position and progress', () => {
  it('counts the batches done over the batches planned', () => {
    // Epoch 3, batch 5 of 13: 2 · 13 + 5 = 31 of 50 · 13 = 650 batches.
    const position = runPosition(known(liveState({ position: positionAt(31) })))
    expect(position).toEqual({ epoch: 3, plannedEpochs: 50, batch: 5, batchesPerEpoch: 13 })
    expect(runProgress(position)).toBeCloseTo(31 / 650, 12)
    expect(runProgress(runPosition(known(liveState({ position: positionAt(650) }))))).toBe(1)
  })

  it('names the batch Step trains next: the next of the epoch, or the first of the next epoch', () => {
    const at = runPosition(known(liveState({ position: positionAt(31) })))!
    expect(nextBatch(at)).toMatchObject({ epoch: 3, batch: 6 })
    const epochEnd = runPosition(known(liveState({ position: positionAt(39) })))!
    expect(nextBatch(epochEnd)).toMatchObject({ epoch: 4, batch: 1 })
  })

  it('is nowhere before the first batch of a fresh run', () => {
    expect(runPosition(known(liveState()))).toBeNull()
    expect(runPosition(undefined)).toBeNull()
    expect(runProgress(null)).toBe(0)
  })

  it('stands at the end of the stored epochs of a run watched again before its first batch', () => {
    // Found again paused after epoch 12 of 50 (a reload), or just continued.
    const position = runPosition(known(liveState({ status: 'paused' }), [10, 11, 12]))
    expect(position).toEqual({ epoch: 12, plannedEpochs: 50, batch: 13, batchesPerEpoch: 13 })
    expect(runProgress(position)).toBeCloseTo(12 / 50, 12)
  })
})

describe('ETA', () => {
  it('is the training time scaled by what is left', () => {
    // A quarter done in 30 s: 90 s to go.
    expect(etaSeconds(30, 0.25)).toBeCloseTo(90, 12)
    expect(etaSeconds(30, 1)).toBe(0)
  })

  it('is unknown before there is progress', () => {
    expect(etaSeconds(0, 0)).toBeNull()
    expect(etaSeconds(5, 0)).toBeNull()
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

describe('a live run’s training time', () => {
  it('runs a live run’s training time on from its last state only while it runs', () => {
    const running = { ...known(liveState({ activeSeconds: 4 })), heardAt: 10_000 }
    expect(elapsedSeconds(running, 12_500)).toBe(6.5)
    const paused = { ...known(liveState({ status: 'paused', activeSeconds: 4 })), heardAt: 10_000 }
    expect(elapsedSeconds(paused, 60_000)).toBe(4)
  })
})
