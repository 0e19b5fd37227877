import { settingsOf, usedSettings } from '../../shared/model/activations/catalogue'
import type {
  ActivationName,
  ActivationSettings,
  InitName,
  NetworkSpec,
  Trainable
} from '../../shared/model/network'
import type { Regularization } from '../../shared/model/training'
import { INITIALIZERS } from './initializers'
import { LOSSES, outputDelta, type Loss } from './losses'
import type { Rng } from './rng'
import type { InputRows } from './data-rows'
import type { Kernels, SparseBatch } from './tensor/kernels'
import { topRows, type FloatArray, type Matrix } from './tensor/matrix'

/** One dense layer with its parameters and the gradients of J with respect to them. */
export interface DenseLayer {
  readonly inputSize: number
  readonly units: number
  readonly activation: ActivationName
  /** Every activation setting, defaults filled in (each activation reads only its own). */
  readonly settings: Readonly<ActivationSettings>
  /** W(l), [units × inputSize]: row j holds the weights into unit j. */
  readonly weights: Matrix
  /** b(l), one per unit. */
  readonly biases: FloatArray
  /** ∂J/∂W(l), averaged over the batch, with the L1 and L2 terms. */
  readonly weightGradients: Matrix
  /** ∂J/∂b(l), averaged over the batch. */
  readonly biasGradients: FloatArray
  trainable: Trainable
}

/** A feed-forward network: its layers, its cost, and the kernels it computes with. */
export interface Network {
  readonly kernels: Kernels
  readonly inputSize: number
  readonly layers: DenseLayer[]
  readonly loss: Loss
}

/** Per-batch buffers, allocated once for the largest batch: z(l), a(l) and δ(l) of every layer. */
export interface BatchWorkspace {
  readonly capacity: number
  readonly z: Matrix[]
  readonly a: Matrix[]
  readonly delta: Matrix[]
}

/** Builds a network from its spec, initializing weights with `init` and `rng` (biases start at 0). */
export function createNetwork(
  spec: NetworkSpec,
  kernels: Kernels,
  init: InitName,
  rng: Rng
): Network {
  let inputSize = spec.inputSize
  const layers = spec.layers.map((layerSpec): DenseLayer => {
    const layer: DenseLayer = {
      inputSize,
      units: layerSpec.units,
      activation: layerSpec.activation,
      settings: settingsOf(layerSpec),
      weights: kernels.matrix(layerSpec.units, inputSize),
      biases: kernels.vector(layerSpec.units),
      weightGradients: kernels.matrix(layerSpec.units, inputSize),
      biasGradients: kernels.vector(layerSpec.units),
      trainable: { ...layerSpec.trainable }
    }
    INITIALIZERS[init](layer.weights.data, inputSize, layerSpec.units, rng)
    inputSize = layerSpec.units
    return layer
  })
  return { kernels, inputSize: spec.inputSize, layers, loss: LOSSES[spec.loss] }
}

/** The spec a network was built from. */
export function networkSpec(network: Network): NetworkSpec {
  return {
    inputSize: network.inputSize,
    layers: network.layers.map((layer) => ({
      units: layer.units,
      activation: layer.activation,
      ...usedSettings(layer.activation, layer.settings),
      trainable: { ...layer.trainable }
    })),
    loss: network.loss.name
  }
}

/** Buffers for batches of up to `capacity` samples. */
export function createWorkspace(network: Network, capacity: number): BatchWorkspace {
  const { kernels } = network
  return {
    capacity,
    z: network.layers.map((layer) => kernels.matrix(capacity, layer.units)),
    a: network.layers.map((layer) => kernels.matrix(capacity, layer.units)),
    delta: network.layers.map((layer) => kernels.matrix(capacity, layer.units))
  }
}

/**
 * Forward pass over a batch (one sample per row of `input`): z(l) = a(l−1) W(l)ᵀ + b(l) and
 * a(l) = f(z(l)), row by row. Returns the output activations a(L) (a view into the workspace).
 * With `sparse` (the kernels' lists of `input`'s non-zero entries) the first layer sums only those.
 */
export function forward(
  network: Network,
  input: Matrix,
  workspace: BatchWorkspace,
  sparse?: SparseBatch | null
): Matrix {
  const { kernels } = network
  const batchSize = input.rows
  checkBatch(network, input, workspace)
  let previous = input
  for (let l = 0; l < network.layers.length; l++) {
    const layer = network.layers[l]
    const z = topRows(workspace.z[l], batchSize)
    const a = topRows(workspace.a[l], batchSize)
    // z(l) = a(l−1) W(l)ᵀ: over the listed non-zero inputs where the kernels can, else dense.
    let summed = false
    if (l === 0 && sparse && kernels.sparseForward) {
      summed = kernels.sparseForward(sparse, layer.weights, z)
    }
    if (!summed) kernels.gemm(previous, false, layer.weights, true, z, 1, 0)
    kernels.addBiasAndActivate(layer.activation, layer.settings, z, layer.biases, a)
    previous = a
  }
  return previous
}

/**
 * The weights' penalty in J: λ₁ Σₗ Σ|W(l)| + (λ/2) Σₗ ‖W(l)‖² (L1 and L2; weights only, never
 * biases).
 */
export function weightPenalty(network: Network, regularization: Regularization): number {
  const { l1, l2 } = regularization
  let absolutes = 0
  let squares = 0
  for (const layer of network.layers) {
    if (l1 !== 0) absolutes += network.kernels.sumOfAbsolutes(layer.weights.data)
    if (l2 !== 0) squares += network.kernels.sumOfSquares(layer.weights.data)
  }
  return penaltyTerm(regularization, absolutes, squares)
}

/** λ₁ Σ|W| + (λ/2) Σ W² from the sums of absolutes and squares over every weight. */
export function penaltyTerm(
  regularization: Regularization,
  absolutes: number,
  squares: number
): number {
  const { l1, l2 } = regularization
  return (l1 === 0 ? 0 : l1 * absolutes) + (l2 === 0 ? 0 : 0.5 * l2 * squares)
}

/** Σᵢ Lᵢ of the batch whose forward pass is in the workspace (no 1/m, no L2 term). */
export function batchLossSum(network: Network, workspace: BatchWorkspace, targets: Matrix): number {
  const last = network.layers.length - 1
  const batchSize = targets.rows
  const z = topRows(workspace.z[last], batchSize)
  const a = topRows(workspace.a[last], batchSize)
  return network.loss.sum(z, a, targets, network.layers[last].activation)
}

/**
 * J = (1/m) Σᵢ Lᵢ + λ₁ Σₗ Σ|W(l)| + (λ/2) Σₗ ‖W(l)‖² for the batch whose forward pass is in the
 * workspace.
 */
export function batchCost(
  network: Network,
  workspace: BatchWorkspace,
  targets: Matrix,
  regularization: Regularization
): number {
  return (
    batchLossSum(network, workspace, targets) / targets.rows +
    weightPenalty(network, regularization)
  )
}

/**
 * Backward pass after `forward` on the same batch. Leaves in the workspace δ(l) = ∂Lᵢ/∂z(l) per
 * sample, and in each layer the batch-averaged gradients of J:
 *   δ(L) = ∂Lᵢ/∂z(L)                        (a − y for the matched output/loss pairs)
 *   δ(l) = δ(l+1) W(l+1) ⊙ f′(z(l))          (row form of (W(l+1))ᵀ δ(l+1) ⊙ f′(z(l)))
 *   ∂J/∂W(l) = (1/m) δ(l)ᵀ a(l−1) + λ₁ sign(W(l)) + λ W(l)   (sign(0) = 0)
 *   ∂J/∂b(l) = (1/m) Σᵢ δ(l)ᵢ
 * With `sparse` (as in `forward`) ∂J/∂W(1) sums only the non-zero inputs; δ(0) is never needed.
 */
export function backward(
  network: Network,
  input: Matrix,
  targets: Matrix,
  workspace: BatchWorkspace,
  regularization: Regularization,
  sparse?: SparseBatch | null
): void {
  const { kernels, layers } = network
  const batchSize = input.rows
  const last = layers.length - 1
  const outputLayer = layers[last]
  outputDelta(
    network.loss,
    outputLayer.activation,
    outputLayer.settings,
    kernels,
    topRows(workspace.z[last], batchSize),
    topRows(workspace.a[last], batchSize),
    targets,
    topRows(workspace.delta[last], batchSize)
  )
  for (let l = last; l >= 0; l--) {
    const layer = layers[l]
    const delta = topRows(workspace.delta[l], batchSize)
    const previousActivations = l === 0 ? input : topRows(workspace.a[l - 1], batchSize)
    const scale = 1 / batchSize
    // ∂J/∂W(l) = (1/m) δ(l)ᵀ a(l−1): over the listed non-zero inputs where the kernels can.
    let summed = false
    if (l === 0 && sparse && kernels.sparseWeightGradient) {
      summed = kernels.sparseWeightGradient(sparse, delta, layer.weightGradients, scale)
    }
    if (!summed)
      kernels.gemm(delta, true, previousActivations, false, layer.weightGradients, scale, 0)
    addPenaltyGradients(kernels, layer, regularization)
    kernels.columnSums(delta, layer.biasGradients, 1 / batchSize)
    if (l > 0) {
      const below = layers[l - 1]
      const previousDelta = topRows(workspace.delta[l - 1], batchSize)
      kernels.gemm(delta, false, layer.weights, false, previousDelta, 1, 0)
      kernels.activationBackward(
        below.activation,
        below.settings,
        topRows(workspace.z[l - 1], batchSize),
        topRows(workspace.a[l - 1], batchSize),
        previousDelta,
        previousDelta
      )
    }
  }
}

/** ∂J/∂W(l) += λ₁ sign(W(l)) + λ W(l), in that order (sign(0) = 0; the batch chunks do the same). */
function addPenaltyGradients(
  kernels: Kernels,
  layer: DenseLayer,
  regularization: Regularization
): void {
  const { l1, l2 } = regularization
  if (l1 !== 0) kernels.addSigns(layer.weightGradients.data, layer.weights.data, l1)
  if (l2 !== 0) kernels.addScaled(layer.weightGradients.data, layer.weights.data, l2)
}

/**
 * Inputs from which a single layer (δ = a − y) is trained in one pass over each batch: below this
 * width the two-pass blocked gemm is as fast, its rows being few bytes (see bench/RESULTS.md).
 */
export const ONE_PASS_MINIMUM_INPUTS = 2048

/**
 * Forward and backward in one pass over the inputs, for a single layer much wider than it is tall
 * whose output activation matches the loss (δ = a − y): the same z, a, δ, ∂J/∂W (with the L1 and L2 terms)
 * and ∂J/∂b as `forward` then `backward` (within rounding), reading each input row once, straight
 * from the dataset's rows `rowIndices`. Returns a(L), or null when the kernels cannot (then the
 * caller takes the two passes).
 */
export function forwardBackwardInOnePass(
  network: Network,
  inputs: InputRows,
  rowIndices: Int32Array,
  targets: Matrix,
  workspace: BatchWorkspace,
  regularization: Regularization
): Matrix | null {
  const { kernels, layers } = network
  const layer = layers[0]
  const rows = targets.rows
  const [z, a, delta] = [workspace.z[0], workspace.a[0], workspace.delta[0]].map((matrix) =>
    topRows(matrix, rows)
  )
  const oneLayer = layers.length === 1 && layer.activation === network.loss.fusedActivation
  if (!oneLayer || !kernels.wideLayerStep?.(inputs, rowIndices, rows, targets, layer, z, a, delta))
    return null
  addPenaltyGradients(kernels, layer, regularization)
  return a
}

function checkBatch(network: Network, input: Matrix, workspace: BatchWorkspace): void {
  if (input.cols !== network.inputSize) {
    throw new Error(`expected ${network.inputSize} inputs per sample, got ${input.cols}`)
  }
  if (input.rows > workspace.capacity) {
    throw new Error(`batch of ${input.rows} exceeds the workspace capacity ${workspace.capacity}`)
  }
}
