import { describe, expect, it } from 'vitest'
import {
  emptyLiveRun,
  isLive,
  pageOf,
  rowOf,
  withChange,
  withPage,
  withState
} from '@renderer/lib/runs/live-run'
import { listItem } from '../experiments/fixtures'
import { change, epoch, liveState, STARTED, storedRun } from '../training/fixtures'

describe('a live run: stored and live data merged once, nothing older taken', () => {
  it('keeps the newest state: a reply or change older than the one held changes nothing', () => {
    const paused = liveState({ status: 'paused' })
    const sentBefore = change({ seq: paused.seq - 1, status: 'running' })
    const run = withState(emptyLiveRun('r1'), paused, 0)
    expect(withChange(run, { ...sentBefore, epochs: [], costs: [] }, 1)).toBe(run)
    expect(withChange(run, sentBefore, 1).state?.status).toBe('paused')
  })

  it('takes the epochs and costs of an older change past the ones held', () => {
    const run = withState(emptyLiveRun('r1'), liveState(), 0)
    const late = change({ seq: 1, epochs: [epoch(1), epoch(2)], costs: [{ step: 13, loss: 1 }] })
    const taken = withChange(run, late, 1)
    expect(taken.epochs.map((e) => e.epoch)).toEqual([1, 2])
    expect(withChange(taken, late, 2).epochs.map((e) => e.epoch)).toEqual([1, 2])
    expect(taken.revision).toBe(run.revision + 1)
  })

  it('is whole from its start reply on, or once its page is merged', () => {
    expect(withState(emptyLiveRun('r1'), STARTED, 0).complete).toBe(true)
    expect(withChange(emptyLiveRun('r7'), change({ runId: 'r7' }), 0).complete).toBe(false)
  })

  it('merges its stored page once: stored epochs, then the live ones past them', () => {
    // Heard live before the page was read: epochs 3 and 4 (3 is stored too).
    const heard = withChange(
      emptyLiveRun('r7'),
      change({ runId: 'r7', epochs: [epoch(3), epoch(4)] }),
      0
    )
    const merged = withPage(heard, storedRun(3, 'running'))
    expect(merged.epochs.map((e) => e.epoch)).toEqual([1, 2, 3, 4])
    expect(merged.complete).toBe(true)
    const page = pageOf(merged)!
    expect(page.detail).toMatchObject({ status: 'running', epochs: 4, valLoss: epoch(4).valLoss })
    expect(pageOf(merged)).toBe(page)
  })

  it('brings a list row up to what is known live, paused included', () => {
    const item = listItem({ runId: 'r1', status: 'running', epochs: 2, seconds: 3 })
    const run = withChange(
      emptyLiveRun('r1'),
      change({ status: 'paused', activeSeconds: 9, epochs: [epoch(3)] }),
      0
    )
    expect(isLive(run)).toBe(true)
    expect(rowOf(item, run, 60_000)).toMatchObject({
      status: 'running',
      paused: true,
      epochs: 3,
      valAccuracy: epoch(3).valAccuracy,
      seconds: 9
    })
    expect(rowOf(item, undefined, 0)).toBe(item)
  })
})
