import { describe, expect, it } from 'vitest'
import { keepsBatchCost } from '../../src/shared/series'

/** Steps from..to (inclusive) whose batch cost is kept. */
const kept = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index).filter(keepsBatchCost)

describe('which batch costs a run keeps', () => {
  it('every batch up to 1,024, then every 2nd to 2,048, every 4th to 4,096, …', () => {
    expect(kept(1, 1024)).toHaveLength(1024)
    expect(kept(1025, 1032)).toEqual([1026, 1028, 1030, 1032])
    expect(kept(2045, 2060)).toEqual([2046, 2048, 2052, 2056, 2060])
    expect(kept(2049, 4096)).toHaveLength(512)
  })

  it('keeps a few thousand of a million batches, growing by 512 per doubling', () => {
    const million = kept(1, 1_000_000).length
    expect(million).toBeGreaterThan(5_500)
    expect(million).toBeLessThan(6_500)
    expect(kept(1, 2_000_000).length - million).toBeGreaterThan(480)
    expect(kept(1, 2_000_000).length - million).toBeLessThan(540)
  })
})
