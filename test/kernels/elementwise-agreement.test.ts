import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_ACTIVATION_SETTINGS,
  type ActivationRecord,
  type ActivationSettings
} from '../../src/shared/model/activations/activation-record'
import {
  ACTIVATION_CATALOGUE,
  ACTIVATION_NAMES,
  type ActivationName
} from '../../src/shared/model/activations/catalogue'
import { createJsKernels } from '../../src/main/engine/tensor/js-kernels'
import type { Kernels } from '../../src/main/engine/tensor/kernels'
import type { FloatArray, Matrix } from '../../src/main/engine/tensor/matrix'
import { loadKernels, type LoadedKernels } from '../../src/main/kernel-host/load-kernels'
import {
  copyTo,
  expectAgreement,
  expectRelative,
  randomMatrix,
  seeded,
  vectorOf
} from './support/agreement'

/**
 * Everything but gemm, WASM against Float64 on the same Float32 inputs: bias add, column sums and
 * the optimizer updates against the TypeScript reference; every activation of the catalogue
 * forward (after the bias add) and backward against its scalar f and f′ (the hand-written WASM
 * kernels must agree with the catalogue), with every setting each activation reads (odd sizes
 * reach the one-lane leftovers and softmax's overlapping last vector); the L2 sum and the
 * finiteness check.
 */
const SHAPES: [rows: number, cols: number][] = [
  [1, 1],
  [4, 3],
  [3, 5],
  [2, 8],
  [17, 10],
  [64, 129]
]
const reference = createJsKernels('f64')

/** The values each activation setting is tried with (a new setting must name its own here). */
const SETTING_VALUES = {
  alpha: [0.01, 0.2],
  approximate: ['none', 'tanh']
} satisfies { [Key in keyof ActivationSettings]: readonly ActivationSettings[Key][] }

/** Every combination of the setting values. */
const SETTING_VARIANTS = Object.entries(SETTING_VALUES).reduce<ActivationSettings[]>(
  (variants, [key, values]) =>
    variants.flatMap((settings) => values.map((value) => ({ ...settings, [key]: value }))),
  [{} as ActivationSettings]
)

describe.each(['relaxed', 'simd'] as const)(
  'wasm kernels (%s build) against Float64',
  (variant) => {
    let wasm: LoadedKernels
    beforeAll(async () => {
      wasm = await loadKernels('f32', { threads: 1, variant })
    })
    afterAll(() => wasm.dispose())

    it.each(SHAPES)('bias add and column sums on %i × %i', (rows, cols) => {
      const rng = seeded(rows * 100 + cols)
      const z = randomMatrix(wasm, rows, cols, rng, 3)
      const biases = randomMatrix(wasm, 1, cols, rng).data
      const expected = copyTo(reference, z)
      expected.data.forEach((value, i) => (expected.data[i] = value + biases[i % cols]))
      const a = wasm.matrix(rows, cols)
      wasm.addBiasAndActivate('linear', DEFAULT_ACTIVATION_SETTINGS, z, biases, a)
      expectRelative(z.data, expected.data, 'Z + b')
      expect(Array.from(a.data), 'linear A = Z + b').toEqual(Array.from(z.data))

      const sums = wasm.vector(cols)
      const expectedSums = reference.vector(cols)
      reference.columnSums(expected, expectedSums, 0.25)
      wasm.columnSums(z, sums, 0.25)
      const sizes = columnSizes(expected, 0.25)
      expectAgreement(sums, expectedSums, (j) => sizes[j], 'column sums')
    })

    describe.each(ACTIVATION_NAMES.map((name) => [name]))('%s', (activation: ActivationName) => {
      const record = ACTIVATION_CATALOGUE[activation] as ActivationRecord
      it.each(SHAPES)('forward and backward on %i × %i against the catalogue', (rows, cols) => {
        SETTING_VARIANTS.forEach((settings, variant) => {
          const what = `${activation} ${JSON.stringify(settings)}`
          const rng = seeded(rows * cols + variant * 100)
          const z = randomMatrix(wasm, rows, cols, rng, 8)
          // Exactly 0 and far tails, where stable forms and the z = 0 derivative rules matter
          // (their biases 0, so z + b keeps them).
          z.data[0] = 0
          if (z.data.length > 2) z.data[1] = -60
          if (z.data.length > 3) z.data[2] = 60
          const biases = randomMatrix(wasm, 1, cols, rng).data
          biases.fill(0, 0, 3)
          const biased = Array.from(z.data, (value, i) => Math.fround(value + biases[i % cols]))
          const a = wasm.matrix(rows, cols)
          wasm.addBiasAndActivate(activation, settings, z, biases, a)
          expect(Array.from(z.data), `${what}: Z + b`).toEqual(biased)
          const upstream = randomMatrix(wasm, rows, cols, rng)
          const g = Array.from(upstream.data)
          const out = wasm.matrix(rows, cols)
          wasm.activationBackward(activation, settings, z, a, upstream, out)
          // Backward once more in place (out = upstream): the same numbers.
          wasm.activationBackward(activation, settings, z, a, upstream, upstream)
          expect(Array.from(upstream.data), `${what} backward in place`).toEqual(
            Array.from(out.data)
          )

          if (record.kind === 'row-wise') {
            // No scalar f: the Float64 reference (written beside the engine) is the truth.
            const expectedA = reference.matrix(rows, cols)
            const zeros = reference.vector(cols)
            reference.addBiasAndActivate(
              activation,
              settings,
              copyTo(reference, z),
              zeros,
              expectedA
            )
            expectRelative(a.data, expectedA.data, `${what} forward`)
            const referenceA = copyTo(reference, a)
            const expected = vectorOf(reference, g)
            const gradient = { rows, cols, data: expected }
            reference.activationBackward(
              activation,
              settings,
              copyTo(reference, z),
              referenceA,
              gradient,
              gradient
            )
            const sizes = rowwiseSizes(referenceA, g)
            expectAgreement(out.data, expected, (i) => sizes[i], `${what} backward`)
            return
          }
          // The catalogue's scalar f and f′ in Float64 at the same (Float32) z.
          const exactA = Array.from(z.data, (value) => record.value(value, settings))
          expectRelative(a.data, exactA, `${what} forward`)
          const slopes = Array.from(z.data, (value, i) => record.slope(value, exactA[i], settings))
          // f′ is judged against the size of its terms, at most |f′| + |a| for every activation
          // here (σ′ = a − a², tanh′ = 1 − a² and the smooth rectifiers' f′ cancel near their 0s).
          expectAgreement(
            out.data,
            slopes.map((slope, i) => g[i] * slope),
            (i) => Math.abs(g[i]) * (Math.abs(slopes[i]) + Math.abs(exactA[i])),
            `${what} backward`
          )
        })
      })
    })

    it.each([[1], [7], [1000], [12345]])('optimizer updates and L2 sum over %i values', (count) => {
      const rng = seeded(count)
      const parameters = () => randomMatrix(wasm, 1, count, rng).data
      const [values, gradients, velocity, first, second] = [1, 2, 3, 4, 5].map(parameters)
      for (let i = 0; i < count; i++) second[i] = Math.abs(second[i])
      const copy = (x: ArrayLike<number>) => vectorOf(reference, x)
      const expected = [values, gradients, velocity, first, second].map(copy)

      const addedTo = copy(values)
      reference.addScaled(addedTo, expected[1], -0.3)
      const added = wasm.vector(count)
      added.set(values)
      wasm.addScaled(added, gradients, -0.3)
      expectAgreement(
        added,
        addedTo,
        (i) => Math.abs(values[i]) + 0.3 * Math.abs(gradients[i]),
        'θ − η g'
      )

      const [expectedValues, , expectedVelocity] = expected
      reference.momentumStep(expectedValues, expected[1], expectedVelocity, 0.1, 0.9)
      const momentumValues = wasm.vector(count)
      momentumValues.set(values)
      wasm.momentumStep(momentumValues, gradients, velocity, 0.1, 0.9)
      const velocitySize = (i: number) =>
        0.9 * Math.abs(expected[2][i]) + Math.abs(gradients[i]) + 1
      expectAgreement(velocity, expectedVelocity, velocitySize, 'momentum velocity')
      expectAgreement(momentumValues, expectedValues, (i) => Math.abs(values[i]) + 1, 'momentum θ')

      const adam = { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, step: 3 }
      const adamValues = copy(values)
      const [expectedFirst, expectedSecond] = [copy(first), copy(second)]
      // m = β₁ m + (1 − β₁) g: judged against the size of both terms.
      const firstSize = (i: number) => 0.9 * Math.abs(first[i]) + 0.1 * Math.abs(gradients[i])
      const firstSizes = Array.from({ length: count }, (_, i) => firstSize(i))
      reference.adamStep(adamValues, expected[1], expectedFirst, expectedSecond, adam)
      const wasmValues = wasm.vector(count)
      wasmValues.set(values)
      wasm.adamStep(wasmValues, gradients, first, second, adam)
      expectAgreement(first, expectedFirst, (i) => firstSizes[i], 'Adam m')
      expectRelative(second, expectedSecond, 'Adam v')
      // Each step moves θ by about η, so θ is judged against |θ| + η.
      expectAgreement(
        wasmValues,
        adamValues,
        (i) => Math.abs(values[i]) + adam.learningRate,
        'Adam θ'
      )

      expectRelative([wasm.sumOfSquares(values)], [reference.sumOfSquares(copy(values))], 'Σ θ²')
    })

    it('the L1 sum Σ|θ| and g + λ₁ sign(θ), with sign(0) = 0, on every lane', () => {
      // 37 = nine vectors of 4 and one leftover; the zeros sit in vector lanes and the leftover.
      for (const count of [1, 4, 7, 37]) {
        const rng = seeded(count)
        const values = randomMatrix(wasm, 1, count, rng, 2).data
        values[0] = 0
        values[count - 1] = 0
        if (count > 5) values[5] = -0
        const gradients = randomMatrix(wasm, 1, count, rng).data
        const expected = Array.from(gradients, (g, i) => g + 0.3 * Math.sign(values[i]))
        expectRelative(
          [wasm.sumOfAbsolutes(values)],
          [Array.from(values).reduce((sum, value) => sum + Math.abs(value), 0)],
          'Σ |θ|'
        )
        wasm.addSigns(gradients, values, 0.3)
        expectAgreement(gradients, expected, (i) => Math.abs(expected[i]) + 0.3, 'g + λ₁ sign θ')
        expect(gradients[0]).toBe(Math.fround(expected[0]))
      }
    })

    it('each update tells whether the values it wrote are finite, leftover lanes included', () => {
      const adam = { learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8, step: 1 }
      // Each backend's three updates of θ = 1 by gradients g: whether every new θ is finite.
      const updates = (kernels: Kernels, gradients: FloatArray): boolean[] => {
        const count = gradients.length
        const fresh = (value: number) => vectorOf(kernels, new Array<number>(count).fill(value))
        const g = vectorOf(kernels, Array.from(gradients))
        return [
          kernels.addScaled(fresh(1), g, -0.5),
          kernels.momentumStep(fresh(1), g, fresh(0), 0.1, 0.9),
          kernels.adamStep(fresh(1), g, fresh(0), fresh(0), adam)
        ]
      }
      // 7 = one vector of 4 and three leftovers.
      for (const count of [1, 4, 7, 37]) {
        const gradients = new Float32Array(count).fill(0.25)
        expect(updates(wasm, gradients)).toEqual([true, true, true])
        expect(updates(reference, gradients)).toEqual([true, true, true])
        for (const bad of [NaN, Infinity, -Infinity]) {
          for (let position = 0; position < count; position++) {
            gradients.fill(0.25)
            gradients[position] = bad
            const where = `${bad} at ${position} of ${count}`
            expect(updates(wasm, gradients), where).toEqual([false, false, false])
            expect(updates(reference, gradients), where).toEqual([false, false, false])
          }
        }
        // A finite step too far: 3e38 + 0.5 · 3e38 is past Float32's largest, 3.4e38.
        const values = vectorOf(wasm, new Array<number>(count).fill(3e38))
        expect(wasm.addScaled(values, vectorOf(wasm, [...values].fill(-3e38)), -0.5)).toBe(false)
        expect(values[count - 1]).toBe(Infinity)
      }
    })
  }
)

/** |scale| Σᵢ |M[i][j]| per column. */
function columnSizes(m: Matrix, scale: number): number[] {
  const sizes = new Array<number>(m.cols).fill(0)
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) sizes[j] += Math.abs(scale * m.data[i * m.cols + j])
  }
  return sizes
}

/** Size of each softmax backward result's terms: |a| (|g| + Σⱼ |gⱼ aⱼ|) per row. */
function rowwiseSizes(a: Matrix, g: readonly number[]): number[] {
  const sizes: number[] = []
  for (let i = 0; i < a.rows; i++) {
    let dot = 0
    for (let k = 0; k < a.cols; k++) dot += Math.abs(g[i * a.cols + k] * a.data[i * a.cols + k])
    for (let k = 0; k < a.cols; k++) {
      sizes.push(Math.abs(a.data[i * a.cols + k]) * (Math.abs(g[i * a.cols + k]) + dot))
    }
  }
  return sizes
}
