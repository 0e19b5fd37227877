import { expect, it } from 'vitest'
import { Rng } from '../../src/main/engine/rng'
import { splitRows } from '../../src/main/engine/split'
import { jsHeapBytesAllocatedBy } from '../support/js-heap'

/**
 * Issue 17: a run's split of Fashion-MNIST's 60,000 training rows built lists of numbers row by
 * row (per class, then per part, then sorted), megabytes of short-lived JS heap that grew the
 * engine worker's young generation by 8 MB before the first batch. The parts are now gathered
 * straight into typed arrays, whose bytes live outside the JS heap; the split itself is the
 * same, row for row (test/renderer/data/preparation.test.ts, the worker's parity tests).
 */
it('splits 60,000 labelled rows without megabytes of JS heap', async () => {
  const rows = 60_000
  const labelRng = new Rng(3)
  const labels = Int32Array.from({ length: rows }, () => labelRng.integer(10))
  let parts = 0
  const bytes = await jsHeapBytesAllocatedBy(() => {
    const split = splitRows(rows, [0.8, 0.2], new Rng(1), labels)
    parts = split.train.length + split.validation.length + split.test.length
  })
  expect(parts).toBe(rows)
  // About 60 KB (the shuffle's numbers until its loop is optimized; the lists took 4.3 MB); a
  // list of 60,000 numbers alone is 480 KB.
  expect(bytes).toBeLessThan(256 * 1024)
})
