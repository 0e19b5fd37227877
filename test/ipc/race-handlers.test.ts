import { describe, expect, it } from 'vitest'
import { valueOf, type Call, type TrainedLab, useTrainedLab } from './support/trained-lab'

/**
 * "Race" from the app (training:race through dispatch's validation): 2–4 ordinary stored runs
 * from identical initial weights, each watched live, differing only in what was chosen.
 */
describe('training:race', () => {
  let trained: TrainedLab
  let call: Call
  useTrainedLab((opened) => ({ trained, call } = opened))

  it('starts three optimizers from the same weights; each is an ordinary run afterwards', async () => {
    const states = valueOf(
      await call('training:race', {
        datasetId: trained.datasetId,
        config: {
          hidden: [5],
          epochs: 3,
          seed: 8,
          lrSchedule: { kind: 'cosine', minLearningRate: 0, warmupEpochs: 1 }
        },
        variants: [{ optimizer: 'sgd' }, { optimizer: 'momentum' }, { optimizer: 'adam' }]
      })
    )
    expect(states).toHaveLength(3)
    await Promise.all(states.map(({ runId }) => trained.lab.training.get(runId)?.finished))
    const runs = states.map(({ runId }) => trained.lab.runs.get(runId))
    expect(runs.map((run) => run.config.optimizer)).toEqual(['sgd', 'momentum', 'adam'])
    expect(new Set(runs.map((run) => run.raceId)).size).toBe(1)
    expect(runs.every((run) => run.status === 'completed')).toBe(true)
    // the same initial weights: the epoch-0 checkpoints are equal byte for byte
    const initial = states.map(({ runId }) => trained.lab.db.checkpoints.at(runId, 0)!.parameters)
    expect(initial[1]).toEqual(initial[0])
    expect(initial[2]).toEqual(initial[0])
    // and the runs stay independent: their final weights differ
    const last = states.map(({ runId }) => trained.lab.db.checkpoints.at(runId, 3)!.parameters)
    expect(last[1]).not.toEqual(last[0])
    expect(last[2]).not.toEqual(last[1])
  })

  it('refuses one run, or a variant that would change the start', async () => {
    const one = await call('training:race', {
      datasetId: trained.datasetId,
      config: {},
      variants: [{ optimizer: 'sgd' }]
    })
    expect(one.ok).toBe(false)
    const seeded = await call('training:race', {
      datasetId: trained.datasetId,
      config: {},
      variants: [{ optimizer: 'sgd' }, { seed: 3 } as never]
    })
    expect(seeded).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
