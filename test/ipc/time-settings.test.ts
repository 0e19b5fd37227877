import { describe, expect, it } from 'vitest'
import { learningRateAt } from '../../src/shared/model/lr-schedule'
import { valueOf, type Call, type TrainedLab, useTrainedLab } from './support/trained-lab'

/**
 * The Training screen's schedule and early stopping reach main through training:start (its
 * validation used to refuse them) and are recorded in the run as the CLI records them.
 */
describe('training:start with a schedule and early stopping', () => {
  let trained: TrainedLab
  let call: Call
  useTrainedLab((opened) => ({ trained, call } = opened))

  it('records both in the run, and the run trains with the schedule', async () => {
    const lrSchedule = { kind: 'exponential', gamma: 0.5, warmupEpochs: 1 } as const
    const earlyStopping = { monitor: 'val-accuracy', patience: 50, restoreBest: false } as const
    const state = valueOf(
      await call('training:start', {
        datasetId: trained.datasetId,
        config: { hidden: [4], epochs: 3, learningRate: 0.2, lrSchedule, earlyStopping }
      })
    )
    await trained.lab.training.get(state.runId)!.finished
    const run = trained.lab.runs.get(state.runId)
    expect(run.config.lrSchedule).toEqual(lrSchedule)
    expect(run.config.earlyStopping).toEqual(earlyStopping)
    // hand-computed: warm-up 0.2·1/2, then 0.2, 0.2·0.5
    expect([1, 2, 3].map((epoch) => learningRateAt(lrSchedule, 0.2, epoch, 3))).toEqual([
      0.1, 0.2, 0.1
    ])
  })

  it('refuses a schedule that does not fit the run with one line', async () => {
    const reply = await call('training:start', {
      datasetId: trained.datasetId,
      config: { epochs: 3, lrSchedule: { kind: 'constant', warmupEpochs: 3 } }
    })
    expect(reply).toMatchObject({
      ok: false,
      error: {
        kind: 'user',
        message: expect.stringMatching(/^learning-rate schedule: the warm-up/)
      }
    })
  })
})
