import { describe, expect, it } from 'vitest'
import {
  createJsKernels,
  createNetwork,
  gradientCheck,
  Rng,
  type Kernels,
  type Network
} from '../../src/main/engine'
import { gradientTolerance } from '../../src/shared/model/gradient-tolerance'
import { NO_REGULARIZATION } from '../../src/shared/model/training'
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

  it('fails on the one layer whose bias gradient has its sign flipped', () => {
    const kernels = createJsKernels('f64')
    // −∂J/∂b for the 4-unit layer (layer 1) only.
    const flipped: Kernels = {
      ...kernels,
      columnSums: (m, out, scale) => kernels.columnSums(m, out, out.length === 4 ? -scale : scale)
    }
    const check = gradientCheck(networkWith(flipped), inputs, targets, 1e-6, { l1: 0, l2: 0.01 })
    expect(check.layers.map((layer) => layer.passed)).toEqual([false, true, true])
    expect(check.layers[0].worst).toMatchObject({ kind: 'bias', column: null })
    expect(check.layers[0].worst.backprop).toBeCloseTo(-check.layers[0].worst.numeric, 8)
  })

  it('fails on every layer when backprop leaves out the L2 term λW', () => {
    const kernels = createJsKernels('f64')
    // ∂J/∂W(l) gets λW(l) added by addScaled; a backprop that forgets it.
    const forgetful: Kernels = { ...kernels, addScaled: () => true }
    const check = gradientCheck(networkWith(forgetful), inputs, targets, 1e-6, { l1: 0, l2: 0.01 })
    expect(check.passed).toBe(false)
    expect(check.layers.map((layer) => [layer.passed, layer.worst.kind])).toEqual([
      [false, 'weight'],
      [false, 'weight'],
      [false, 'weight']
    ])
  })

  it('judges |b − n| ≤ atol + rtol·max(|b|, |n|), atol the rounding of J over 2ε', () => {
    const network = networkWith(createJsKernels('f64'))
    const check = gradientCheck(network, inputs, targets, 1e-5, { l1: 0, l2: 0.01 })
    expect(check.loss).toBeGreaterThan(0)
    expect(check.tolerance).toEqual(gradientTolerance('f64', check.loss, 1e-5))
    // 100 units in the last place of max(|J|, 1), divided by ε: J's rounding in Float64.
    expect(gradientTolerance('f64', 0.5, 1e-5)).toEqual({
      absolute: (100 * 2 ** -53) / 1e-5,
      relative: 1e-6
    })
    expect(gradientTolerance('f64', 8, 1e-4).absolute).toBeCloseTo((800 * 2 ** -53) / 1e-4, 30)
    // Float32 backprop adds its own rounding, 10 units of 2⁻²⁴ of max(|J|, 1).
    expect(gradientTolerance('f32', 0.5, 1e-5)).toEqual({
      absolute: (100 * 2 ** -53) / 1e-5 + 10 * 2 ** -24,
      relative: 1e-3
    })
    for (const layer of check.layers) {
      const { backprop, numeric, absoluteError, tolerance } = layer.worst
      expect(absoluteError).toBe(Math.abs(backprop - numeric))
      expect(tolerance).toBe(
        check.tolerance.absolute +
          check.tolerance.relative * Math.max(Math.abs(backprop), Math.abs(numeric))
      )
      expect(layer.passed).toBe(true)
      expect(layer.kinks).toBe(0)
    }
  })

  it('refuses a non-positive epsilon', () => {
    expect(() =>
      gradientCheck(networkWith(createJsKernels('f64')), inputs, targets, 0, { l1: 0, l2: 0 })
    ).toThrow('epsilon must be positive, got 0')
  })
})

/**
 * A ReLU kink: z(1) = W x + b sits 3e-6 above 0, so moving W or b by ε = 1e-5 either way crosses
 * 0. The central difference then averages the slopes on both sides and cannot judge backprop,
 * which takes the slope at z itself: such entries are counted as kinks, not failures.
 */
describe('gradientCheck at a kink', () => {
  /** 1 → 1 `activation` → 1 linear, half squared error, z(1) = 0.5 · 1 − 0.5 + 3e-6. */
  function kinked(activation: 'relu' | 'leaky-relu', kernels: Kernels = createJsKernels('f64')) {
    const network = createNetwork(
      specOf(
        1,
        [
          { units: 1, activation },
          { units: 1, activation: 'linear' }
        ],
        'half-squared-error'
      ),
      kernels,
      'zeros',
      new Rng(1)
    )
    const [hidden, output] = network.layers
    hidden.weights.data[0] = 0.5
    hidden.biases[0] = -0.5 + 3e-6
    output.weights.data[0] = 2
    output.biases[0] = 0.1
    return network
  }

  for (const activation of ['relu', 'leaky-relu'] as const) {
    it(`${activation}: reports the hidden layer's two parameters as kinks and passes`, () => {
      const check = gradientCheck(kinked(activation), [[1]], [[1]], 1e-5, NO_REGULARIZATION)
      expect(check.layers.map((layer) => [layer.layer, layer.kinks, layer.passed])).toEqual([
        [1, 2, true],
        [2, 0, true]
      ])
      expect(check.passed).toBe(true)
    })
  }

  it('still fails a wrong gradient that is not at a kink', () => {
    const kernels = createJsKernels('f64')
    // The output layer's ∂J/∂W(2) doubled: its z(2) has no kink.
    const corrupted: Kernels = {
      ...kernels,
      gemm(a, transposeA, b, transposeB, c, alpha, beta) {
        kernels.gemm(a, transposeA, b, transposeB, c, transposeA ? 2 * alpha : alpha, beta)
      }
    }
    const network = kinked('relu', corrupted)
    network.layers[0].biases[0] = 0.3
    const check = gradientCheck(network, [[1]], [[1]], 1e-5, NO_REGULARIZATION)
    expect(check.layers.map((layer) => layer.kinks)).toEqual([0, 0])
    expect(check.passed).toBe(false)
  })
})
