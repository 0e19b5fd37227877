import type { ActivationName } from '../../shared/model/network'
import type { FloatArray } from './tensor/matrix'

/**
 * Activation functions, each with its derivative beside it. The array loops here are the
 * reference implementation the plain TypeScript kernels use; faster backends must agree with them.
 */
export interface Activation {
  readonly name: ActivationName
  /** a = f(z) over a rows × cols batch (softmax works row by row). */
  forward(z: FloatArray, a: FloatArray, rows: number, cols: number, alpha: number): void
  /** out = ∂L/∂z from upstream = ∂L/∂a, z and a = f(z); `out` may alias `upstream`. */
  backward(
    z: FloatArray,
    a: FloatArray,
    upstream: FloatArray,
    out: FloatArray,
    rows: number,
    cols: number,
    alpha: number
  ): void
}

/** σ(z) = 1 / (1 + e^(−z)), computed without overflow for large |z|. */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z))
  const ez = Math.exp(z)
  return ez / (1 + ez)
}

/** Elementwise activation from its scalar f(z) and f′ written in terms of z and a = f(z). */
function elementwise(
  name: ActivationName,
  value: (z: number, alpha: number) => number,
  derivative: (z: number, a: number, alpha: number) => number
): Activation {
  return {
    name,
    forward(z, a, rows, cols, alpha) {
      const count = rows * cols
      for (let i = 0; i < count; i++) a[i] = value(z[i], alpha)
    },
    backward(z, a, upstream, out, rows, cols, alpha) {
      const count = rows * cols
      // ∂L/∂z = ∂L/∂a ⊙ f′(z)
      for (let i = 0; i < count; i++) out[i] = upstream[i] * derivative(z[i], a[i], alpha)
    }
  }
}

/** softmax(z)ₖ = e^(zₖ − max z) / Σⱼ e^(zⱼ − max z): shifting by the row's max avoids overflow. */
const softmax: Activation = {
  name: 'softmax',
  forward(z, a, rows, cols) {
    for (let i = 0; i < rows; i++) {
      const start = i * cols
      let max = -Infinity
      for (let k = 0; k < cols; k++) max = Math.max(max, z[start + k])
      let sum = 0
      for (let k = 0; k < cols; k++) {
        const e = Math.exp(z[start + k] - max)
        a[start + k] = e
        sum += e
      }
      for (let k = 0; k < cols; k++) a[start + k] /= sum
    }
  },
  backward(_z, a, upstream, out, rows, cols) {
    // ∂aₖ/∂zⱼ = aₖ(1[k=j] − aⱼ), so ∂L/∂zₖ = aₖ (gₖ − Σⱼ gⱼ aⱼ) with g = ∂L/∂a.
    for (let i = 0; i < rows; i++) {
      const start = i * cols
      let dot = 0
      for (let k = 0; k < cols; k++) dot += upstream[start + k] * a[start + k]
      for (let k = 0; k < cols; k++) {
        out[start + k] = a[start + k] * (upstream[start + k] - dot)
      }
    }
  }
}

/** Every activation by name. */
export const ACTIVATIONS = {
  // σ′(z) = σ(z)(1 − σ(z)) = a(1 − a)
  sigmoid: elementwise('sigmoid', sigmoid, (_z, a) => a * (1 - a)),
  // tanh′(z) = 1 − tanh²(z) = 1 − a²
  tanh: elementwise('tanh', Math.tanh, (_z, a) => 1 - a * a),
  // relu(z) = max(0, z); relu′(z) = 1 for z > 0, else 0 (0 at exactly z = 0)
  relu: elementwise(
    'relu',
    (z) => (z > 0 ? z : 0),
    (z) => (z > 0 ? 1 : 0)
  ),
  // leaky-relu(z) = z for z > 0, else αz; derivative 1 for z > 0, else α (α at exactly z = 0)
  'leaky-relu': elementwise(
    'leaky-relu',
    (z, alpha) => (z > 0 ? z : alpha * z),
    (z, _a, alpha) => (z > 0 ? 1 : alpha)
  ),
  // linear(z) = z; derivative 1
  linear: elementwise(
    'linear',
    (z) => z,
    () => 1
  ),
  softmax
} as const satisfies Record<ActivationName, Activation>
