import { describe, expect, it } from 'vitest'
import { valueOf, type Call, type TrainedLab, useTrainedLab } from './support/trained-lab'

/**
 * `training:live`: a window that reloads while a run trains finds it again, with its state
 * (paused or running, its split and position), through the real handlers, training service and
 * engine worker.
 */
describe('training:live', () => {
  let trained: TrainedLab
  let call: Call

  useTrainedLab((opened) => ({ trained, call } = opened))

  it('describes a paused run training in the lab, and nothing once it has ended', async () => {
    const started = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [5], epochs: 40, batchSize: 10, seed: 2 },
        startPaused: true
      })
    )
    const run = trained.lab.training.get(started.runId)!
    await new Promise<void>((resolve) => run.subscribe({ started: () => resolve() }))
    const live = valueOf(await call('training:live', { runId: started.runId }))
    expect(live).toMatchObject({
      runId: started.runId,
      status: 'paused',
      plannedEpochs: 40,
      start: { trainRows: 120, batchesPerEpoch: 12 },
      position: null,
      end: null
    })
    valueOf(await call('training:resume', { runId: started.runId }))
    await run.finished
    expect(valueOf(await call('training:live', { runId: started.runId }))).toBeNull()
  })

  it('says a run paused while it trains is paused, and running again once resumed', async () => {
    const started = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [5], epochs: 100_000, batchSize: 10, seed: 2 }
      })
    )
    const run = trained.lab.training.get(started.runId)!
    await new Promise<void>((resolve) => run.subscribe({ started: () => resolve() }))
    const status = async () =>
      valueOf(await call('training:live', { runId: started.runId }))?.status
    expect(await status()).toBe('running')
    valueOf(await call('training:pause', { runId: started.runId }))
    expect(await status()).toBe('paused')
    valueOf(await call('training:resume', { runId: started.runId }))
    expect(await status()).toBe('running')
    valueOf(await call('training:stop', { runId: started.runId }))
    expect((await run.finished).status).toBe('stopped')
  })

  it('answers null for a run that never trained here, and a typed error for a bad request', async () => {
    expect(valueOf(await call('training:live', { runId: 'r999' }))).toBeNull()
    const reply = await call('training:live', { runId: 42 } as never)
    expect(reply.ok).toBe(false)
    if (!reply.ok) expect(reply.error.message).toMatch(/^training:live: runId/)
  })
})
