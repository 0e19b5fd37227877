import { describe, expect, it } from 'vitest'
import {
  decisionBoundary,
  NEURON_RESOLUTION
} from '../../../src/main/services/training/decision-boundary'
import { PLANE_DATASET as DATASET, PLANE_MODEL as MODEL } from '../../support/plane-model'

describe('the live boundary’s neuron pictures (issue 18)', () => {
  const boundary = decisionBoundary(MODEL, DATASET, 30, 4)!

  it('gives every hidden and output neuron a picture equal to its own forward pass', () => {
    const [xMin, xMax, yMin, yMax] = [-1.4, 3.4, -2.4, 2.4]
    const n = NEURON_RESOLUTION
    const hidden = (x: number, y: number) => [
      Math.tanh(1.5 * x - 0.5 * y + 0.1),
      Math.tanh(0.25 * x + 2 * y - 0.3)
    ]
    const output = (x: number, y: number) => {
      const [h1, h2] = hidden(x, y)
      return 1 / (1 + Math.exp(-(2 * h1 - 1.5 * h2 + 0.2)))
    }
    expect(
      boundary.neurons.map(({ layer, unit, activation }) => [layer, unit, activation])
    ).toEqual([
      [1, 0, 'tanh'],
      [1, 1, 'tanh'],
      [2, 0, 'sigmoid']
    ])
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
    expect(boundary.neurons.every((picture) => picture.resolution === n)).toBe(true)
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
