import { beforeAll, describe, expect, it } from 'vitest'
import {
  HOOK_TIMEOUT_MS,
  TEXTBOOK_MODEL,
  newHome,
  runJson,
  type CliResult,
  type JsonLine
} from './support/cli'
import { costOf, readModelJson } from './support/model-math'

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/** `trace` and `gradcheck` on the shipped textbook preset (CONTRACTS.md section 3). */
describe('trace and gradcheck --json', () => {
  const home = newHome()
  const model = readModelJson(TEXTBOOK_MODEL)
  const inputs = [
    [0.05, 0.1],
    [0.7, -0.3]
  ]
  const targets = [
    [0.01, 0.99],
    [0.8, 0.2]
  ]
  let mazur: CliResult
  let batch: CliResult
  let check: CliResult

  beforeAll(async () => {
    ;[mazur, batch, check] = await Promise.all([
      runJson(home, [
        'trace',
        TEXTBOOK_MODEL,
        '--input',
        '0.05,0.1',
        '--target',
        '0.01,0.99',
        '--lr',
        '0.5'
      ]),
      runJson(home, [
        'trace',
        TEXTBOOK_MODEL,
        '--input',
        '0.05,0.1;0.7,-0.3',
        '--target',
        '0.01,0.99;0.8,0.2',
        '--lr',
        '0.5'
      ]),
      runJson(home, [
        'gradcheck',
        TEXTBOOK_MODEL,
        '--input',
        '0.05,0.1;0.7,-0.3',
        '--target',
        '0.01,0.99;0.8,0.2'
      ])
    ])
  }, HOOK_TIMEOUT_MS)

  it('reproduces the numbers Mazur prints for one step of the 2-2-2 example', () => {
    expect(mazur.code, mazur.stderr).toBe(0)
    expect(mazur.lines).toHaveLength(1)
    const { loss, layers } = mazur.lines[0]
    expect(loss).toBeCloseTo(0.298371109, 9)
    expect(layers.map((layer: JsonLine) => layer.layer)).toEqual([1, 2])
    expect(layers[0].a[0][0]).toBeCloseTo(0.593269992, 9)
    expect(layers[1].a[0]).toEqual([expect.closeTo(0.75136507, 8), expect.closeTo(0.772928465, 9)])
    expect(layers[1].weightGradients[0][0]).toBeCloseTo(0.082167041, 9)
    const printedOutput = [
      [0.35891648, 0.408666186],
      [0.51130127, 0.561370121]
    ]
    const printedHidden = [
      [0.149780716, 0.19956143],
      [0.24975114, 0.29950229]
    ]
    printedOutput
      .flat()
      .forEach((w, i) => expect(layers[1].updatedWeights.flat()[i]).toBeCloseTo(w, 8))
    printedHidden
      .flat()
      .forEach((w, i) => expect(layers[0].updatedWeights.flat()[i]).toBeCloseTo(w, 8))
    // biases are frozen in the preset: unchanged by the step
    expect(layers[0].updatedBiases).toEqual([0.35, 0.35])
    expect(layers[1].updatedBiases).toEqual([0.6, 0.6])
  })

  it('on a batch: z, a, per-sample δ and averaged gradients follow the contract formulas', () => {
    expect(batch.code, batch.stderr).toBe(0)
    const { loss, layers } = batch.lines[0]
    expect(loss).toBeCloseTo(costOf(model, inputs, targets), 14)
    let previous = inputs
    layers.forEach((layer: JsonLine, l: number) => {
      const { weights, biases } = model.layers[l]
      expect(layer.weights).toEqual(weights)
      expect(layer.biases).toEqual(biases)
      previous.forEach((a, i) => {
        // z(l) = W(l) a(l−1) + b(l); a(l) = σ(z(l))
        weights.forEach((row, j) => {
          expect(layer.z[i][j]).toBeCloseTo(row[0] * a[0] + row[1] * a[1] + biases[j], 14)
          expect(layer.a[i][j]).toBeCloseTo(sigmoid(layer.z[i][j]), 14)
        })
      })
      // ∂J/∂W = (1/m) Σᵢ δᵢ a(l−1)ᵢᵀ and W⁺ = W − η ∂J/∂W (weights trainable, biases frozen)
      weights.forEach((row, j) =>
        row.forEach((w, k) => {
          const gradient =
            (layer.delta[0][j] * previous[0][k] + layer.delta[1][j] * previous[1][k]) / 2
          expect(layer.weightGradients[j][k]).toBeCloseTo(gradient, 14)
          expect(layer.updatedWeights[j][k]).toBeCloseTo(w - 0.5 * gradient, 14)
        })
      )
      expect(layer.biasGradients).toEqual(
        [0, 1].map((j) => expect.closeTo((layer.delta[0][j] + layer.delta[1][j]) / 2, 14))
      )
      expect(layer.updatedBiases).toEqual(biases)
      previous = layer.a
    })
    // δ(L) of each sample's own half-squared error: (a − y) ⊙ σ′(z), without the 1/m
    const output = layers[1]
    output.delta.forEach((row: number[], i: number) =>
      row.forEach((d, k) => {
        const a = output.a[i][k]
        expect(d).toBeCloseTo((a - targets[i][k]) * a * (1 - a), 14)
      })
    )
    // δ(1) = W(2)ᵀ δ(2) ⊙ σ′(z(1))
    layers[0].delta.forEach((row: number[], i: number) =>
      row.forEach((d, j) => {
        const back = model.layers[1].weights.reduce(
          (sum, w, k) => sum + w[j] * output.delta[i][k],
          0
        )
        const a = layers[0].a[i][j]
        expect(d).toBeCloseTo(back * a * (1 - a), 14)
      })
    )
  })

  it('gradcheck reports each layer, its worst entry, and passes', () => {
    expect(check.code, check.stderr).toBe(0)
    expect(check.lines).toHaveLength(1)
    const report = check.lines[0]
    expect(report.passed).toBe(true)
    expect(report.loss).toBeCloseTo(costOf(model, inputs, targets), 14)
    expect(report.tolerance).toEqual({ absolute: expect.any(Number), relative: 1e-6 })
    expect(report.layers).toHaveLength(2)
    const traced = batch.lines[0].layers
    report.layers.forEach((layer: JsonLine, l: number) => {
      // The contract's fields, and the verdict's own beside them.
      expect(layer).toEqual({
        layer: l + 1,
        maxRelativeError: expect.any(Number),
        worst: {
          kind: expect.stringMatching(/^(weight|bias)$/),
          row: expect.any(Number),
          column: expect.any(Number),
          backprop: expect.any(Number),
          numeric: expect.any(Number),
          absoluteError: expect.any(Number),
          tolerance: expect.any(Number)
        },
        passed: true,
        kinks: 0
      })
      expect(layer.maxRelativeError).toBeLessThan(1e-6)
      const { kind, row, column, backprop, numeric } = layer.worst
      const gradient =
        kind === 'weight' ? traced[l].weightGradients[row][column] : traced[l].biasGradients[row]
      expect(backprop).toBeCloseTo(gradient, 14)
      expect(numeric).toBeCloseTo(gradient, 8)
    })
  })
})
