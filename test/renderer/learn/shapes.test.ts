import { describe, expect, it } from 'vitest'
import type { TraceInspection, TraceLayer } from '@shared/model/inspect'
import { NOTATIONS } from '@renderer/lib/learn/notation'
import { liveValuesProblem, matrixTex, shapeRows, traceDims } from '@renderer/lib/learn/shapes'

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

  it('gives each matrix its shape in every notation, and the lab’s (the transpose for batches)', () => {
    const dims = { inputs: 2, hidden: 4, outputs: 1, samples: 32 }
    const shapes = (id: 'lab' | 'course' | 'derivation') =>
      Object.fromEntries(
        shapeRows(dims, NOTATIONS[id]).map((row) => [
          row.id,
          [row.dims.join(' × '), row.size.join(' × '), row.lab.shape]
        ])
      )
    expect(shapes('course')).toEqual({
      X: ['n_x × m', '2 × 32', '32 × 2'],
      W1: ['n_h × n_x', '4 × 2', '4 × 2'],
      b1: ['n_h × 1', '4 × 1', '4'],
      Z1: ['n_h × m', '4 × 32', '32 × 4'],
      A1: ['n_h × m', '4 × 32', '32 × 4'],
      W2: ['n_y × n_h', '1 × 4', '1 × 4'],
      b2: ['n_y × 1', '1 × 1', '1'],
      Z2: ['n_y × m', '1 × 32', '32 × 1'],
      A2: ['n_y × m', '1 × 32', '32 × 1'],
      Y: ['n_y × m', '1 × 32', '32 × 1'],
      dZ2: ['n_y × m', '1 × 32', '32 × 1'],
      dW2: ['n_y × n_h', '1 × 4', '1 × 4'],
      db2: ['n_y × 1', '1 × 1', '1'],
      dZ1: ['n_h × m', '4 × 32', '32 × 4'],
      dW1: ['n_h × n_x', '4 × 2', '4 × 2'],
      db1: ['n_h × 1', '4 × 1', '4']
    })
    const lab = shapes('lab')
    expect([lab.X, lab.Z2, lab.b1, lab.W1]).toEqual([
      ['m × n_x', '32 × 2', '32 × 2'],
      ['m × n_y', '32 × 1', '32 × 1'],
      ['n_h', '4', '4'],
      ['n_h × n_x', '4 × 2', '4 × 2']
    ])
    const derivation = shapes('derivation')
    expect([derivation.X, derivation.Z1, derivation.b1, derivation.W2]).toEqual([
      ['s_1 × m', '2 × 32', '32 × 2'],
      ['s_2 × m', '4 × 32', '32 × 4'],
      ['s_2', '4', '4'],
      ['s_3 × s_2', '1 × 4', '1 × 4']
    ])
    expect(shapeRows(dims, NOTATIONS.course).every((row) => row.values === null)).toBe(true)
  })

  it('names each matrix in the notation: Z[2], Z(2) in the lab, Z(3) in the derivation', () => {
    const symbols = (id: 'lab' | 'course' | 'derivation') =>
      Object.fromEntries(
        shapeRows(traceDims(TRACE)!, NOTATIONS[id]).map((row) => [row.id, row.symbol])
      )
    expect(symbols('course')).toMatchObject({ Z2: 'Z^{[2]}', dZ1: 'dZ^{[1]}', dW2: 'dW^{[2]}' })
    expect(symbols('lab')).toMatchObject({ Z2: 'Z^{(2)}', dZ1: '\\Delta^{(1)}' })
    expect(symbols('derivation')).toMatchObject({
      Z2: 'Z^{(3)}',
      A1: 'A^{(2)}',
      W1: 'W^{(1)}',
      dZ2: '\\Delta^{(3)}'
    })
  })

  it('turns the lab’s rows into columns for the course and the derivation, keeps them for the lab', () => {
    const values = Object.fromEntries(
      shapeRows(traceDims(TRACE)!, NOTATIONS.course, TRACE).map((row) => [row.id, row.values])
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
    expect(values.Z2).toEqual([[511, 521]])
    expect(values.dZ2).toEqual([[711, 721]])
    expect(values.db2).toEqual([[4]])
    const lab = Object.fromEntries(
      shapeRows(traceDims(TRACE)!, NOTATIONS.lab, TRACE).map((row) => [row.id, row.values])
    )
    expect(lab.Z1).toEqual(TRACE.layers[0].z)
    expect(lab.b1).toEqual([[7, 8, 9]])
    expect(lab.W1).toEqual(TRACE.layers[0].weights)
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
