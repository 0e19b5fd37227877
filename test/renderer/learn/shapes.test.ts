import { describe, expect, it } from 'vitest'
import type { TraceInspection, TraceLayer } from '@shared/model/inspect'
import {
  labShape,
  liveValuesProblem,
  matrixTex,
  shapeRows,
  traceDims
} from '@renderer/lib/learn/shapes'

const layer = (fields: Partial<TraceLayer>): TraceLayer => ({
  layer: 1,
  z: [],
  a: [],
  delta: [],
  weightGradients: [],
  biasGradients: [],
  weights: [],
  biases: [],
  updatedWeights: [],
  updatedBiases: [],
  ...fields
})

/**
 * A trace of a 2-3-1 network on m = 2 samples, as the lab writes it (one row per sample). The
 * numbers only need to be told apart: 1xy for inputs, 2xy for hidden z, and so on.
 */
const TRACE = {
  loss: 0.5,
  epoch: 7,
  learningRate: 1,
  l1: 0,
  l2: 0,
  precision: 'f64',
  rows: [0, 1],
  frozen: [],
  inputs: [
    [111, 112],
    [121, 122]
  ],
  targets: [[1], [0]],
  network: {} as TraceInspection['network'],
  layers: [
    layer({
      z: [
        [211, 212, 213],
        [221, 222, 223]
      ],
      a: [
        [311, 312, 313],
        [321, 322, 323]
      ],
      delta: [
        [411, 412, 413],
        [421, 422, 423]
      ],
      weights: [
        [1, 2],
        [3, 4],
        [5, 6]
      ],
      biases: [7, 8, 9],
      weightGradients: [
        [0.1, 0.2],
        [0.3, 0.4],
        [0.5, 0.6]
      ],
      biasGradients: [0.7, 0.8, 0.9]
    }),
    layer({
      layer: 2,
      z: [[511], [521]],
      a: [[611], [621]],
      delta: [[711], [721]],
      weights: [[10, 11, 12]],
      biases: [13],
      weightGradients: [[1, 2, 3]],
      biasGradients: [4]
    })
  ]
} satisfies TraceInspection

describe('the one-hidden-layer shapes table', () => {
  it('reads n_x, n_h, n_y and m from a trace, and refuses another depth', () => {
    expect(traceDims(TRACE)).toEqual({ inputs: 2, hidden: 3, outputs: 1, samples: 2 })
    expect(traceDims({ ...TRACE, layers: [TRACE.layers[0]] })).toBeNull()
  })

  it('gives each matrix its course shape and the lab’s (the transpose for batch matrices)', () => {
    const rows = shapeRows({ inputs: 2, hidden: 4, outputs: 1, samples: 32 })
    const shapes = Object.fromEntries(
      rows.map((row) => [row.id, [row.size.join(' × '), labShape(row)]])
    )
    expect(shapes).toEqual({
      X: ['2 × 32', '32 × 2'],
      W1: ['4 × 2', '4 × 2'],
      b1: ['4 × 1', '4'],
      Z1: ['4 × 32', '32 × 4'],
      A1: ['4 × 32', '32 × 4'],
      W2: ['1 × 4', '1 × 4'],
      b2: ['1 × 1', '1'],
      A2: ['1 × 32', '32 × 1'],
      Y: ['1 × 32', '32 × 1'],
      dZ2: ['1 × 32', '32 × 1'],
      dW2: ['1 × 4', '1 × 4'],
      db2: ['1 × 1', '1'],
      dZ1: ['4 × 32', '32 × 4'],
      dW1: ['4 × 2', '4 × 2'],
      db1: ['4 × 1', '4']
    })
    expect(rows.every((row) => row.values === null)).toBe(true)
  })

  it('turns the lab’s rows back into the course’s columns for the live values', () => {
    const values = Object.fromEntries(
      shapeRows(traceDims(TRACE)!, TRACE).map((row) => [row.id, row.values])
    )
    expect(values.X).toEqual([
      [111, 121],
      [112, 122]
    ])
    expect(values.Z1).toEqual([
      [211, 221],
      [212, 222],
      [213, 223]
    ])
    expect(values.dZ1).toEqual([
      [411, 421],
      [412, 422],
      [413, 423]
    ])
    expect(values.W1).toEqual(TRACE.layers[0].weights)
    expect(values.b1).toEqual([[7], [8], [9]])
    expect(values.Y).toEqual([[1, 0]])
    expect(values.dZ2).toEqual([[711, 721]])
    expect(values.db2).toEqual([[4]])
  })

  it('prints values with 3 significant digits as a bracketed matrix', () => {
    expect(
      matrixTex([
        [0.123456, -2],
        [1000.4, 0]
      ])
    ).toBe('\\begin{bmatrix} 0.123 & -2 \\\\ 1000 & 0 \\end{bmatrix}')
  })

  it('traces only a run with one hidden layer narrow enough to print, judged by its architecture', () => {
    expect(liveValuesProblem('2-4-1')).toBeNull()
    expect(liveValuesProblem('8-8-8')).toBeNull()
    expect(liveValuesProblem('2-16-1')).toBe('tooWide')
    expect(liveValuesProblem('30000-1 logistic regression')).toBe('otherDepth')
    expect(liveValuesProblem('2-16-16-1')).toBe('otherDepth')
  })
})
