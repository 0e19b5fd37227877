import { describe, expect, it } from 'vitest'
import {
  createJsKernels,
  createNetwork,
  gradientCheck,
  Rng,
  type Kernels,
  type Network
} from '../../src/main/engine'
import { oneHotRows, randomRows, specOf } from './support/networks'

/**
 * gradientCheck is code under test too: it must pass on the engine's correct gradients and fail,
 * naming the layer, kind, row and column, when a gradient is deliberately corrupted.
 */

/** 3 → 4 tanh → 5 sigmoid → 2 softmax: three layers with different unit counts. */
const spec = specOf(
  3,
  [
    { units: 4, activation: 'tanh' },
    { units: 5, activation: 'sigmoid' },
    { units: 2, activation: 'softmax' }
  ],
  'cross-entropy'
)
const rng = new Rng(21)
const inputs = randomRows(rng, 6, 3)
const targets = oneHotRows(rng, 6, 2)

function networkWith(kernels: Kernels): Network {
  return createNetwork(spec, kernels, 'xavier', new Rng(22))
}

describe('gradientCheck', () => {
  it("passes on the engine's own gradients (Float64, with L2)", () => {
    const check = gradientCheck(networkWith(createJsKernels('f64')), inputs, targets, 1e-6, {
      l1: 0,
      l2: 0.01
    })
    expect(check.passed).toBe(true)
    expect(check.layers.map((layer) => layer.layer)).toEqual([1, 2, 3])
    for (const layer of check.layers) expect(layer.maxRelativeError).toBeLessThan(1e-6)
  })

  it('leaves the network unchanged', () => {
    const network = networkWith(createJsKernels('f64'))
    const before = network.layers.map((layer) => Array.from(layer.weights.data))
    gradientCheck(network, inputs, targets, 1e-6, { l1: 0, l2: 0.01 })
    expect(network.layers.map((layer) => Array.from(layer.weights.data))).toEqual(before)
  })

  it('fails on the layer whose bias gradients (columnSums) are off by a factor, naming kind "bias"', () => {
    const kernels = createJsKernels('f64')
    // ∂J/∂b = (1/m) Σᵢ δᵢ comes from columnSums; inflate it by 1.5 for the 5-unit layer only.
    const corrupted: Kernels = {
      ...kernels,
      columnSums: (m, out, scale) =>
        kernels.columnSums(m, out, out.length === 5 ? 1.5 * scale : scale)
    }
    const check = gradientCheck(networkWith(corrupted), inputs, targets, 1e-6, { l1: 0, l2: 0.01 })
    expect(check.passed).toBe(false)
    const [first, second, third] = check.layers
    expect(first.maxRelativeError).toBeLessThan(1e-6)
    expect(third.maxRelativeError).toBeLessThan(1e-6)
    expect(second.layer).toBe(2)
    expect(second.worst.kind).toBe('bias')
    expect(second.worst.column).toBeNull()
    // backprop = 1.5 × numeric, so the relative error is 0.5 / 1.5 = 1/3 for every bias.
    expect(second.maxRelativeError).toBeCloseTo(1 / 3, 6)
    expect(second.worst.backprop / second.worst.numeric).toBeCloseTo(1.5, 6)
  })

  it('fails on a single corrupted weight gradient, naming its layer, row and column', () => {
    const kernels = createJsKernels('f64')
    // ∂J/∂W(l) = (1/m) δᵀ a(l−1) is the only gemm with transposeA; nudge entry (row 3, column 1)
    // of the 5 × 4 one (layer 2) after the product.
    const corrupted: Kernels = {
      ...kernels,
      gemm(a, transposeA, b, transposeB, c, alpha, beta) {
        kernels.gemm(a, transposeA, b, transposeB, c, alpha, beta)
        if (transposeA && c.rows === 5 && c.cols === 4) c.data[3 * 4 + 1] += 1e-3
      }
    }
    const check = gradientCheck(networkWith(corrupted), inputs, targets, 1e-6, { l1: 0, l2: 0.01 })
    expect(check.passed).toBe(false)
    const failing = check.layers.filter((layer) => layer.maxRelativeError > 1e-6)
    expect(failing.map((layer) => layer.layer)).toEqual([2])
    expect(failing[0].worst).toMatchObject({ kind: 'weight', row: 3, column: 1 })
    expect(failing[0].worst.backprop - failing[0].worst.numeric).toBeCloseTo(1e-3, 8)
  })

  it('refuses a non-positive epsilon', () => {
    expect(() =>
      gradientCheck(networkWith(createJsKernels('f64')), inputs, targets, 0, { l1: 0, l2: 0 })
    ).toThrow('epsilon must be positive, got 0')
  })
})
