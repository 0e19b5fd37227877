import { describe, expect, it } from 'vitest'
import {
  EarlyStoppingWatch,
  replayWatch,
  type EarlyStoppingConfig
} from '../../src/shared/model/early-stopping'

const figures = (valLoss: number | null, valAccuracy: number | null = null) => ({
  valLoss,
  valAccuracy
})

describe('early stopping, against a hand-computed sequence', () => {
  it('stops after `patience` epochs in a row without a lower validation loss', () => {
    // losses by epoch: best 0.5 at epoch 3; epoch 5 ties it (not an improvement); 0.45 at 6 resets;
    // then 0.46, 0.45, 0.5 are three epochs without a lower loss: stop after epoch 9.
    const losses = [0.9, 0.6, 0.5, 0.55, 0.5, 0.45, 0.46, 0.45, 0.5, 0.1]
    const watch = new EarlyStoppingWatch({ monitor: 'val-loss', patience: 3, restoreBest: true })
    const said = losses.map((loss, index) => watch.observe(index + 1, figures(loss)))
    expect(said.map((s) => s.improved)).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
      false,
      false,
      false,
      true
    ])
    expect(said.findIndex((s) => s.stop) + 1).toBe(9)
    expect(said.slice(0, 8).some((s) => s.stop)).toBe(false)
  })

  it('on accuracy, a higher figure is better', () => {
    const watch = new EarlyStoppingWatch({
      monitor: 'val-accuracy',
      patience: 2,
      restoreBest: false
    })
    const accuracies = [0.5, 0.7, 0.7, 0.6]
    const said = accuracies.map((accuracy, index) => watch.observe(index + 1, figures(1, accuracy)))
    expect(said.map((s) => s.stop)).toEqual([false, false, false, true])
    expect(watch.best).toEqual({ bestEpoch: 2, bestValue: 0.7, waited: 2 })
  })

  it('an epoch without the figure neither improves nor counts', () => {
    const watch = new EarlyStoppingWatch({ monitor: 'val-loss', patience: 1, restoreBest: true })
    expect(watch.observe(1, figures(null))).toEqual({ improved: false, stop: false })
    expect(watch.observe(2, figures(0.3))).toEqual({ improved: true, stop: false })
    expect(watch.observe(3, figures(0.4))).toEqual({ improved: false, stop: true })
  })

  it('replaying stored epochs gives the state a resumed run continues from', () => {
    const config: EarlyStoppingConfig = { monitor: 'val-loss', patience: 5, restoreBest: true }
    const stored = [0.9, 0.4, 0.6, 0.7, 0.3, 0.35].map((loss, index) => ({
      epoch: index + 1,
      ...figures(loss)
    }))
    expect(replayWatch(config, stored, 4)).toEqual({ bestEpoch: 2, bestValue: 0.4, waited: 2 })
    expect(replayWatch(config, stored, 6)).toEqual({ bestEpoch: 5, bestValue: 0.3, waited: 1 })
  })
})
