import type { ActivationName, ActivationSettings, Precision } from '../../../shared/model/network'
import type { ChunkRunner, ChunkSpec } from '../batch-chunks'
import type { ByteRows, InputRows } from '../data-rows'
import type { DenseLayer } from '../network'
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
  /** A zero-filled byte array in this backend's memory (pixel rows the first layer reads). */
  bytes(length: number): Uint8Array
  /** A zero-filled array of row indices in this backend's memory (the rows of a batch). */
  rowIndices(length: number): Int32Array

  /**
   * The rows rowIndices[0 … count − 1] of byte rows into the first `count` rows of `target`, each
   * byte b becoming b · scale[j] + offset[j]: a batch gathered and converted where it enters the
   * first layer.
   */
  gatherBytes(source: ByteRows, rowIndices: Int32Array, count: number, target: Matrix): void

  /**
   * gatherBytes, or instead a listing of the batch's non-zero inputs, where the backend has the
   * first layer's products that skip zeros: only when every offset is 0 (a zero byte is then
   * exactly 0) and at most the backend's density limit of the batch's inputs are non-zero.
   * Returns the lists for sparseForward and sparseWeightGradient (`target` then holds the batch
   * only once one of them has declined), or null after a plain gatherBytes.
   */
  gatherSparseBytes?(
    source: ByteRows,
    rowIndices: Int32Array,
    count: number,
    target: Matrix
  ): SparseBatch | null

  /**
   * z ← X Wᵀ for the batch X that `batch` lists, summing only X's non-zero inputs. Returns
   * false, leaving z unfinished and X gathered into `batch.inputs`, where W is not all finite:
   * the dense product's 0 · ±∞ terms of the skipped inputs are NaN, so the caller takes the
   * dense product.
   */
  sparseForward?(batch: SparseBatch, weights: Matrix, z: Matrix): boolean

  /**
   * G ← scale · δᵀ X for the batch X that `batch` lists, summing only X's non-zero inputs.
   * Returns false, having only gathered X into `batch.inputs`, for a batch too tall for the
   * backend's scratch, or where δ is not all finite (the dense product's 0 · ±∞ terms of the
   * skipped inputs are NaN): the caller then takes the dense product.
   */
  sparseWeightGradient?(
    batch: SparseBatch,
    delta: Matrix,
    gradients: Matrix,
    scale: number
  ): boolean

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

  /** out[j] ← scale · Σᵢ M[i][j]: the column sums (e.g. ∂J/∂b = (1/m) Σᵢ δᵢ). */
  columnSums(m: Matrix, out: FloatArray, scale: number): void

  /**
   * Whole chunks of mini-batch steps in one call (see batch-chunks.ts), where the backend has
   * them (the WASM kernels); bit for bit what per-batch steps through this interface compute.
   */
  batchChunks?(spec: ChunkSpec): ChunkRunner

  /**
   * One pass over a batch for a single dense layer much wider than it is tall whose loss gives
   * δ = a − y (see wide-layer.ts), where the backend has it: z = X Wᵀ + b, a = f(z), δ = a − y
   * into the first `count` rows of z, a and δ, and ∂J/∂W = (1/m) δᵀ X, ∂J/∂b = (1/m) Σᵢ δᵢ
   * (no L2 term) into the layer, reading each row of X once. X is rows rowIndices[0 … count − 1]
   * of `inputs`; `targets` holds the batch's gathered targets. Returns false, having done
   * nothing, for a layer the backend does not take in one pass (too many units).
   */
  wideLayerStep?(
    inputs: InputRows,
    rowIndices: Int32Array,
    count: number,
    targets: Matrix,
    layer: DenseLayer,
    z: Matrix,
    a: Matrix,
    delta: Matrix
  ): boolean

  /**
   * Z ← Z + 1·bᵀ (the biases added to every row), then A ← f(Z), elementwise (row-wise for
   * softmax) with the layer's activation settings: a layer's output from its product, in one pass.
   */
  addBiasAndActivate(
    activation: ActivationName,
    settings: ActivationSettings,
    z: Matrix,
    biases: FloatArray,
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

  /**
   * target ← target + scale · source, elementwise (SGD's θ ← θ − η g; the L2 term g ← g + λW).
   * Returns whether every new target value is finite, as the updates below do: the training
   * step's divergence check, made in the pass that writes the values.
   */
  addScaled(target: FloatArray, source: FloatArray, scale: number): boolean

  /**
   * Heavy-ball momentum on one parameter: v ← μ v + g, then θ ← θ − η v. Returns whether every
   * new θ is finite.
   */
  momentumStep(
    values: FloatArray,
    gradients: FloatArray,
    velocity: FloatArray,
    learningRate: number,
    momentum: number
  ): boolean

  /**
   * Adam on one parameter at step t (1-based): m ← β₁ m + (1 − β₁) g, v ← β₂ v + (1 − β₂) g²,
   * θ ← θ − η m̂ / (√v̂ + ε) with m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ). Returns whether every
   * new θ is finite.
   */
  adamStep(
    values: FloatArray,
    gradients: FloatArray,
    firstMoment: FloatArray,
    secondMoment: FloatArray,
    settings: AdamSettings
  ): boolean

  /** Σᵢ xᵢ² (the L2 term sums every weight). */
  sumOfSquares(values: FloatArray): number

  /** Σᵢ |xᵢ| (the L1 term sums every weight). */
  sumOfAbsolutes(values: FloatArray): number

  /**
   * target ← target + scale · sign(source), elementwise, with sign(0) = 0 (the L1 term's
   * subgradient: g ← g + λ₁ sign(W)).
   */
  addSigns(target: FloatArray, source: FloatArray, scale: number): void

  /**
   * Rows of `outputs` whose class is the class of the same row of `targets` (metrics.ts,
   * classOfRow: the largest unit, the first of equals; one unit: 1 when ≥ 0.5).
   */
  countCorrect(outputs: Matrix, targets: Matrix): number
}

/** A gathered batch whose non-zero inputs a backend has listed (Kernels.gatherSparseBytes). */
export interface SparseBatch {
  /**
   * The batch matrix: its first `rows` rows hold the batch once a sparse product has declined
   * (the listing gather writes the lists alone; the dense products read this).
   */
  readonly inputs: Matrix
  readonly rows: number
  /** Non-zero inputs ÷ (rows × inputs per row). */
  readonly density: number
}

/** Adam's hyperparameters and the step number t (1-based) for its bias corrections. */
export interface AdamSettings {
  learningRate: number
  beta1: number
  beta2: number
  epsilon: number
  step: number
}
