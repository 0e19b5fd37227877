import { expect, it } from 'vitest'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import { jsHeapBytesAllocatedBy } from '../support/js-heap'
import { pixelRows } from './support/pixel-rows'

/**
 * Issue 17: the sparse gather checked that every input's offset was 0 with
 * TypedArray.prototype.every, which hands each Float32 offset to its callback as a fresh heap
 * number: 784 of them, 12.5 KB of garbage per batch of Fashion-MNIST, 34 of the 50 MB the engine
 * worker allocated in 3 epochs. That garbage grew the worker's young generation by 8 MB while
 * training. A gather allocates next to nothing on the JS heap, whether it lists the batch or
 * hands it to the dense path (the old check: 13 KB a call).
 */
it.each([
  ['dense (half the bytes non-zero)', 2],
  ['sparse (a tenth non-zero)', 10]
])('gathers a batch of 784 pixel bytes without JS heap garbage: %s', async (_, every) => {
  const [rows, cols, calls] = [64, 784, 200]
  const kernels = await loadKernels('f32', { threads: 1 })
  const { source, order } = pixelRows(kernels, rows, cols, (i) =>
    i % every === 0 ? 1 + (i % 255) : 0
  )
  const x = kernels.matrix(rows, cols)
  const gather = () => kernels.gatherSparseBytes!(source, order, rows, x)
  for (let k = 0; k < calls; k++) gather()
  const bytes = await jsHeapBytesAllocatedBy(() => {
    for (let k = 0; k < calls; k++) gather()
  })
  kernels.dispose()
  // A few small argument lists (about 0.4 KB); 784 heap numbers alone would be 12.5 KB.
  expect(bytes / calls).toBeLessThan(1024)
})
