import * as tf from '@tensorflow/tfjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { batchCost, createWorkspace, forward, Rng, type Network } from '../../src/main/engine'
import type { ActivationName, ActivationSettings, LossName } from '../../src/shared/model/network'
import { backpropGradients } from './support/backprop'
import { expectAllClose, isClose, type Tolerance } from './support/compare'
import {
  binaryRows,
  matrixOf,
  oneHotRows,
  randomNetwork,
  randomRows,
  specOf,
  type LayerPlan
} from './support/networks'

/**
 * A real peer: TF.js (pure-JS cpu backend) computes the same J, with its own ops and autodiff,
 * for seeded random networks; loss and every gradient must agree with our Float32 engine.
 * TF.js Dense kernels are [inputs × units]; ours are [units × inputs], so kernels are transposed.
 */

/** Both sides compute in Float32: 1e-4 relative, entries below 1e-4 judged at 1e-8 absolute. */
const FLOAT32_PEER: Tolerance = { relative: 1e-4, floor: 1e-4 }
const BATCH_SIZE = 7

interface PeerCase {
  inputSize: number
  layers: LayerPlan[]
  loss: LossName
  l2: number
}

const CASES: PeerCase[] = [
  {
    inputSize: 4,
    layers: [
      { units: 5, activation: 'tanh' },
      { units: 3, activation: 'softmax' }
    ],
    loss: 'cross-entropy',
    l2: 0.01
  },
  {
    inputSize: 3,
    layers: [
      { units: 6, activation: 'relu' },
      { units: 4, activation: 'sigmoid' },
      { units: 2, activation: 'sigmoid' }
    ],
    loss: 'binary-cross-entropy',
    l2: 0.001
  },
  {
    inputSize: 5,
    layers: [
      { units: 4, activation: 'leaky-relu', alpha: 0.1 },
      { units: 3, activation: 'sigmoid' },
      { units: 2, activation: 'linear' }
    ],
    loss: 'half-squared-error',
    l2: 0.05
  },
  {
    inputSize: 2,
    layers: [
      { units: 3, activation: 'leaky-relu' },
      { units: 2, activation: 'tanh' }
    ],
    loss: 'half-squared-error',
    l2: 0.02
  },
  {
    inputSize: 4,
    layers: [
      { units: 5, activation: 'gelu' },
      { units: 4, activation: 'gelu', approximate: 'tanh' },
      { units: 4, activation: 'silu' },
      { units: 3, activation: 'softmax' }
    ],
    loss: 'cross-entropy',
    l2: 0.01
  },
  {
    inputSize: 6,
    layers: [{ units: 3, activation: 'softmax' }],
    loss: 'binary-cross-entropy',
    l2: 0.01
  },
  {
    inputSize: 3,
    layers: [
      { units: 4, activation: 'linear' },
      { units: 3, activation: 'sigmoid' }
    ],
    loss: 'cross-entropy',
    l2: 0.03
  }
]

/** f(z) with TF.js's own activation ops. */
function tfActivation(
  activation: ActivationName,
  { alpha, approximate }: ActivationSettings,
  z: tf.Tensor2D
): tf.Tensor2D {
  switch (activation) {
    case 'sigmoid':
      return tf.sigmoid(z)
    case 'tanh':
      return tf.tanh(z)
    case 'relu':
      return tf.relu(z)
    case 'leaky-relu':
      return tf.leakyRelu(z, alpha)
    case 'gelu':
      // ½ z (1 + erf(z/√2)), or ½ z (1 + tanh(√(2/π)(z + 0.044715 z³)))
      return approximate === 'none'
        ? tf.mul(tf.mul(0.5, z), tf.add(1, tf.erf(tf.div(z, Math.SQRT2))))
        : tf.mul(
            tf.mul(0.5, z),
            tf.add(
              1,
              tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(z, tf.mul(0.044715, tf.pow(z, 3)))))
            )
          )
    case 'silu':
      return tf.mul(z, tf.sigmoid(z))
    case 'linear':
      return z
    case 'softmax':
      return tf.softmax(z)
  }
}

/**
 * Σᵢ Lᵢ in TF.js: its fused sigmoid and softmax cross-entropies on the logits where the pair
 * matches, otherwise the loss written out from the contract's formula.
 */
function tfLossSum(
  loss: LossName,
  output: ActivationName,
  z: tf.Tensor2D,
  a: tf.Tensor2D,
  y: tf.Tensor2D
): tf.Scalar {
  const sum = tf.Reduction.SUM
  if (loss === 'half-squared-error')
    return tf.mul(0.5, tf.losses.meanSquaredError(y, a, undefined, sum))
  if (loss === 'binary-cross-entropy') {
    if (output === 'sigmoid') return tf.losses.sigmoidCrossEntropy(y, z, undefined, 0, sum)
    return tf.neg(tf.sum(tf.add(tf.mul(y, tf.log(a)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, a))))))
  }
  if (output === 'softmax') return tf.losses.softmaxCrossEntropy(y, z, undefined, 0, sum)
  return tf.neg(tf.sum(tf.mul(y, tf.log(a))))
}

/** J and ∂J/∂θ from TF.js for the network's current (Float32) parameters. */
function tfPeer(network: Network, peerCase: PeerCase, inputs: number[][], targets: number[][]) {
  const kernels = network.layers.map((layer) =>
    tf.variable(
      tf.transpose(
        tf.tensor2d(Float32Array.from(layer.weights.data), [layer.units, layer.inputSize])
      )
    )
  )
  const biases = network.layers.map((layer) =>
    tf.variable(tf.tensor1d(Float32Array.from(layer.biases)))
  )
  const x = tf.tensor2d(inputs)
  const y = tf.tensor2d(targets)
  const cost = (): tf.Scalar => {
    let a = x
    let z = x
    network.layers.forEach((layer, l) => {
      z = tf.add(tf.matMul(a, kernels[l]), biases[l])
      a = tfActivation(layer.activation, layer.settings, z)
    })
    const output = network.layers[network.layers.length - 1].activation
    const dataLoss = tf.div(tfLossSum(peerCase.loss, output, z, a, y), inputs.length)
    // (λ/2) Σₗ ‖W(l)‖²
    const penalty = tf.mul(
      peerCase.l2 / 2,
      tf.addN(kernels.map((kernel) => tf.sum(tf.square(kernel))))
    )
    return tf.add(dataLoss, penalty)
  }
  const { value, grads } = tf.variableGrads(cost)
  return {
    loss: value.dataSync()[0],
    layers: network.layers.map((_, l) => ({
      weights: tf.transpose(grads[kernels[l].name]).dataSync(),
      biases: grads[biases[l].name].dataSync()
    }))
  }
}

function targetsFor(loss: LossName, rng: Rng, units: number): number[][] {
  if (loss === 'half-squared-error') return randomRows(rng, BATCH_SIZE, units)
  if (loss === 'binary-cross-entropy') return binaryRows(rng, BATCH_SIZE, units)
  return oneHotRows(rng, BATCH_SIZE, units)
}

describe('our Float32 engine agrees with TF.js on J and every gradient', () => {
  beforeAll(async () => {
    tf.env().set('PROD', true) // no "install tfjs-node" banner
    await tf.setBackend('cpu')
  })
  afterAll(() => tf.disposeVariables())

  CASES.forEach((peerCase, index) => {
    const shape = [
      peerCase.inputSize,
      ...peerCase.layers.map((layer) => `${layer.units} ${layer.activation}`)
    ].join(' → ')
    it(`${shape}, ${peerCase.loss}, λ = ${peerCase.l2}`, () => {
      const seed = 300 + index
      const network = randomNetwork(
        specOf(peerCase.inputSize, peerCase.layers, peerCase.loss),
        'f32',
        seed
      )
      const rng = new Rng(seed + 1000)
      const inputs = randomRows(rng, BATCH_SIZE, peerCase.inputSize, -2, 2)
      const targets = targetsFor(
        peerCase.loss,
        rng,
        peerCase.layers[peerCase.layers.length - 1].units
      )

      const workspace = createWorkspace(network, BATCH_SIZE)
      forward(network, matrixOf(network.kernels, inputs), workspace)
      const ourLoss = batchCost(network, workspace, matrixOf(network.kernels, targets), {
        l1: 0,
        l2: peerCase.l2
      })
      const ours = backpropGradients(network, inputs, targets, peerCase.l2)
      const peer = tf.tidy(() => tfPeer(network, peerCase, inputs, targets))

      expect(
        isClose(ourLoss, peer.loss, FLOAT32_PEER),
        `J: ours ${ourLoss}, TF.js ${peer.loss}`
      ).toBe(true)
      ours.forEach((layer, l) => {
        expectAllClose(layer.weights, peer.layers[l].weights, FLOAT32_PEER, `layer ${l + 1} ∂J/∂W`)
        expectAllClose(layer.biases, peer.layers[l].biases, FLOAT32_PEER, `layer ${l + 1} ∂J/∂b`)
      })
    })
  })
})
