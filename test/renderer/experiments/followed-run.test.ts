import { describe, expect, it } from 'vitest'
import { followedRunView } from '@renderer/lib/experiments/followed-run'
import { BatchLossSeries } from '@renderer/lib/training/loss-series'
import { epoch, storedRun, update } from '../training/fixtures'

describe('following an opened run while it trains', () => {
  it('appends only epochs past the last one shown, with their figures', () => {
    const view = storedRun(3, 'running')
    const losses = new BatchLossSeries(4000)
    losses.reset(view.batchLosses)
    const followed = followedRunView(
      view,
      update({ runId: 'r7', epochs: [epoch(3), epoch(4), epoch(5)], step: 225, loss: 0.3 }),
      losses
    )
    expect(followed.detail.metrics.map((metrics) => metrics.epoch)).toEqual([1, 2, 3, 4, 5])
    expect(followed.detail.epochs).toBe(5)
    expect(followed.detail.trainLoss).toBe(epoch(5).trainLoss)
    expect(followed.detail.valAccuracy).toBe(epoch(5).valAccuracy)
    // the view it was given is left as it was
    expect(view.detail.metrics).toHaveLength(3)
  })

  it("takes the update's stored batch costs in place of the latest costs shown before", () => {
    const view = storedRun(1, 'running') // steps 1 … 45 stored
    const losses = new BatchLossSeries(4000)
    losses.reset(view.batchLosses)
    const midEpoch = followedRunView(view, update({ runId: 'r7', step: 50, loss: 0.5 }), losses)
    expect(midEpoch.batchLosses.at(-1)).toEqual({ step: 50, loss: 0.5 })
    const stored = [46, 60, 75, 90].map((step) => ({ step, loss: 1 / step }))
    const epochEnd = followedRunView(
      midEpoch,
      update({ runId: 'r7', epochs: [epoch(2)], batchLosses: stored, step: 90, loss: 1 / 90 }),
      losses
    )
    const steps = epochEnd.batchLosses.map((point) => point.step)
    expect(steps.slice(-5)).toEqual([45, 46, 60, 75, 90])
    expect(steps).not.toContain(50)
  })

  it('keeps the batch-cost series bounded on a long run', () => {
    const view = storedRun(0, 'running')
    const losses = new BatchLossSeries(100)
    losses.reset([])
    let followed = view
    for (let step = 1; step <= 1000; step++)
      followed = followedRunView(followed, update({ runId: 'r7', step, loss: 1 / step }), losses)
    expect(followed.batchLosses.length).toBeLessThanOrEqual(100)
    expect(followed.batchLosses.at(-1)!.step).toBeGreaterThan(980)
  })
})
