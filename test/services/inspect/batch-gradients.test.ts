import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Rng } from '../../../src/main/engine'
import { splitForRun } from '../../../src/main/dataset-arrays/run-data'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import type { ModelFile } from '../../../src/shared/model/model-file'
import {
  gridCsv,
  handModel,
  importCsv,
  openInspectLab,
  storeRun,
  type InspectLab
} from './support/inspect-lab'
import { referenceForward } from './support/reference'

const L2 = 0.01
const model = handModel(
  2,
  [
    {
      units: 3,
      activation: 'tanh',
      weights: [
        [0.5, -0.2],
        [0.3, 0.8],
        [-0.6, 0.1]
      ],
      biases: [0.1, -0.1, 0.2]
    },
    {
      units: 3,
      activation: 'softmax',
      weights: [
        [0.4, -0.5, 0.2],
        [0.1, 0.3, -0.2],
        [-0.3, 0.2, 0.6]
      ],
      biases: [0, 0.1, -0.1]
    }
  ],
  'cross-entropy',
  { classes: ['c0', 'c1', 'c2'] }
)

/** J = −(1/m) Σᵢ log aᵢ,yᵢ + (λ/2) Σₗ ‖W(l)‖², by the reference forward pass. */
function referenceCost(candidate: ModelFile, inputs: number[][], labels: number[]): number {
  const data =
    inputs.reduce(
      (sum, x, i) => sum - Math.log(referenceForward(candidate, x).at(-1)!.a[labels[i]]),
      0
    ) / inputs.length
  const squares = candidate.layers.reduce(
    (sum, layer) => sum + layer.weights!.flat().reduce((s, w) => s + w * w, 0),
    0
  )
  return data + (L2 / 2) * squares
}

/** ∂J/∂W(l) of one layer by central differences of the reference cost (the tests' own truth). */
function referenceWeightGradients(layer: number, inputs: number[][], labels: number[]): number[] {
  const epsilon = 1e-6
  const weights = model.layers[layer - 1].weights!
  return weights.flatMap((row, j) =>
    row.map((_, k) => {
      const nudged = (delta: number) => {
        const copy: ModelFile = structuredClone(model)
        copy.layers[layer - 1].weights![j][k] += delta
        return referenceCost(copy, inputs, labels)
      }
      return (nudged(epsilon) - nudged(-epsilon)) / (2 * epsilon)
    })
  )
}

describe('inspect:batch-gradients', () => {
  let context: InspectLab
  let dataset: DatasetSummary
  const grid = gridCsv()
  const trainRows = () =>
    Array.from(splitForRun(100, [0.8, 0.2], 42, Int32Array.from(grid.labels)).train)

  beforeAll(async () => {
    context = openInspectLab()
    dataset = await importCsv(context.lab, 'grid', grid.text)
  })
  afterAll(() => context.close())

  it("without shuffling: the run's first four training rows, and ∂J/∂W(l) as central differences of J give it", () => {
    const runId = storeRun(context.lab, dataset, model, {
      config: { batchSize: 4, shuffle: false, l2: L2 }
    })
    const rows = trainRows().slice(0, 4)
    const inputs = rows.map((row) => grid.inputs[row])
    const labels = rows.map((row) => grid.labels[row])
    for (const layer of [1, 2]) {
      const gradients = context.inspect.batchGradients({ runId, layer })
      expect(gradients.rows).toEqual(rows)
      expect(gradients.truncated).toBe(false)
      expect(gradients.loss).toBeCloseTo(referenceCost(model, inputs, labels), 13)
      expect(gradients.weightGradients.rows).toBe(3)
      expect(gradients.weightGradients.cols).toBe(layer === 1 ? 2 : 3)
      const expected = referenceWeightGradients(layer, inputs, labels)
      gradients.weightGradients.values.forEach((value, i) =>
        expect(Math.abs(value - expected[i])).toBeLessThan(1e-8)
      )
      const norm = Math.sqrt(expected.reduce((sum, value) => sum + value * value, 0))
      expect(gradients.weightGradientNorm).toBeCloseTo(norm, 7)
      expect(gradients.weightGradientRange).toEqual({
        min: Math.min(...gradients.weightGradients.values),
        max: Math.max(...gradients.weightGradients.values)
      })
    }
  })

  it("shuffling: the first batch of the first epoch's order (the worker's shuffling Rng, seed + 1)", () => {
    const runId = storeRun(context.lab, dataset, model, { config: { batchSize: 5, seed: 9 } })
    const order = Int32Array.from(
      splitForRun(100, [0.8, 0.2], 9, Int32Array.from(grid.labels)).train
    )
    new Rng(9 + 1).shuffle(order)
    expect(context.inspect.batchGradients({ runId, layer: 2 }).rows).toEqual(
      Array.from(order.subarray(0, 5))
    )
  })

  it('given rows, and a full batch over 1,024 rows cut to its first 1,024', async () => {
    const runId = storeRun(context.lab, dataset, model)
    expect(context.inspect.batchGradients({ runId, layer: 1, rows: [7, 3] }).rows).toEqual([7, 3])
    const lines = Array.from({ length: 1500 }, (_, i) => `${(i % 7) - 3},${(i % 11) - 5},c${i % 3}`)
    const big = await importCsv(context.lab, 'big', ['x1,x2,label', ...lines].join('\n'))
    const full = context.inspect.batchGradients({
      runId: storeRun(context.lab, big, model, { config: { batchSize: 'full', shuffle: false } }),
      layer: 1
    })
    expect(full.rows).toHaveLength(1024)
    expect(full.truncated).toBe(true)
  })
})
