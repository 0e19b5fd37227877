import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kernels } from '../../src/main/engine'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import type { TrainingJob } from '../../src/main/worker/protocol'
import { sessionEvents } from './support/session-events'
import { circleJob, writeCircle } from './support/circle-job'

const folder = mkdtempSync(join(tmpdir(), 'backprop-lab-chunked-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

/** Every event of a 2-8-8-1 run, with the timings left out. */
async function run(kernels: Kernels, dataset: TrainingJob['dataset']): Promise<unknown> {
  const job = circleJob(dataset)
  const events = await sessionEvents(kernels, job)
  // Epochs travel in groups that depend on timing; what they carry must not.
  const groups = events.flatMap((event) => (event.type === 'epochs' ? [event] : []))
  const reported = {
    epochs: groups.flatMap((group) => group.epochs),
    costs: events.flatMap((event) => (event.type === 'progress' ? event.costs : [])),
    finished: events.find((event) => event.type === 'finished')
  }
  return JSON.parse(
    JSON.stringify(reported, (key, value: unknown) =>
      key === 'samplesPerSecond' || key === 'elapsedMs' || key === 'trainingSeconds'
        ? 0
        : ArrayBuffer.isView(value)
          ? Array.from(value as Float32Array)
          : value
    )
  )
}

/**
 * The engine worker trains a tiny network in chunks of batches inside WASM, stopping each chunk
 * where a batch's gradient norms are taken: every epoch, norm, histogram, checkpoint, kept batch
 * cost and the final model equal those of the same session stepping batch by batch.
 */
describe('a session training a tiny network in chunks', () => {
  let kernels: LoadedKernels
  let dataset: TrainingJob['dataset']
  beforeAll(async () => {
    kernels = await loadKernels('f32', { threads: 2 })
    dataset = writeCircle(folder)
  })
  afterAll(() => kernels.dispose())

  it('reports exactly what batch-by-batch stepping reports', async () => {
    const stepped = await run({ ...kernels, batchChunks: undefined }, dataset)
    const chunked = await run(kernels, dataset)
    expect(stepped).toMatchObject({ finished: { status: 'completed' } })
    expect((stepped as { epochs: unknown[] }).epochs).toHaveLength(4)
    expect(chunked).toEqual(stepped)
  })

  it('says so when it starts: on one thread, however many the kernels have', async () => {
    const started = async (used: Kernels) => {
      const events = await sessionEvents(used, circleJob(dataset))
      return events.find((event) => event.type === 'started')
    }
    expect(kernels.name).toMatch(/2 threads/)
    expect(await started(kernels)).toMatchObject({ batchesInChunks: true })
    const batchByBatch = { ...kernels, batchChunks: undefined }
    expect(await started(batchByBatch)).toMatchObject({ batchesInChunks: false })
  })
})
