import { expect, it } from 'vitest'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import { jsHeapBytesAllocatedBy } from '../support/js-heap'

/**
 * A product shared between two threads posts a job to the helper: its arguments went into a
 * fresh job object, a closure and an array every call (about 5 MB over 3 epochs of
 * Fashion-MNIST's worker, garbage for the young generation): ~375 bytes a product. What is left
 * is the sharing rule's clock readings (performance.now's numbers) and doubles boxed while V8
 * has not yet optimised a function: 60–95 bytes in a first measurement (one in a few lands near
 * 165, a tier-up inside it), 16–35 in the next two. A job object each call is in every
 * measurement, so the least of three is the figure.
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
  const measurements: number[] = []
  for (let measurement = 0; measurement < 3; measurement++) {
    measurements.push(
      await jsHeapBytesAllocatedBy(() => {
        for (let call = 0; call < calls; call++) multiply()
      })
    )
  }
  kernels.dispose()
  expect(c.data[0]).toBe(0.5 * 0.25 * k)
  expect(Math.min(...measurements) / calls).toBeLessThan(160)
})
