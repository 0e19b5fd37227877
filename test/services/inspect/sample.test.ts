import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { splitForRun } from '../../../src/main/dataset-arrays/run-data'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import { userError } from '../../../src/shared/errors'
import {
  gridCsv,
  handModel,
  importCsv,
  openInspectLab,
  storeRun,
  type InspectLab
} from './support/inspect-lab'
import { referenceClass, referenceForward, standardized } from './support/reference'

/** 2 → 2 ReLU → 3 softmax, standardizing its inputs with mean [1, −1] and std [2, 0.5]. */
const tiny = handModel(
  2,
  [
    {
      units: 2,
      activation: 'relu',
      weights: [
        [0.5, -1],
        [2, 0.25]
      ],
      biases: [0.1, -0.2]
    },
    {
      units: 3,
      activation: 'softmax',
      weights: [
        [1, -1],
        [0.5, 0.5],
        [-1, 2]
      ],
      biases: [0, 0.1, -0.1]
    }
  ],
  'cross-entropy',
  {
    classes: ['c0', 'c1', 'c2'],
    preprocessing: { kind: 'standardize', mean: [1, -1], std: [2, 0.5] },
    inputShape: [1, 2, 1]
  }
)

describe('inspect:sample', () => {
  let context: InspectLab
  let dataset: DatasetSummary
  let runId: string
  const grid = gridCsv()

  beforeAll(async () => {
    context = openInspectLab()
    dataset = await importCsv(context.lab, 'grid', grid.text)
    runId = storeRun(context.lab, dataset, tiny)
  })
  afterAll(() => context.close())

  it('raw inputs [2, −0.5] through the tiny model: every z and a worked out by hand', () => {
    const sample = context.inspect.sample({ model: tiny, inputs: [2, -0.5] })
    // x = ((2 − 1)/2, (−0.5 + 1)/0.5) = (0.5, 1)
    expect(sample.rawInputs).toEqual([2, -0.5])
    expect(sample.inputs).toEqual([0.5, 1])
    // z(1) = (0.5·0.5 − 1·1 + 0.1, 2·0.5 + 0.25·1 − 0.2) = (−0.65, 1.05); a(1) = ReLU = (0, 1.05)
    const [hidden, output] = sample.layers
    expect(hidden.z[0]).toBeCloseTo(-0.65, 14)
    expect(hidden.z[1]).toBeCloseTo(1.05, 14)
    expect(hidden.a).toEqual([0, hidden.z[1]])
    // z(2) = (0 − 1.05 + 0, 0 + 0.525 + 0.1, 0 + 2.1 − 0.1) = (−1.05, 0.625, 2)
    expect(output.z[0]).toBeCloseTo(-1.05, 14)
    expect(output.z[1]).toBeCloseTo(0.625, 14)
    expect(output.z[2]).toBeCloseTo(2, 14)
    // softmax: e^zₖ / Σ e^z
    const exps = [-1.05, 0.625, 2].map(Math.exp)
    const sum = exps[0] + exps[1] + exps[2]
    exps.forEach((e, k) => expect(sample.outputs[k]).toBeCloseTo(e / sum, 14))
    expect(sample.outputs).toEqual(output.a)
    expect(sample.predicted).toEqual({ index: 2, name: 'c2' })
    expect(sample.actual).toBeNull()
    expect(sample.row).toBeNull()
    expect(sample.inputImage).toEqual({ height: 1, width: 2, channels: 1 })
    expect(sample.layers.map((layer) => layer.activation)).toEqual(['relu', 'softmax'])
  })

  it('a dataset row of a run: its stored values, its part of the split, its origin, actual and predicted class', () => {
    const split = splitForRun(dataset.rows, [0.8, 0.2], 42, Int32Array.from(grid.labels))
    for (const row of [0, 37, 99]) {
      const sample = context.inspect.sample({ runId, row })
      const x = standardized(grid.inputs[row], [1, -1], [2, 0.5])
      const expected = referenceForward(tiny, x)
      expect(sample.rawInputs).toEqual(grid.inputs[row])
      sample.inputs.forEach((value, j) => expect(value).toBeCloseTo(x[j], 14))
      sample.layers.forEach((layer, l) => {
        layer.z.forEach((value, j) => expect(value).toBeCloseTo(expected[l].z[j], 13))
        layer.a.forEach((value, j) => expect(value).toBeCloseTo(expected[l].a[j], 13))
      })
      const predicted = referenceClass(expected[1].a)
      expect(sample.predicted).toEqual({ index: predicted, name: `c${predicted}` })
      expect(sample.actual).toEqual({ index: grid.labels[row], name: `c${grid.labels[row]}` })
      expect(sample.targets).toEqual([0, 1, 2].map((k) => (k === grid.labels[row] ? 1 : 0)))
      expect(sample.origin).toBe(`grid.csv:${row + 2}`)
      expect(sample.part).toBe(split.validation.includes(row) ? 'validation' : 'train')
      expect(sample.epoch).toBe(1)
    }
  })

  it('refuses a row past the dataset and inputs of the wrong width, naming the field', () => {
    expect(() => context.inspect.sample({ runId, row: 100 })).toThrow(
      userError('inspect.rowRange', { field: 'row', last: 99, got: 100 })
    )
    expect(() => context.inspect.sample({ runId, inputs: [1, 2, 3] })).toThrow(
      userError('inspect.inputCount', { expected: 2, got: 3 })
    )
  })
})
