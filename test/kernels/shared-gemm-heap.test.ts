import { expect, it } from 'vitest'
import { COMMAND_SPARSE_PRODUCT } from '../../src/main/kernel-host/control-block'
import {
  createSharedGemm,
  createSharedPlannedJob,
  type SharedJob
} from '../../src/main/kernel-host/shared-gemm'
import type { KernelExports } from '../../src/main/engine/tensor/wasm/kernel-module'
import { jsHeapBytesAllocatedBy } from '../support/js-heap'

/**
 * A product shared between two threads posts a job to the helper: its arguments went into a
 * fresh job object, a closure and an array every call (about 5 MB over 3 epochs of
 * Fashion-MNIST's worker, garbage for the young generation): ~375 bytes a product. Posting now
 * writes one job in place. Checked here with a sharing rule that takes every job (the real one,
 * test/kernels/job-sharing.test.ts, reads clocks and keeps averages, whose boxed numbers come
 * and go with V8's tiers): the same job object each time, and next to no garbage.
 */
const CALLS = 2000

/** A sharing rule that takes every job and remembers which job objects it was given. */
function takingEveryJob(): { share(job: SharedJob): boolean; jobs: Set<SharedJob> } {
  const jobs = new Set<SharedJob>()
  return {
    jobs,
    share(job) {
      jobs.add(job)
      return true
    }
  }
}

/** JS heap bytes a call of `post` allocates: the least of three measurements after a warm-up. */
async function bytesPerCall(post: () => void): Promise<number> {
  for (let call = 0; call < CALLS; call++) post()
  const measurements: number[] = []
  for (let measurement = 0; measurement < 3; measurement++) {
    measurements.push(
      await jsHeapBytesAllocatedBy(() => {
        for (let call = 0; call < CALLS; call++) post()
      })
    )
  }
  return Math.min(...measurements) / CALLS
}

it('posts shared products in one job object, without garbage each', async () => {
  const sharing = takingEveryJob()
  const gemm = createSharedGemm({} as KernelExports, sharing, 0)
  // C (64 × 128) ← A (64 × 128) · Bᵀ (128 × 128): eleven tiles of columns, cut into chunks.
  const post = () => gemm(0, 0, 1, 64, 128, 128, 1, 0, 128, 0, 128, 0, 0, 128, 0)
  const bytes = await bytesPerCall(post)
  expect(sharing.jobs.size).toBe(1)
  const [job] = sharing.jobs
  expect(job.chunkCount).toBeGreaterThan(1)
  expect(bytes).toBeLessThan(64)
})

it('posts shared planned jobs in one job object, without garbage each', async () => {
  const sharing = takingEveryJob()
  const planned = createSharedPlannedJob(COMMAND_SPARSE_PRODUCT, sharing, 0, () => {
    throw new Error('a job the rule takes is not computed alone')
  })
  const bytes = await bytesPerCall(() => planned(64, 8, 1 << 20, 0))
  expect(sharing.jobs.size).toBe(1)
  const [job] = sharing.jobs
  expect(job.command).toBe(COMMAND_SPARSE_PRODUCT)
  expect(job.chunkCount).toBe(8)
  expect(bytes).toBeLessThan(64)
})
