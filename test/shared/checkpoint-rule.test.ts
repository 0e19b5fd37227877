import { describe, expect, it } from 'vitest'
import {
  CheckpointKeeper,
  checkpointStride,
  keepsCheckpoint
} from '../../src/shared/model/checkpoint-rule'

describe('which checkpoints a run keeps', () => {
  it('keeps every epoch while they fit the budget, then doubles the stride', () => {
    // 1,000 bytes each in 20,000: room for 20, 5 held back for the latest and the best, 15 spread
    expect(checkpointStride(20_000, 1_000, 14)).toBe(1) // epochs 0 … 14: 15 checkpoints
    expect(checkpointStride(20_000, 1_000, 15)).toBe(2) // 16 would not fit: 0, 2, … 14
    expect(checkpointStride(20_000, 1_000, 29)).toBe(2)
    expect(checkpointStride(20_000, 1_000, 30)).toBe(4)
    expect(checkpointStride(20_000, 1_000, 1000)).toBe(128) // 0, 128, … 896: 8
  })

  it('a budget smaller than one checkpoint still keeps epoch 0, the latest three and the best', () => {
    const stride = checkpointStride(100, 1_000, 50)
    const kept = Array.from({ length: 51 }, (_, epoch) => epoch).filter((epoch) =>
      keepsCheckpoint(epoch, 50, stride, [17])
    )
    expect(kept).toEqual([0, 17, 48, 49, 50])
  })

  it('deletes as it goes exactly what the rule no longer keeps, and stays within the budget', () => {
    const budget = 30_000
    const size = 1_000
    const keeper = new CheckpointKeeper(budget, size, [0], [])
    const stored = new Set([0])
    // the best epoch by validation loss wanders: 3 until epoch 40, then 41, then 77
    const best = (epoch: number) => (epoch < 41 ? [Math.min(epoch, 3)] : epoch < 77 ? [41] : [77])
    for (let epoch = 1; epoch <= 300; epoch++) {
      stored.add(epoch)
      for (const deleted of keeper.add(epoch, best(epoch))) stored.delete(deleted)
      const stride = checkpointStride(budget, size, epoch)
      const expected = Array.from({ length: epoch + 1 }, (_, e) => e).filter((e) =>
        keepsCheckpoint(e, epoch, stride, best(epoch))
      )
      expect(
        [...stored].sort((a, b) => a - b),
        `after epoch ${epoch}`
      ).toEqual(expected)
      expect(stored.size * size).toBeLessThanOrEqual(budget)
    }
    expect(checkpointStride(budget, size, 300)).toBe(16)
  })
})
