import { describe, expect, it } from 'vitest'
import { replayWatch } from '../../../src/shared/model/early-stopping'
import { irisConfig, irisLab } from './support/iris-lab'

/** `train --early-stopping`: stop when validation stops improving, keep the best epoch's weights. */
describe('early stopping in a run', () => {
  const { lab, datasetId } = irisLab()

  it('stops `patience` epochs after the best validation loss and ends with that epoch’s weights', async () => {
    // 64 units at a high rate on 120 rows: validation loss bottoms out long before 2,000 epochs
    const config = irisConfig({
      hidden: [64],
      learningRate: 0.05,
      epochs: 2000,
      seed: 2,
      earlyStopping: { monitor: 'val-loss', patience: 4, restoreBest: true }
    })
    const run = lab().training.start({ datasetId: datasetId(), config, initialModel: null })
    const outcome = await run.finished
    expect(outcome.status).toBe('completed')
    const stop = outcome.earlyStop!
    expect(stop).not.toBeNull()
    expect(outcome.epochs).toBe(stop.stoppedAfter)
    expect(stop.stoppedAfter).toBeLessThan(2000)
    // the stored epochs, replayed by hand: the best loss is `patience` epochs before the stop
    const epochs = lab().db.metrics.epochs(run.runId)
    expect(epochs).toHaveLength(stop.stoppedAfter)
    const losses = epochs.map((epoch) => epoch.valLoss!)
    const best = losses.indexOf(Math.min(...losses)) + 1
    expect(stop).toMatchObject({ bestEpoch: best, bestValue: losses[best - 1], restored: true })
    expect(stop.stoppedAfter - best).toBe(4)
    expect(replayWatch(config.earlyStopping!, epochs, stop.stoppedAfter)).toEqual({
      bestEpoch: best,
      bestValue: losses[best - 1],
      waited: 4
    })
    // the final model is the best epoch's: its validation loss is that epoch's, to the bit
    expect(outcome.summary!.validation!.loss).toBe(losses[best - 1])
    const bestCheckpoint = lab().db.checkpoints.at(run.runId, best)!
    const firstWeights = outcome.model!.layers[0].weights!.flat()
    expect(Float32Array.from(firstWeights)).toEqual(
      bestCheckpoint.parameters[0].slice(0, firstWeights.length)
    )
    expect(lab().db.runs.get(run.runId)!.earlyStop).toEqual(stop)
  })

  it('without restoring, the run ends with its last epoch’s weights', async () => {
    const config = irisConfig({
      hidden: [64],
      learningRate: 0.05,
      epochs: 2000,
      seed: 2,
      earlyStopping: { monitor: 'val-accuracy', patience: 3, restoreBest: false }
    })
    const run = lab().training.start({ datasetId: datasetId(), config, initialModel: null })
    const outcome = await run.finished
    const stop = outcome.earlyStop!
    expect(stop.restored).toBe(false)
    const last = lab().db.metrics.epochs(run.runId).at(-1)!
    expect(outcome.summary!.validation!.loss).toBe(last.valLoss)
    expect(stop.stoppedAfter - stop.bestEpoch).toBe(3)
  })

  it('refuses early stopping without a validation part', () => {
    expect(() =>
      lab().training.start({
        datasetId: datasetId(),
        config: irisConfig({
          split: [1],
          earlyStopping: { monitor: 'val-loss', patience: 2, restoreBest: true }
        }),
        initialModel: null
      })
    ).toThrow(/early stopping watches the validation part: give the split one/)
  })
})
