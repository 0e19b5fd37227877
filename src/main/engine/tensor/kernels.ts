import type { ActivationName, ActivationSettings, Precision } from '../../../shared/model/network'
import type { FloatArray, Matrix } from './matrix'

/**
 * The numeric kernels the network is built from: the one place to make fast. The plain
 * TypeScript backend (`js-kernels.ts`) is the reference and serves Float64; a WASM SIMD backend
 * implements the same interface for Float32. Every matrix a backend works on must come from its
 * own `matrix`/`vector` (a WASM backend keeps them in its linear memory).
 */
export interface Kernels {
  /** Short name for logs and benchmarks, e.g. `js-f64` or `wasm-simd-f32`. */
  readonly name: string
  readonly precision: Precision

  /** A zero-filled rows × cols matrix in this backend's memory. */
  matrix(rows: number, cols: number): Matrix
  /** A zero-filled vector in this backend's memory. */
  vector(length: number): FloatArray

  /**
   * General matrix product: C ← alpha · op(A) · op(B) + beta · C, where op(X) is X or Xᵀ.
   * With beta = 0, C's previous contents are ignored (even NaN).
   */
  gemm(
    a: Matrix,
    transposeA: boolean,
    b: Matrix,
    transposeB: boolean,
    c: Matrix,
    alpha: number,
    beta: number
  ): void

  /** Z ← Z + 1·bᵀ: adds the bias vector to every row. */
  addBias(z: Matrix, biases: FloatArray): void

  /** out[j] ← scale · Σᵢ M[i][j]: the column sums (e.g. ∂J/∂b = (1/m) Σᵢ δᵢ). */
  columnSums(m: Matrix, out: FloatArray, scale: number): void

  /** A ← f(Z), elementwise (row-wise for softmax), with the layer's activation settings. */
  activationForward(
    activation: ActivationName,
    settings: ActivationSettings,
    z: Matrix,
    a: Matrix
  ): void

  /**
   * Out ← ∂L/∂Z given Upstream = ∂L/∂A, Z and A = f(Z): Upstream ⊙ f′(Z) elementwise, and for
   * softmax the Jacobian-vector product of each row. `out` may be `upstream`.
   */
  activationBackward(
    activation: ActivationName,
    settings: ActivationSettings,
    z: Matrix,
    a: Matrix,
    upstream: Matrix,
    out: Matrix
  ): void

  /** target ← target + scale · source, elementwise (SGD's θ ← θ − η g; the L2 term g ← g + λW). */
  addScaled(target: FloatArray, source: FloatArray, scale: number): void

  /** Heavy-ball momentum on one parameter: v ← μ v + g, then θ ← θ − η v. */
  momentumStep(
    values: FloatArray,
    gradients: FloatArray,
    velocity: FloatArray,
    learningRate: number,
    momentum: number
  ): void

  /**
   * Adam on one parameter at step t (1-based): m ← β₁ m + (1 − β₁) g, v ← β₂ v + (1 − β₂) g²,
   * θ ← θ − η m̂ / (√v̂ + ε) with m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ).
   */
  adamStep(
    values: FloatArray,
    gradients: FloatArray,
    firstMoment: FloatArray,
    secondMoment: FloatArray,
    settings: AdamSettings
  ): void

  /** Σᵢ xᵢ² (the L2 term sums every weight). */
  sumOfSquares(values: FloatArray): number

  /** Σᵢ |xᵢ| (the L1 term sums every weight). */
  sumOfAbsolutes(values: FloatArray): number

  /**
   * target ← target + scale · sign(source), elementwise, with sign(0) = 0 (the L1 term's
   * subgradient: g ← g + λ₁ sign(W)).
   */
  addSigns(target: FloatArray, source: FloatArray, scale: number): void

  /** True when no element is NaN or ±Infinity. */
  allFinite(values: FloatArray): boolean
}

/** Adam's hyperparameters and the step number t (1-based) for its bias corrections. */
export interface AdamSettings {
  learningRate: number
  beta1: number
  beta2: number
  epsilon: number
  step: number
}
