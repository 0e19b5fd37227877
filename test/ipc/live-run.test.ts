import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { caller, trainedLab, valueOf, type Call, type TrainedLab } from './support/trained-lab'

/**
 * `training:live`: a window that reloads while a run trains finds it again, with how it started
 * and whether it is paused, through the real handlers, training service and engine worker.
 */
describe('training:live', () => {
  let trained: TrainedLab
  let call: Call

  beforeAll(async () => {
    trained = await trainedLab()
    call = caller(trained.lab, { mode: 'browser' })
  })
  afterAll(() => trained.close())

  it('describes a paused run training in the lab, and nothing once it has ended', async () => {
    const started = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [5], epochs: 40, batchSize: 10, seed: 2 },
        startPaused: true
      })
    )
    const live = valueOf(await call('training:live', { runId: started.runId }))
    expect(live).toEqual({ ...started, paused: true })
    expect(live?.trainRows).toBe(120)
    expect(live?.batchesPerEpoch).toBe(12)
    expect(live?.plannedEpochs).toBe(40)

    const run = trained.lab.training.get(started.runId)!
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
    expect(valueOf(await call('training:live', { runId: started.runId }))?.paused).toBe(false)
    valueOf(await call('training:pause', { runId: started.runId }))
    expect(valueOf(await call('training:live', { runId: started.runId }))?.paused).toBe(true)
    valueOf(await call('training:resume', { runId: started.runId }))
    expect(valueOf(await call('training:live', { runId: started.runId }))?.paused).toBe(false)
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
