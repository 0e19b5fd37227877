import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Rng } from '../../../src/main/engine'
import { splitForRun } from '../../../src/main/services/training/run-data'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import type { ModelFile, ModelFileLayer } from '../../../src/shared/model/model-file'
import {
  gridCsv,
  handModel,
  importCsv,
  openInspectLab,
  storeRun,
  type InspectLab
} from './support/inspect-lab'
import { referenceForward } from './support/reference'

/** A tanh layer of `units` with weights and biases drawn from U(−0.5, 0.5). */
function randomLayer(
  rng: Rng,
  units: number,
  inputs: number,
  activation: ModelFileLayer['activation']
): ModelFileLayer {
  return {
    units,
    activation,
    weights: Array.from({ length: units }, () =>
      Array.from({ length: inputs }, () => rng.uniform(-0.5, 0.5))
    ),
    biases: Array.from({ length: units }, () => rng.uniform(-0.5, 0.5))
  }
}

/** A 2 → … → 3 softmax classifier with seeded random parameters. */
function randomModel(seed: number, hidden: number[]): ModelFile {
  const rng = new Rng(seed)
  const widths = [2, ...hidden]
  const layers = hidden.map((units, l) => randomLayer(rng, units, widths[l], 'tanh'))
  layers.push(randomLayer(rng, 3, widths.at(-1)!, 'softmax'))
  return handModel(2, layers, 'cross-entropy', { classes: ['c0', 'c1', 'c2'] })
}

/** J = −(1/m) Σᵢ log aᵢ,yᵢ by the reference forward pass (the model's inputs used as given). */
function referenceCost(model: ModelFile, inputs: number[][], labels: number[]): number {
  const losses = inputs.map((x, i) => -Math.log(referenceForward(model, x).at(-1)!.a[labels[i]]))
  return losses.reduce((sum, loss) => sum + loss, 0) / inputs.length
}

describe('inspect:gradcheck', () => {
  let context: InspectLab
  let dataset: DatasetSummary
  const grid = gridCsv()
  const small = randomModel(3, [4])
  const big = randomModel(4, [60, 40])

  beforeAll(async () => {
    context = openInspectLab()
    dataset = await importCsv(context.lab, 'grid', grid.text)
  })
  afterAll(() => context.close())

  it("a small network: every parameter checked on the run's first 8 validation rows, passing under 1e-6 in Float64", () => {
    const runId = storeRun(context.lab, dataset, small)
    const check = context.inspect.gradientCheck({ runId })
    const validation = splitForRun(
      dataset.rows,
      [0.8, 0.2],
      42,
      Int32Array.from(grid.labels)
    ).validation
    expect(check.rows).toEqual(Array.from(validation.subarray(0, 8)))
    expect(check.precision).toBe('f64')
    expect(check.tolerance.relative).toBe(1e-6)
    expect(check.epsilon).toBe(1e-5)
    expect(check.passed).toBe(true)
    expect(
      check.layers.map((layer) => [
        layer.checkedWeights,
        layer.totalWeights,
        layer.checkedBiases,
        layer.totalBiases
      ])
    ).toEqual([
      [8, 8, 4, 4],
      [12, 12, 3, 3]
    ])
    for (const layer of check.layers) {
      expect(layer.passed).toBe(true)
      expect(layer.maxRelativeError).toBeLessThan(1e-6)
    }
  })

  it("the worst parameter's numeric gradient matches a central difference of the reference cost", () => {
    const runId = storeRun(context.lab, dataset, small)
    const rows = [3, 14, 15, 92]
    const check = context.inspect.gradientCheck({ runId, rows })
    const inputs = rows.map((row) => grid.inputs[row])
    const labels = rows.map((row) => grid.labels[row])
    for (const layer of check.layers) {
      const { kind, row, column, numeric } = layer.worst
      const nudged = (delta: number): ModelFile => {
        const copy: ModelFile = structuredClone(small)
        const target = copy.layers[layer.layer - 1]
        if (kind === 'weight') target.weights![row][column!] += delta
        else target.biases![row] += delta
        return copy
      }
      const epsilon = 1e-5
      const expected =
        (referenceCost(nudged(epsilon), inputs, labels) -
          referenceCost(nudged(-epsilon), inputs, labels)) /
        (2 * epsilon)
      expect(Math.abs(numeric - expected)).toBeLessThan(1e-8 * Math.max(1, Math.abs(expected)))
    }
  })

  it('a network of 2,703 parameters: an evenly spread subset of each layer, still passing', () => {
    const runId = storeRun(context.lab, dataset, big)
    const check = context.inspect.gradientCheck({ runId, part: 'train', count: 4 })
    expect(check.passed).toBe(true)
    expect(
      check.layers.map((layer) => [
        layer.checkedWeights,
        layer.totalWeights,
        layer.checkedBiases,
        layer.totalBiases
      ])
    ).toEqual([
      [64, 120, 32, 60],
      [64, 2400, 32, 40],
      [64, 120, 3, 3]
    ])
  })

  it("in the model's precision: Float32 backprop passes the Float32 tolerance (rtol 1e-3) on twenty random networks", () => {
    for (let seed = 10; seed < 30; seed++) {
      const runId = storeRun(context.lab, dataset, randomModel(seed, [8]), {
        config: { precision: 'f32' }
      })
      const check = context.inspect.gradientCheck({ runId, precision: 'model' })
      expect(check.precision).toBe('f32')
      expect(check.tolerance.relative).toBe(1e-3)
      expect(check.epsilon).toBe(1e-5)
      expect(
        check.passed,
        `seed ${seed}: ${check.layers.map((layer) => layer.maxRelativeError)}`
      ).toBe(true)
    }
  })

  it('a model file with explicit inputs and targets', () => {
    const check = context.inspect.gradientCheck({
      model: small,
      inputs: [
        [0.5, -1],
        [1, 2]
      ],
      targets: [
        [1, 0, 0],
        [0, 0, 1]
      ]
    })
    expect(check.rows).toBeNull()
    expect(check.epoch).toBeNull()
    expect(check.passed).toBe(true)
  })
})
