import { expect, it } from 'vitest'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import { jsHeapBytesAllocatedBy } from '../support/js-heap'

/**
 * A product shared between two threads posts a job to the helper: its arguments went into a
 * fresh job object, a closure and an array every call (about 5 MB over 3 epochs of
 * Fashion-MNIST's worker, garbage for the young generation): ~375 bytes a product. What is left
 * is the sharing rule's clock readings (performance.now's numbers, ~95 bytes).
 */
it('posts shared products without a job object each', async () => {
  const [m, n, k, calls] = [64, 128, 128, 2000]
  const kernels = await loadKernels('f32', { threads: 2 })
  const a = kernels.matrix(m, k)
  const b = kernels.matrix(n, k)
  const c = kernels.matrix(m, n)
  a.data.fill(0.5)
  b.data.fill(0.25)
  const multiply = () => kernels.gemm(a, false, b, true, c, 1, 0)
  for (let call = 0; call < calls; call++) multiply()
  const bytes = await jsHeapBytesAllocatedBy(() => {
    for (let call = 0; call < calls; call++) multiply()
  })
  kernels.dispose()
  expect(c.data[0]).toBe(0.5 * 0.25 * k)
  expect(bytes / calls).toBeLessThan(160)
})
