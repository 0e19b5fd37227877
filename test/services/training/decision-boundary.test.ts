import { describe, expect, it } from 'vitest'
import {
  colourValues,
  decisionBoundary,
  NEURON_RESOLUTION
} from '../../../src/main/services/training/decision-boundary'
import type { DatasetSummary } from '../../../src/shared/model/dataset'
import type { DecisionBoundary } from '../../../src/shared/model/live-run'
import type { ModelFile } from '../../../src/shared/model/model-file'
import { PLANE_DATASET as DATASET, PLANE_MODEL as MODEL } from '../../support/plane-model'

/** The plane's cell-centre frame, and PLANE_MODEL's units computed by hand. */
const [xMin, xMax, yMin, yMax] = [-1.4, 3.4, -2.4, 2.4]
const hidden = (x: number, y: number) => [
  Math.tanh(1.5 * x - 0.5 * y + 0.1),
  Math.tanh(0.25 * x + 2 * y - 0.3)
]
const output = (x: number, y: number) => {
  const [h1, h2] = hidden(x, y)
  return 1 / (1 + Math.exp(-(2 * h1 - 1.5 * h2 + 0.2)))
}

/** Every neuron picture of `boundary` equals the forward pass by hand at its cell centres. */
function expectPicturesByHand(boundary: DecisionBoundary): void {
  const n = NEURON_RESOLUTION
  for (let row = 0; row < n; row++) {
    for (let column = 0; column < n; column++) {
      // Cell centres, rows from yMin upwards.
      const x = xMin + ((column + 0.5) / n) * (xMax - xMin)
      const y = yMin + ((row + 0.5) / n) * (yMax - yMin)
      const cell = row * n + column
      expect(boundary.neurons[0].values[cell]).toBeCloseTo(hidden(x, y)[0], 12)
      expect(boundary.neurons[1].values[cell]).toBeCloseTo(hidden(x, y)[1], 12)
      expect(boundary.neurons[2].values[cell]).toBeCloseTo(output(x, y), 12)
    }
  }
}

describe('the live boundary’s neuron pictures (issue 18)', () => {
  const boundary = decisionBoundary(MODEL, DATASET, 30, 4)!

  it('gives every hidden and output neuron a picture equal to its own forward pass', () => {
    expect(
      boundary.neurons.map(({ layer, unit, activation }) => [layer, unit, activation])
    ).toEqual([
      [1, 0, 'tanh'],
      [1, 1, 'tanh'],
      [2, 0, 'sigmoid']
    ])
    expectPicturesByHand(boundary)
    expect(boundary.neurons.every((picture) => picture.resolution === NEURON_RESOLUTION)).toBe(true)
  })

  it('carries the weights the connections are drawn from, W(l)[unit][input]', () => {
    expect(boundary.weights).toEqual([
      [
        [1.5, -0.5],
        [0.25, 2]
      ],
      [[2, -1.5]]
    ])
  })

  it('keeps its own finer grid for the boundary itself', () => {
    expect(boundary.resolution).toBe(30)
    expect(boundary.values).toHaveLength(900)
    expect(boundary.epoch).toBe(4)
  })
})

describe('the predicted surface of a regression model (issue 18)', () => {
  /** The same hidden layer, then one linear output unit, trained with half-squared-error. */
  const REGRESSION: ModelFile = {
    ...MODEL,
    layers: [
      MODEL.layers[0],
      { units: 1, activation: 'linear', weights: [[2, -1.5]], biases: [0.2] }
    ],
    loss: 'half-squared-error'
  }
  const REGRESSION_DATA = { ...DATASET, classes: null } as unknown as DatasetSummary

  it('is ŷ itself at every cell centre, a value rather than a class or a probability', () => {
    const boundary = decisionBoundary(REGRESSION, REGRESSION_DATA, 25, 7)!
    expect(boundary.kind).toBe('value')
    const [xMin, xMax, yMin, yMax] = [-1.4, 3.4, -2.4, 2.4]
    const output = (x: number, y: number) =>
      2 * Math.tanh(1.5 * x - 0.5 * y + 0.1) - 1.5 * Math.tanh(0.25 * x + 2 * y - 0.3) + 0.2
    for (let row = 0; row < 25; row++) {
      for (let column = 0; column < 25; column++) {
        const x = xMin + ((column + 0.5) / 25) * (xMax - xMin)
        const y = yMin + ((row + 0.5) / 25) * (yMax - yMin)
        expect(boundary.values[row * 25 + column]).toBeCloseTo(output(x, y), 12)
      }
    }
    // Values outside [0, 1]: not squeezed into a probability.
    expect(Math.max(...boundary.values)).toBeGreaterThan(1)
    expect(Math.min(...boundary.values)).toBeLessThan(0)
  })

  it('a classifier on the same data kind keeps its probability', () => {
    expect(
      decisionBoundary(
        MODEL,
        { ...DATASET, classes: ['0', '1'] } as unknown as DatasetSummary,
        5,
        1
      )!.kind
    ).toBe('probability')
  })
})

describe('the live drawing’s boundary (issue 18: ≥ 20 redraws a second)', () => {
  it('reads the neuron pictures at their own cell centres from the panel’s 60 × 60 grid', () => {
    expectPicturesByHand(decisionBoundary(MODEL, DATASET, 60, 2)!)
  })

  it('at colour precision travels in far fewer bytes, every value within 5·10⁻⁵ of its scale', () => {
    const exact = decisionBoundary(MODEL, DATASET, 60, 2)!
    const colour = decisionBoundary(MODEL, DATASET, 60, 2, 'colour')!
    // Under 0.45 of the exact JSON (0.52 at seven digits).
    expect(JSON.stringify(colour).length).toBeLessThan(0.45 * JSON.stringify(exact).length)
    const close = (rounded: readonly number[], values: readonly number[]) => {
      const largest = Math.max(...values.map(Math.abs))
      rounded.forEach((value, index) =>
        expect(Math.abs(value - values[index])).toBeLessThanOrEqual(5e-5 * largest)
      )
    }
    close(colour.values, exact.values)
    colour.neurons.forEach((picture, index) => close(picture.values, exact.neurons[index].values))
    expect({ ...colour, values: [], neurons: [] }).toEqual({ ...exact, values: [], neurons: [] })
  })

  it('rounds to five digits of the largest value, without decimal noise', () => {
    expect(colourValues([123456789.4, 25000, 0.5])).toEqual([123460000, 30000, 0])
    expect(colourValues([0.123456789, 0.5])).toEqual([0.12346, 0.5])
    expect(colourValues([0, 0])).toEqual([0, 0])
  })
})
