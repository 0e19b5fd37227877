import { describe, expect, it } from 'vitest'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'

describe('loadKernels', () => {
  it('uses the TypeScript kernels for Float64', async () => {
    const kernels = await loadKernels('f64')
    expect(kernels.name).toBe('js-f64')
    expect(kernels.matrix(2, 3).data).toBeInstanceOf(Float64Array)
    kernels.dispose()
  })

  it('falls back to the TypeScript kernels with a logged reason when the module is missing', async () => {
    const messages: string[] = []
    const missing = '/nonexistent/kernels.wasm'
    const kernels = await loadKernels('f32', {
      files: { relaxed: missing, simd: missing },
      log: (message) => messages.push(message)
    })
    expect(kernels.name).toBe('js-f32')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatch(
      /WASM SIMD kernels unavailable, using the TypeScript kernels: .*nonexistent/
    )
    kernels.dispose()
  })

  it('runs on one thread, saying why, when the helper thread cannot start', async () => {
    const messages: string[] = []
    const kernels = await loadKernels('f32', {
      threads: 2,
      workerUrl: new URL('./fixtures/no-such-worker.ts', import.meta.url),
      log: (message) => messages.push(message)
    })
    expect(kernels.name).toMatch(/^wasm-simd-f32 \(\w+, 1 thread\)$/)
    expect(messages).toEqual([expect.stringMatching(/one thread: a helper thread did not start/)])
    kernels.dispose()
  })

  it('gives each backend its own memory, with views that outlive the memory growing', async () => {
    const kernels = await loadKernels('f32', { threads: 1 })
    const first = kernels.vector(4)
    first.set([1, 2, 3, 4])
    // 64 MiB more than the initial memory: the memory grows, and the first view still works.
    const big = kernels.vector(16 * 1024 * 1024)
    big[big.length - 1] = 5
    first[0] = 7
    expect(Array.from(first)).toEqual([7, 2, 3, 4])
    expect(kernels.allocatedBytes()).toBeGreaterThan(64 * 1024 * 1024)
    const other = await loadKernels('f32', { threads: 1 })
    expect(other.allocatedBytes()).toBeLessThan(1024 * 1024)
    expect(() => other.addScaled(first, first, 1)).toThrow(/not allocated by the same backend/)
    kernels.dispose()
    other.dispose()
  })
})
