import {
  createJsKernels,
  createNetwork,
  createWorkspace,
  forward,
  Rng,
  type Kernels,
  type Matrix,
  type Network
} from '../../../src/main/engine'
import type {
  ActivationName,
  ActivationSettings,
  LossName,
  NetworkSpec,
  Precision
} from '../../../src/shared/model/network'

/**
 * Small builders the engine tests share: networks from a compact description, matrices from
 * nested rows, and seeded random data. None of them computes an expected value.
 */

/** One layer of a test network: units, activation and the activation settings it gives. */
export interface LayerPlan extends Partial<ActivationSettings> {
  units: number
  activation: ActivationName
}

/** A NetworkSpec with every parameter trainable. */
export function specOf(
  inputSize: number,
  layers: readonly LayerPlan[],
  loss: LossName
): NetworkSpec {
  return {
    inputSize,
    loss,
    layers: layers.map((layer) => ({ ...layer, trainable: { weights: true, biases: true } }))
  }
}

/**
 * A network with Xavier weights and biases drawn from U(−0.5, 0.5), both from `seed`, so that
 * bias gradients are not computed at the trivial point b = 0.
 */
export function randomNetwork(spec: NetworkSpec, precision: Precision, seed: number): Network {
  const rng = new Rng(seed)
  const network = createNetwork(spec, createJsKernels(precision), 'xavier', rng)
  for (const layer of network.layers) {
    for (let j = 0; j < layer.units; j++) layer.biases[j] = rng.uniform(-0.5, 0.5)
  }
  return network
}

/** A rows × cols matrix in `kernels`' memory holding `rows`. */
export function matrixOf(kernels: Kernels, rows: readonly (readonly number[])[]): Matrix {
  const matrix = kernels.matrix(rows.length, rows[0].length)
  rows.forEach((row, i) => row.forEach((value, j) => (matrix.data[i * matrix.cols + j] = value)))
  return matrix
}

/** `count` rows of `width` values drawn from U(low, high). */
export function randomRows(rng: Rng, count: number, width: number, low = -1, high = 1): number[][] {
  return Array.from({ length: count }, () =>
    Array.from({ length: width }, () => rng.uniform(low, high))
  )
}

/** `count` one-hot rows of `width` classes, each class drawn uniformly. */
export function oneHotRows(rng: Rng, count: number, width: number): number[][] {
  return Array.from({ length: count }, () => {
    const row = new Array<number>(width).fill(0)
    row[rng.integer(width)] = 1
    return row
  })
}

/** `count` rows of independent 0/1 values (multi-label targets). */
export function binaryRows(rng: Rng, count: number, width: number): number[][] {
  return Array.from({ length: count }, () =>
    Array.from({ length: width }, () => (rng.next() < 0.5 ? 0 : 1))
  )
}

/** The network's output rows for `inputs` (a fresh workspace, so nothing else is disturbed). */
export function outputsOf(network: Network, inputs: readonly (readonly number[])[]): number[][] {
  const input = matrixOf(network.kernels, inputs)
  const output = forward(network, input, createWorkspace(network, input.rows))
  return Array.from({ length: output.rows }, (_, i) =>
    Array.from(output.data.subarray(i * output.cols, (i + 1) * output.cols))
  )
}

/** Every parameter value of the network, W(1), b(1), W(2), b(2), …, as plain numbers. */
export function allParameters(network: Network): number[][] {
  return network.layers.flatMap((layer) => [
    Array.from(layer.weights.data),
    Array.from(layer.biases)
  ])
}
