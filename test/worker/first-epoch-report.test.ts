import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loadKernels } from '../../src/main/kernel-host/load-kernels'
import { sessionEvents } from './support/session-events'
import { circleJob, writeCircle } from './support/circle-job'

const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-first-epoch-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/**
 * A live view draws from a run's first epoch: the engine sends that epoch (its checkpoint's
 * weights) as soon as it ends, alone, although a tiny network trains many epochs in one slice.
 */
describe("a session's first epoch", () => {
  it('is sent at once, before the second is trained; later ones travel in groups', async () => {
    const kernels = await loadKernels('f32', { threads: 1 })
    // 2-8-8-1 on 320 rows: an epoch takes well under a millisecond, a slice is 30 ms.
    const job = circleJob(writeCircle(folder), { epochs: 40 })
    const events = await sessionEvents(kernels, job)
    kernels.dispose()
    const groups = events.flatMap((event) =>
      event.type === 'epochs' ? [event.epochs.map(({ metrics }) => metrics.epoch)] : []
    )
    expect(groups[0]).toEqual([1])
    expect(groups.flat()).toEqual(Array.from({ length: 40 }, (_, index) => index + 1))
    expect(groups.length).toBeLessThan(40)
  })
})
