import { describe, expect, it } from 'vitest'
import { completeRunConfig } from '../../../src/shared/model/run-defaults'
import { bytesOf, irisLab } from './support/iris-lab'

/** "Race": 2–4 runs from the same weights and batch order, differing in chosen settings only. */
describe('racing optimizers', () => {
  const { lab, datasetId } = irisLab()

  it('three optimizers start from identical weights, shuffle identically, and end apart', async () => {
    const runs = lab().training.race({
      datasetId: datasetId(),
      config: { hidden: [8], epochs: 6 },
      variants: [{ optimizer: 'sgd' }, { optimizer: 'momentum' }, { optimizer: 'adam' }]
    })
    expect(runs).toHaveLength(3)
    const outcomes = await Promise.all(runs.map((run) => run.finished))
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'completed',
      'completed',
      'completed'
    ])
    const records = runs.map((run) => lab().db.runs.get(run.runId)!)
    // one race, one new experiment, each an ordinary stored run with its own optimizer and rate
    expect(new Set(records.map((record) => record.raceId)).size).toBe(1)
    expect(records[0].raceId).toMatch(/^race\d+$/)
    expect(new Set(records.map((record) => record.experimentId)).size).toBe(1)
    expect(records.map((record) => [record.config.optimizer, record.config.learningRate])).toEqual([
      ['sgd', 0.1],
      ['momentum', 0.05],
      ['adam', 0.005]
    ])
    const initial = runs.map((run) => lab().db.checkpoints.at(run.runId, 0)!)
    expect(bytesOf(initial[1].parameters)).toEqual(bytesOf(initial[0].parameters))
    expect(bytesOf(initial[2].parameters)).toEqual(bytesOf(initial[0].parameters))
    // the shuffling Rng has drawn the same permutations after every epoch
    for (let epoch = 1; epoch <= 6; epoch++) {
      const states = runs.map((run) => lab().db.checkpoints.at(run.runId, epoch)!.rng)
      expect(states[1], `epoch ${epoch}`).toEqual(states[0])
      expect(states[2], `epoch ${epoch}`).toEqual(states[0])
    }
    const final = runs.map((run) => bytesOf(lab().db.checkpoints.at(run.runId, 6)!.parameters))
    expect(final[0].equals(final[1])).toBe(false)
    expect(final[1].equals(final[2])).toBe(false)
  })

  it('each run of a race is trained as a lone run with its settings would be', async () => {
    const [sgd] = lab().training.race({
      datasetId: datasetId(),
      config: { hidden: [8], epochs: 3, seed: 9 },
      variants: [{ optimizer: 'sgd', learningRate: 0.2 }, { learningRate: 0.001 }]
    })
    await sgd.finished
    const alone = lab().training.start({
      datasetId: datasetId(),
      config: completeRunConfig(
        { hidden: [8], epochs: 3, seed: 9, optimizer: 'sgd', learningRate: 0.2 },
        120
      ),
      initialModel: null
    })
    await alone.finished
    expect(bytesOf(lab().db.checkpoints.at(sgd.runId, 3)!.parameters)).toEqual(
      bytesOf(lab().db.checkpoints.at(alone.runId, 3)!.parameters)
    )
  })

  it('refuses a race of one, of five, or one that varies what must be shared', () => {
    const race = (variants: object[]) => () =>
      lab().training.race({ datasetId: datasetId(), config: { epochs: 2 }, variants })
    expect(race([{ optimizer: 'sgd' }])).toThrow(/a race has 2 to 4 runs, got 1/)
    expect(race([{}, {}, {}, {}, {}])).toThrow(/got 5/)
    expect(race([{ optimizer: 'sgd' }, { batchSize: 8 }])).toThrow(
      /race run 2: a race may vary only optimizer, learningRate, momentum, l1, l2, lrSchedule, not batchSize/
    )
  })
})
