import { describe, expect, it } from 'vitest'
import {
  backward,
  createOptimizer,
  createWorkspace,
  forward,
  parameterList,
  Rng,
  toRowArrays,
  type Network
} from '../../src/main/engine'
import type { OptimizerConfig } from '../../src/shared/model/training'
import { expectAllClose } from './support/compare'
import { matrixOf, oneHotRows, randomNetwork, randomRows, specOf } from './support/networks'
import { runTorchPeer } from './support/torch-peer'

/**
 * A real peer for the optimizers: PyTorch (torch.optim.SGD, SGD with momentum, Adam), whose update
 * rules ours follow, takes the same full-batch steps on the same float64 network and data. The
 * peer runs in Debian's python3 (`test/engine/peers/torch-optimizer-steps.py`).
 */
const STEPS = 5

/** 3 → 4 tanh → 3 softmax, cross-entropy with L2; the hidden biases are frozen. */
const spec = specOf(
  3,
  [
    { units: 4, activation: 'tanh' },
    { units: 3, activation: 'softmax' }
  ],
  'cross-entropy'
)
const l2 = 0.01
const dataRng = new Rng(41)
const inputs = randomRows(dataRng, 6, 3)
const targets = oneHotRows(dataRng, 6, 3)

const OPTIMIZERS: OptimizerConfig[] = [
  { kind: 'sgd', learningRate: 0.5 },
  { kind: 'momentum', learningRate: 0.1, momentum: 0.9 },
  { kind: 'adam', learningRate: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 }
]

function startingNetwork(): Network {
  const network = randomNetwork(spec, 'f64', 42)
  network.layers[0].trainable = { weights: true, biases: false }
  return network
}

/** Our side: STEPS × (forward, backward, optimizer step) on the whole batch. */
function trainOurs(config: OptimizerConfig): Network {
  const network = startingNetwork()
  const optimizer = createOptimizer(config)
  const inputMatrix = matrixOf(network.kernels, inputs)
  const targetMatrix = matrixOf(network.kernels, targets)
  const workspace = createWorkspace(network, inputs.length)
  for (let step = 0; step < STEPS; step++) {
    forward(network, inputMatrix, workspace)
    backward(network, inputMatrix, targetMatrix, workspace, { l1: 0, l2 })
    optimizer.step(parameterList(network), network.kernels)
  }
  return network
}

/** [W, b] per layer after STEPS of each optimizer, from PyTorch. */
type PeerLayers = [number[][], number[]][]

function trainTorch(): PeerLayers[] {
  const network = startingNetwork()
  const request = {
    layers: network.layers.map((layer) => ({
      weights: toRowArrays(layer.weights),
      biases: Array.from(layer.biases),
      activation: layer.activation,
      trainable: layer.trainable
    })),
    loss: spec.loss,
    l2,
    inputs,
    targets,
    steps: STEPS,
    optimizers: OPTIMIZERS
  }
  return runTorchPeer<{ results: PeerLayers[] }>('torch-optimizer-steps.py', request).results
}

describe(`${STEPS} optimizer steps match torch.optim in float64`, () => {
  // Run the peer once, on first use inside a test, so that a missing torch fails every test here.
  let peerResults: PeerLayers[] | undefined
  const peer = (): PeerLayers[] => (peerResults ??= trainTorch())

  OPTIMIZERS.forEach((config, index) => {
    it(`${config.kind} (${JSON.stringify(config)})`, () => {
      const ours = trainOurs(config)
      const start = startingNetwork()
      ours.layers.forEach((layer, l) => {
        const [peerWeights, peerBiases] = peer()[index][l]
        const tolerance = { relative: 1e-9, floor: 1 }
        expectAllClose(layer.weights.data, peerWeights.flat(), tolerance, `layer ${l + 1} W`)
        expectAllClose(layer.biases, peerBiases, tolerance, `layer ${l + 1} b`)
      })
      // The steps did move the trainable weights, and left the frozen biases where they were.
      expect(Array.from(ours.layers[1].weights.data)).not.toEqual(
        Array.from(start.layers[1].weights.data)
      )
      expect(Array.from(ours.layers[0].biases)).toEqual(Array.from(start.layers[0].biases))
    })
  })
})

describe('createOptimizer refuses bad hyperparameters', () => {
  it('a learning rate that is not a positive number', () => {
    expect(() => createOptimizer({ kind: 'sgd', learningRate: 0 })).toThrow(
      'learning rate must be a positive number, got 0'
    )
  })

  it('a momentum outside [0, 1)', () => {
    expect(() => createOptimizer({ kind: 'momentum', learningRate: 0.1, momentum: 1 })).toThrow(
      'momentum must be in [0, 1), got 1'
    )
  })
})
