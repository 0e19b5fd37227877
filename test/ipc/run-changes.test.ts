import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { LiveRunState, RunChange } from '../../src/shared/model/live-run'
import { keepsBatchCost } from '../../src/shared/series'
import { Rng } from '../../src/main/engine'
import { runCli } from '../cli/support/cli'
import { caller, trainedLab, valueOf, type Call, type TrainedLab } from './support/trained-lab'

/**
 * The live-run feed through the real handlers, training service and engine worker: what a
 * renderer hears of a run (`training:change`), against what the lab stores and the replies say.
 */
describe('training:change', () => {
  let trained: TrainedLab
  let call: Call
  const heard: RunChange[] = []
  const changesOf = (runId: string) => heard.filter((change) => change.runId === runId)
  /** The state a renderer keeps of a run: the newest of the replies and changes it got. */
  const newest = (runId: string, reply: LiveRunState) =>
    [reply, ...changesOf(runId)].reduce((kept, state) => (state.seq > kept.seq ? state : kept))
  /** Waits until the engine has read the data and trains (its worker takes a moment to start). */
  const whenTraining = async (runId: string) => {
    while (!changesOf(runId).some((change) => change.position !== null)) await sleep(10)
  }

  beforeAll(async () => {
    trained = await trainedLab()
    call = caller(trained.lab, {
      mode: 'browser',
      emit: (event, payload) => {
        if (event === 'training:change') heard.push(payload as RunChange)
      }
    })
  })
  afterAll(() => trained.close())

  it('answers the start before any change, then sends every epoch and every kept batch cost once, in order', async () => {
    // 120 training rows in batches of 8: 15 batches per epoch, 600 steps, all of them kept.
    const reply = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [8], epochs: 40, batchSize: 8 }
      })
    )
    expect(changesOf(reply.runId)).toEqual([])
    expect(reply).toMatchObject({ status: 'starting', plannedEpochs: 40, start: null, end: null })
    await trained.lab.training.get(reply.runId)!.finished
    await sleep(20)
    const changes = changesOf(reply.runId)
    const seqs = changes.map((change) => change.seq)
    expect(seqs[0]).toBeGreaterThan(reply.seq)
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs)
    expect(new Set(seqs).size).toBe(seqs.length)
    expect(changes.flatMap((change) => change.epochs)).toEqual(
      trained.lab.db.metrics.epochs(reply.runId)
    )
    const costs = changes.flatMap((change) => change.costs)
    expect(costs).toEqual(trained.lab.db.metrics.batchLosses(reply.runId))
    expect(costs.map((cost) => cost.step)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1))
    expect(changes[0]).toMatchObject({ status: 'running', start: { batchesPerEpoch: 15 } })
    expect(changes.at(-1)).toMatchObject({
      status: 'completed',
      position: { step: 600, epoch: 40, batch: 15 },
      end: { epochs: 40, error: null }
    })
    // The training time the screen shows at the end is the one stored, to the millisecond.
    expect(changes.at(-1)!.activeSeconds).toBe(trained.lab.db.runs.get(reply.runId)!.activeSeconds)
  })

  it('a long run keeps the batch costs of the one rule, and main sends all it keeps', async () => {
    const reply = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [4], epochs: 300, batchSize: 8 }
      })
    )
    await trained.lab.training.get(reply.runId)!.finished
    await sleep(20)
    const steps = changesOf(reply.runId).flatMap((change) => change.costs.map((c) => c.step))
    const kept = Array.from({ length: 300 * 15 }, (_, i) => i + 1).filter(keepsBatchCost)
    expect(steps).toEqual(kept)
  })

  it('Pause on a fast run pauses it every time: nothing heard after the reply says otherwise, and Step trains the batch after the one shown', async () => {
    const sample = valueOf(await call('datasets:sample', { name: 'two-spirals' }))
    const rng = new Rng(7)
    for (let attempt = 0; attempt < 6; attempt++) {
      const context = `attempt ${attempt + 1}`
      const started = valueOf(
        await call('training:start', {
          datasetId: sample.dataset.datasetId,
          config: { hidden: [8, 8], epochs: 100_000, seed: attempt }
        })
      )
      await whenTraining(started.runId)
      await sleep(Math.floor(rng.next() * 600))
      const paused = valueOf(await call('training:pause', { runId: started.runId }))
      expect(paused.status, context).toBe('paused')
      await sleep(250)
      const kept = newest(started.runId, paused)
      expect(kept.status, context).toBe('paused')
      expect(
        changesOf(started.runId).filter(
          (change) => change.seq > paused.seq && change.status !== 'paused'
        ),
        context
      ).toEqual([])
      expect(trained.lab.db.runs.get(started.runId)!.paused, context).toBe(true)
      // The position shown is where the engine rests: Step trains the very next batch.
      const at = kept.position!
      const stepped = valueOf(await call('training:step', { runId: started.runId }))
      expect(stepped.status, context).toBe('paused')
      // The step's change arrives after its reply; wait for it (a busy machine takes a while).
      for (
        let waited = 0;
        waited < 5_000 && newest(started.runId, stepped).position!.step === at.step;
        waited += 50
      )
        await sleep(50)
      const after = newest(started.runId, stepped).position!
      expect(after.step, context).toBe(at.step + 1)
      const next =
        at.batch === at.batchesPerEpoch
          ? { epoch: at.epoch + 1, batch: 1 }
          : { epoch: at.epoch, batch: at.batch + 1 }
      expect({ epoch: after.epoch, batch: after.batch }, context).toEqual(next)
      valueOf(await call('training:stop', { runId: started.runId }))
      expect((await trained.lab.training.get(started.runId)!.finished).status).toBe('stopped')
    }
  }, 60_000)

  it('paused time is not training time: the clock stands while paused, and the stored time leaves it out', async () => {
    const started = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [5], epochs: 100_000, batchSize: 10, seed: 3 }
      })
    )
    await whenTraining(started.runId)
    await sleep(300)
    const paused = valueOf(await call('training:pause', { runId: started.runId }))
    await sleep(800)
    const still = valueOf(await call('training:live', { runId: started.runId }))!
    expect(still.activeSeconds).toBe(paused.activeSeconds)
    expect(trained.lab.db.runs.get(started.runId)!.activeSeconds).toBeCloseTo(
      paused.activeSeconds,
      6
    )
    // Another process (the CLI) sees the pause too.
    const listed = await runCli(['runs', '--home', trained.home])
    const row = listed.stdout.split('\n').find((line) => line.startsWith(`${started.runId} `))
    expect(row).toMatch(/ paused /)
    valueOf(await call('training:resume', { runId: started.runId }))
    await sleep(300)
    valueOf(await call('training:stop', { runId: started.runId }))
    await trained.lab.training.get(started.runId)!.finished
    const stored = trained.lab.db.runs.get(started.runId)!
    const wall = (Date.parse(stored.endedAt!) - Date.parse(stored.startedAt)) / 1000
    expect(stored.activeSeconds!).toBeLessThan(wall - 0.7)
    expect(stored.activeSeconds!).toBeGreaterThan(0.4)
    const item = valueOf(await call('runs:list')).find((run) => run.runId === started.runId)!
    expect(item.seconds).toBe(stored.activeSeconds)
  })
})
