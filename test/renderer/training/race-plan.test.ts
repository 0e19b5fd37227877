import { describe, expect, it } from 'vitest'
import type { EpochMetrics } from '@shared/model/training'
import {
  canAdd,
  canRemove,
  FIRST_RACE,
  raceRequest,
  raceSeries
} from '@renderer/lib/training/race-plan'

const epoch = (n: number, trainLoss: number, valLoss: number | null): EpochMetrics =>
  ({ epoch: n, trainLoss, valLoss, trainAccuracy: null, valAccuracy: null }) as EpochMetrics

/** The race the Training screen starts, and its overlaid curves. */
describe('a race from the Training screen', () => {
  it('starts with SGD, momentum and Adam at their suggested rates; 2 to 4 runs', () => {
    expect(FIRST_RACE).toEqual([
      { optimizer: 'sgd', learningRate: 0.1 },
      { optimizer: 'momentum', learningRate: 0.05 },
      { optimizer: 'adam', learningRate: 0.005 }
    ])
    expect(canAdd(FIRST_RACE)).toBe(true)
    expect(canAdd([...FIRST_RACE, FIRST_RACE[0]])).toBe(false)
    expect(canRemove(FIRST_RACE.slice(0, 2))).toBe(false)
  })

  it('keeps the screen’s config (one seed, so one start) and varies only optimizer and rate', () => {
    const request = raceRequest(
      { datasetId: 'd1', config: { seed: 7, hidden: [8], optimizer: 'sgd', learningRate: 1 } },
      FIRST_RACE
    )
    expect(request).toEqual({
      datasetId: 'd1',
      config: { seed: 7, hidden: [8], optimizer: 'sgd', learningRate: 1 },
      variants: FIRST_RACE
    })
  })

  it('overlays validation loss, one colour per run; training loss without a validation part', () => {
    const series = raceSeries([
      { label: 'sgd', epochs: [epoch(1, 0.9, 0.8), epoch(2, 0.7, 0.6)] },
      { label: 'adam', epochs: [epoch(1, 0.5, 0.4)] }
    ])
    expect(series.map(({ label, color }) => [label, color])).toEqual([
      ['sgd', '#0072b2'],
      ['adam', '#d55e00']
    ])
    expect(series[0].points).toEqual([
      { x: 1, y: 0.8 },
      { x: 2, y: 0.6 }
    ])
    const noValidation = raceSeries([{ label: 'sgd', epochs: [epoch(1, 0.9, null)] }])
    expect(noValidation[0].points).toEqual([{ x: 1, y: 0.9 }])
  })
})
