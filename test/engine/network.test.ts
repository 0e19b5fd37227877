import { describe, expect, it } from 'vitest'
import { Rng, traceStep, type Network } from '../../src/main/engine'
import type { ActivationName, LossName } from '../../src/shared/model/network'
import { backpropGradients } from './support/backprop'
import { centralDifferences } from './support/central-difference'
import { expectAllClose, type Tolerance } from './support/compare'
import {
  binaryRows,
  oneHotRows,
  randomNetwork,
  randomRows,
  specOf,
  type LayerPlan
} from './support/networks'

/**
 * backward() against the test's own central differences (J from forward + batchCost only), in
 * Float64, for every hidden activation and every output activation × loss pair the model-file
 * validator accepts, with and without L2, on a batch of five samples.
 */

/** Float64 central differences with ε = 1e-6 are good to about 1e-10 absolute. */
const FLOAT64_GRADIENT: Tolerance = { relative: 1e-6, floor: 1e-3 }
const BATCH_SIZE = 5
const INPUTS = 3
const OUTPUTS = 3

const HIDDEN: LayerPlan[] = [
  { units: 4, activation: 'sigmoid' },
  { units: 4, activation: 'tanh' },
  { units: 4, activation: 'relu' },
  { units: 4, activation: 'leaky-relu' },
  { units: 4, activation: 'leaky-relu', alpha: 0.2 },
  { units: 4, activation: 'linear' }
]

/** Mirrors OUTPUTS_FOR_LOSS in src/shared/validation/model-file.ts. */
const OUTPUT_LOSS_PAIRS: [ActivationName, LossName][] = [
  ['sigmoid', 'half-squared-error'],
  ['tanh', 'half-squared-error'],
  ['relu', 'half-squared-error'],
  ['leaky-relu', 'half-squared-error'],
  ['linear', 'half-squared-error'],
  ['softmax', 'half-squared-error'],
  ['sigmoid', 'binary-cross-entropy'],
  ['softmax', 'binary-cross-entropy'],
  ['softmax', 'cross-entropy'],
  ['sigmoid', 'cross-entropy']
]

/** Targets that fit the loss: real values, 0/1 labels, or one-hot classes. */
function targetsFor(loss: LossName, rng: Rng): number[][] {
  if (loss === 'half-squared-error') return randomRows(rng, BATCH_SIZE, OUTPUTS)
  if (loss === 'binary-cross-entropy') return binaryRows(rng, BATCH_SIZE, OUTPUTS)
  return oneHotRows(rng, BATCH_SIZE, OUTPUTS)
}

function hiddenName(layer: LayerPlan): string {
  return layer.alpha === undefined ? layer.activation : `${layer.activation}(α=${layer.alpha})`
}

/** Asserts backprop = central differences for every weight and bias of every layer. */
function expectBackpropMatchesCentralDifferences(
  network: Network,
  inputs: number[][],
  targets: number[][],
  l2: number
): void {
  const numeric = centralDifferences(network, inputs, targets, l2)
  const backprop = backpropGradients(network, inputs, targets, l2)
  backprop.forEach((layer, l) => {
    expectAllClose(layer.weights, numeric[l].weights, FLOAT64_GRADIENT, `layer ${l + 1} ∂J/∂W`)
    expectAllClose(layer.biases, numeric[l].biases, FLOAT64_GRADIENT, `layer ${l + 1} ∂J/∂b`)
  })
}

describe('backprop gradients equal central differences (Float64, batch of 5)', () => {
  let seed = 100
  for (const hidden of HIDDEN) {
    for (const [output, loss] of OUTPUT_LOSS_PAIRS) {
      for (const l2 of [0, 0.03]) {
        const caseSeed = seed++
        it(`${hiddenName(hidden)} → ${hiddenName(hidden)} → ${output}, ${loss}, λ = ${l2}`, () => {
          const layers = [hidden, { ...hidden, units: 3 }, { units: OUTPUTS, activation: output }]
          const network = randomNetwork(specOf(INPUTS, layers, loss), 'f64', caseSeed)
          const rng = new Rng(caseSeed + 1000)
          const inputs = randomRows(rng, BATCH_SIZE, INPUTS)
          expectBackpropMatchesCentralDifferences(network, inputs, targetsFor(loss, rng), l2)
        })
      }
    }
  }

  it('a single sample (m = 1) as well as a batch', () => {
    const spec = specOf(
      2,
      [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' }
      ],
      'binary-cross-entropy'
    )
    expectBackpropMatchesCentralDifferences(
      randomNetwork(spec, 'f64', 7),
      [[0.3, -0.8]],
      [[1]],
      0.01
    )
  })
})

describe('frozen layers', () => {
  const spec = specOf(
    3,
    [
      { units: 4, activation: 'tanh' },
      { units: 3, activation: 'sigmoid' },
      { units: 2, activation: 'softmax' }
    ],
    'cross-entropy'
  )
  const rng = new Rng(5)
  const inputs = randomRows(rng, BATCH_SIZE, 3)
  const targets = oneHotRows(rng, BATCH_SIZE, 2)
  const l2 = 0.02

  it('gradients still flow through a fully frozen middle layer to the layer below', () => {
    const network = randomNetwork(spec, 'f64', 11)
    network.layers[1].trainable = { weights: false, biases: false }
    expectBackpropMatchesCentralDifferences(network, inputs, targets, l2)
  })

  it('one step moves each trainable θ by −η·(central difference) and leaves frozen ones alone', () => {
    const network = randomNetwork(spec, 'f64', 12)
    network.layers[0].trainable = { weights: false, biases: true }
    network.layers[2].trainable = { weights: true, biases: false }
    const learningRate = 0.3
    const numeric = centralDifferences(network, inputs, targets, l2)
    const trace = traceStep(network, inputs, targets, learningRate, { l1: 0, l2 })
    trace.layers.forEach((layer, l) => {
      const { trainable } = network.layers[l]
      const stepped = (before: number[], gradients: Float64Array, moves: boolean) =>
        before.map((value, i) => (moves ? value - learningRate * gradients[i] : value))
      const tolerance: Tolerance = { relative: 1e-9, floor: 1 }
      expectAllClose(
        layer.updatedWeights.flat(),
        stepped(layer.weights.flat(), numeric[l].weights, trainable.weights),
        tolerance,
        `layer ${l + 1} W⁺`
      )
      expectAllClose(
        layer.updatedBiases,
        stepped(layer.biases, numeric[l].biases, trainable.biases),
        tolerance,
        `layer ${l + 1} b⁺`
      )
    })
    expect(trace.layers[0].updatedWeights).toEqual(trace.layers[0].weights)
    expect(trace.layers[2].updatedBiases).toEqual(trace.layers[2].biases)
  })
})
