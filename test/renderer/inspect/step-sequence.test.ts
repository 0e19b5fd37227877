import { describe, expect, it } from 'vitest'
import type { TraceLayer } from '@shared/model/inspect'
import type { NetworkSpec } from '@shared/model/network'
import { formatExact } from '@renderer/lib/inspect/number-format'
import type { StepContext } from '@renderer/lib/inspect/step-context'
import {
  layersNeeded,
  stepHighlight,
  stepSequence,
  type StepRef
} from '@renderer/lib/inspect/step-sequence'
import { LAB_SYMBOLS } from '@renderer/lib/inspect/step-symbols'
import { sumOfProducts } from '@renderer/lib/inspect/step-arithmetic'
import { stepView } from '@renderer/lib/inspect/step-view'

const trainable = { weights: true, biases: true }
const TWO_TWO_TWO: NetworkSpec = {
  inputSize: 2,
  layers: [
    { units: 2, activation: 'sigmoid', trainable },
    { units: 2, activation: 'sigmoid', trainable }
  ],
  loss: 'half-squared-error'
}
/** 12 inputs, 10 ReLU units, 3 softmax outputs: layer 1 is too wide to show whole. */
const WIDE: NetworkSpec = {
  inputSize: 12,
  layers: [
    { units: 10, activation: 'relu', trainable },
    { units: 3, activation: 'softmax', trainable }
  ],
  loss: 'cross-entropy'
}

describe('step sequence', () => {
  it('for a 2-2-2 network: forward 1, forward 2, the loss, backward 2, backward 1, the update', () => {
    expect(stepSequence(2)).toEqual<StepRef[]>([
      { kind: 'forward', layer: 1 },
      { kind: 'forward', layer: 2 },
      { kind: 'loss', layer: null },
      { kind: 'backward', layer: 2 },
      { kind: 'backward', layer: 1 },
      { kind: 'update', layer: null }
    ])
    expect(stepSequence(5)).toHaveLength(2 * 5 + 2)
  })

  it('lights, step by step, the layers each one works on (whole layers of a small network)', () => {
    const lit = stepSequence(2).map((step) => stepHighlight(step, TWO_TWO_TWO, () => 0))
    expect(lit).toEqual([
      [{ layer: 0 }, { layer: 1 }],
      [{ layer: 1 }, { layer: 2 }],
      [{ layer: 2 }],
      [{ layer: 1 }, { layer: 2 }],
      [{ layer: 0 }, { layer: 1 }, { layer: 2 }],
      [{ layer: 0 }, { layer: 1 }, { layer: 2 }]
    ])
  })

  it('lights only the followed neuron of a wide layer', () => {
    const followed = (layer: number) => (layer === 1 ? 7 : 2)
    expect(stepHighlight({ kind: 'forward', layer: 1 }, WIDE, followed)).toEqual([
      { layer: 0 },
      { layer: 1, units: [7] }
    ])
    expect(stepHighlight({ kind: 'backward', layer: 1 }, WIDE, followed)).toEqual([
      { layer: 0 },
      { layer: 1, units: [7] },
      { layer: 2 }
    ])
  })

  it('fetches for each step only the trace layers whose numbers it shows', () => {
    expect(layersNeeded({ kind: 'forward', layer: 1 }, 3)).toEqual([1])
    expect(layersNeeded({ kind: 'forward', layer: 3 }, 3)).toEqual([2, 3])
    expect(layersNeeded({ kind: 'loss', layer: null }, 3)).toEqual([3])
    expect(layersNeeded({ kind: 'backward', layer: 2 }, 3)).toEqual([1, 2, 3])
    expect(layersNeeded({ kind: 'update', layer: null }, 3)).toEqual([1, 2, 3])
  })
})

/** A wide network's trace layers: inputs 1 … 12, z(1)_j = j − 4.5, softmax outputs. */
function wideContext(): StepContext {
  const inputs = Array.from({ length: 12 }, (_, k) => k + 1)
  const z1 = Array.from({ length: 10 }, (_, j) => j - 4.5)
  const a1 = z1.map((z) => Math.max(0, z))
  const rows = (count: number, width: number, scale: number) =>
    Array.from({ length: count }, (_, j) =>
      Array.from({ length: width }, (_, k) => scale * (j + 1) * (k - 5))
    )
  const layer1: TraceLayer = {
    layer: 1,
    z: [z1],
    a: [a1],
    delta: [z1.map((z) => (z > 0 ? 0.1 : 0))],
    weightGradients: rows(10, 12, 0.001),
    biasGradients: z1.map((z) => (z > 0 ? 0.1 : 0)),
    weights: rows(10, 12, 0.01),
    biases: new Array(10).fill(0),
    updatedWeights: rows(10, 12, 0.01),
    updatedBiases: new Array(10).fill(0)
  }
  return {
    network: WIDE,
    inputs,
    targets: [0, 1, 0],
    cost: 0.5,
    learningRate: 0.1,
    l1: 0,
    l2: 0,
    layers: new Map([[1, layer1]]),
    symbols: LAB_SYMBOLS,
    textbook: null,
    followed: () => 7
  }
}

/** The wide network's softmax layer: δ(2) = (0.2, −0.5, 0.3) through weights 1, 2 and −1. */
function secondLayer(): TraceLayer {
  return {
    layer: 2,
    z: [[0, 0, 0]],
    a: [[0.2, 0.5, 0.3]],
    delta: [[0.2, -0.5, 0.3]],
    weightGradients: [],
    biasGradients: [],
    weights: [new Array(10).fill(1), new Array(10).fill(2), new Array(10).fill(-1)],
    biases: [],
    updatedWeights: [],
    updatedBiases: []
  }
}

describe('steps of a wide layer', () => {
  it('follow one neuron: its z written with its largest terms first, …, and its bias', () => {
    const view = stepView({ kind: 'forward', layer: 1 }, wideContext())
    expect(view.groups).toHaveLength(1)
    expect(view.groups[0].title).toEqual({ key: 'groups.unit', params: { unit: 8, layer: 1 } })
    const [z, a] = view.groups[0].lines
    expect(z.symbol).toBe('z^{(1)}_{8}')
    // w·x of inputs 12, 11, 10, 9 are the largest: 5.76, 4.4, 3.2, 2.16 (zero terms never lead).
    expect(z.expression).toBe('0.48 × 12 + 0.4 × 11 + 0.32 × 10 + 0.24 × 9 + … + 0')
    expect(z.value).toBe(2.5)
    expect(a.expression).toBe('max(0, 2.5)')
    expect(view.matrices).toEqual([])
    expect(view.notes).toEqual([{ key: 'notes.termsSkipped', params: { count: 12 } }])
  })

  it('show the weights with the largest gradients into the followed neuron', () => {
    const context = wideContext()
    const view = stepView(
      { kind: 'backward', layer: 1 },
      {
        ...context,
        layers: new Map([...context.layers, [2, secondLayer()]])
      }
    )
    const lines = view.groups[0].lines
    // ∂J/∂a = 1 × 0.2 + 2 × (−0.5) + (−1) × 0.3 = −1.1; f′ = 1 (z = 2.5 > 0).
    expect(lines[0].expression).toBe('1 × 0.2 + 2 × (-0.5) + (-1) × 0.3')
    expect(lines[0].value).toBeCloseTo(-1.1, 12)
    expect(lines[1].expression).toBe('2.5 > 0')
    expect(lines[1].value).toBe(1)
    const weights = lines.filter((line) =>
      line.symbol.startsWith('\\frac{\\partial J}{\\partial W')
    )
    // Row 8 of ∂J/∂W is 0.008·(k − 5): the largest |values| are at k = 0, 1, 10, 11.
    expect(weights.map((line) => line.symbol)).toEqual(
      [0, 1, 10, 11].map((k) => LAB_SYMBOLS.dJdw(1, 7, k))
    )
    expect(view.notes).toContainEqual({
      key: 'notes.largestGradients',
      params: { shown: 4, count: 12 }
    })
  })
})

describe('steps with L1', () => {
  it('add λ₁ × sign(W) to each ∂J/∂W line, and name the term in the formula and the cost', () => {
    const context = { ...wideContext(), l1: 0.01 }
    const view = stepView(
      { kind: 'backward', layer: 1 },
      { ...context, layers: new Map([...context.layers, [2, secondLayer()]]) }
    )
    expect(view.formula).toContain('\\lambda_1 \\operatorname{sign}\\big(W^{(1)}\\big)')
    const weights = view.groups[0].lines.filter((line) =>
      line.symbol.startsWith('\\frac{\\partial J}{\\partial W')
    )
    // W(1) row 8 is 0.08·(k − 5): negative at k = 0 and 1, positive at 10 and 11.
    expect(weights.map((line) => line.expression!.split(' + ').at(-1))).toEqual([
      '0.01 × (-1)',
      '0.01 × (-1)',
      '0.01 × 1',
      '0.01 × 1'
    ])
  })
})

describe('exact numbers', () => {
  it('are written as the textbook prints them: 9 decimals, trailing zeros dropped', () => {
    expect(formatExact(0.593269992043)).toBe('0.593269992')
    expect(formatExact(0.7513650695523157)).toBe('0.75136507')
    expect(formatExact(0.0004385677)).toBe('0.000438568')
    expect(formatExact(0.35)).toBe('0.35')
    expect(formatExact(-2)).toBe('-2')
    expect(formatExact(0)).toBe('0')
  })

  it('switch to powers of ten for tiny and huge values', () => {
    expect(formatExact(-2.0131407e-5)).toBe('-2.0131407e-5')
    expect(formatExact(1.5e-12)).toBe('1.5e-12')
    expect(formatExact(123456789)).toBe('1.2345679e8')
  })
})

describe('a long sum written out', () => {
  it('leads with the terms that contribute most, not the zero pixels of an image', () => {
    // A 28 × 28 image's first pixels are black (0): their terms add nothing.
    const pairs = [-0.0495, 0.0104, 0.03, -0.2, 0.12, 0.07, 0.01, 0.05, 0.09, 0.02].map(
      (weight, pixel) => [weight, pixel < 3 ? 0 : pixel / 10] as const
    )
    expect(sumOfProducts(pairs, 0.5)).toBe(
      '0.09 × 0.8 + (-0.2) × 0.3 + 0.12 × 0.4 + 0.07 × 0.5 + … + 0.5'
    )
  })

  it('keeps the order of a short one (the textbook’s sums read as published)', () => {
    expect(
      sumOfProducts(
        [
          [0.15, 0.05],
          [0.2, 0.1]
        ],
        0.35
      )
    ).toBe('0.15 × 0.05 + 0.2 × 0.1 + 0.35')
  })
})
