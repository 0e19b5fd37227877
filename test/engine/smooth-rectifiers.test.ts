import { describe, expect, it } from 'vitest'
import {
  batchCost,
  createWorkspace,
  forward,
  gradientCheck,
  Rng,
  toRowArrays
} from '../../src/main/engine'
import type { ElementwiseRecord } from '../../src/shared/model/activations/activation-record'
import { DEFAULT_ACTIVATION_SETTINGS } from '../../src/shared/model/activations/activation-record'
import { ACTIVATION_CATALOGUE } from '../../src/shared/model/activations/catalogue'
import type { ActivationSettings, LossName } from '../../src/shared/model/network'
import { backpropGradients } from './support/backprop'
import { expectAllClose, isClose } from './support/compare'
import {
  binaryRows,
  matrixOf,
  oneHotRows,
  randomNetwork,
  randomRows,
  specOf,
  type LayerPlan
} from './support/networks'
import { runTorchPeer } from './support/torch-peer'

/**
 * GELU (exact and tanh forms) and SiLU against independent truth: PyTorch's
 * torch.nn.functional.gelu and silu in float64 (values, and slopes by autograd), mpmath at 30 digits, and central differences of the
 * catalogue's own f for its f′; then whole networks with these layers, whose J and every
 * gradient must match PyTorch's autograd and pass the engine's gradient check. The peer runs in
 * Debian's python3 (`test/engine/peers/torch-activations.py`).
 */

interface Form {
  activation: 'gelu' | 'silu'
  approximate: ActivationSettings['approximate']
}
const FORMS: Form[] = [
  { activation: 'gelu', approximate: 'none' },
  { activation: 'gelu', approximate: 'tanh' },
  { activation: 'silu', approximate: 'none' }
]

/** The points: both tails, the minimum near −0.75, around 0, the textbook's z = 0.3775, a sweep. */
const POINTS = [
  -40,
  -12,
  -8,
  -5,
  -3,
  -1.5,
  -0.7518,
  -0.5,
  -1e-3,
  0,
  1e-3,
  0.3775,
  0.5,
  1,
  2,
  3,
  6,
  10,
  40,
  ...Array.from({ length: 41 }, (_, i) => -6 + 0.3 * i + 0.01)
]

interface PeerNetwork {
  layers: (LayerPlan & { weights: number[][]; biases: number[] })[]
  loss: LossName
  inputs: number[][]
  targets: number[][]
}
interface PeerReply {
  forms: { values: number[]; slopes: number[]; exactValues: number[]; exactSlopes: number[] }[]
  networks: { loss: number; layers: { weights: number[][]; biases: number[] }[] }[]
}

function askPeer(networks: PeerNetwork[]): PeerReply {
  return runTorchPeer<PeerReply>('torch-activations.py', { points: POINTS, forms: FORMS, networks })
}

const recordOf = (form: Form): ElementwiseRecord => ACTIVATION_CATALOGUE[form.activation]
const settingsOf = (form: Form): ActivationSettings => ({
  ...DEFAULT_ACTIVATION_SETTINGS,
  approximate: form.approximate
})

/** Networks with the smooth rectifiers in their hidden layers, with PyTorch's view of them. */
const NETWORK_PLANS: { layers: LayerPlan[]; loss: LossName }[] = [
  {
    layers: [
      { units: 5, activation: 'gelu' },
      { units: 4, activation: 'gelu', approximate: 'tanh' },
      { units: 3, activation: 'softmax' }
    ],
    loss: 'cross-entropy'
  },
  {
    layers: [
      { units: 6, activation: 'gelu', approximate: 'tanh' },
      { units: 2, activation: 'linear' }
    ],
    loss: 'half-squared-error'
  },
  {
    layers: [
      { units: 5, activation: 'silu' },
      { units: 4, activation: 'silu' },
      { units: 2, activation: 'sigmoid' }
    ],
    loss: 'binary-cross-entropy'
  }
]

function networkCase(plan: (typeof NETWORK_PLANS)[number], index: number) {
  const network = randomNetwork(specOf(4, plan.layers, plan.loss), 'f64', 500 + index)
  const rng = new Rng(600 + index)
  // Inputs in [−3, 3], so units reach both sides of gelu's bend.
  const inputs = randomRows(rng, 6, 4, -3, 3)
  const outputs = plan.layers[plan.layers.length - 1].units
  const targets =
    plan.loss === 'cross-entropy'
      ? oneHotRows(rng, 6, outputs)
      : plan.loss === 'binary-cross-entropy'
        ? binaryRows(rng, 6, outputs)
        : randomRows(rng, 6, outputs)
  const peer: PeerNetwork = {
    layers: network.layers.map((layer, l) => ({
      ...plan.layers[l],
      weights: toRowArrays(layer.weights),
      biases: Array.from(layer.biases)
    })),
    loss: plan.loss,
    inputs,
    targets
  }
  return { network, inputs, targets, peer }
}

const cases = NETWORK_PLANS.map(networkCase)
const reply = askPeer(cases.map((entry) => entry.peer))

describe.each(
  FORMS.map((form, index) => [`${form.activation} (${form.approximate})`, form, index])
)('%s', (_name, form: Form, index: number) => {
  const record = recordOf(form)
  const settings = settingsOf(form)
  const peer = reply.forms[index]
  const ours = POINTS.map((z) => record.value(z, settings))
  const slopes = POINTS.map((z, i) => record.slope(z, ours[i], settings))

  it('matches mpmath to 1e-14 relative, tails included', () => {
    expectAllClose(ours, peer.exactValues, { relative: 1e-14, floor: 1e-300 }, 'f(z)')
    // f′ is judged against the size of its terms, |f′| + |f| (f′ = Φ + zφ cancels near −0.75).
    POINTS.forEach((z, i) => {
      const size = Math.abs(peer.exactSlopes[i]) + Math.abs(peer.exactValues[i])
      expect(Math.abs(slopes[i] - peer.exactSlopes[i]), `f'(${z})`).toBeLessThanOrEqual(
        1e-14 * size
      )
    })
  })

  it("matches PyTorch's values and autograd slopes", () => {
    // PyTorch computes ½ z (1 + erf(z/√2)) or ½ z (1 + tanh u): in the negative tail 1 + erf
    // and 1 + tanh cancel, so its numbers carry an absolute error of about |z| ε there.
    POINTS.forEach((z, i) => {
      const bound = (value: number) => 1e-13 * Math.abs(value) + 4e-16 * (1 + Math.abs(z))
      expect(Math.abs(ours[i] - peer.values[i]), `f(${z})`).toBeLessThanOrEqual(
        bound(peer.values[i])
      )
      expect(Math.abs(slopes[i] - peer.slopes[i]), `f'(${z})`).toBeLessThanOrEqual(
        bound(peer.slopes[i]) * 4
      )
    })
  })

  it('f′ matches central differences of f', () => {
    POINTS.forEach((z, i) => {
      const h = 1e-5 * Math.max(1, Math.abs(z))
      const numeric = (record.value(z + h, settings) - record.value(z - h, settings)) / (2 * h)
      expect(
        isClose(slopes[i], numeric, { relative: 1e-7, floor: 1e-3 }),
        `f'(${z}) = ${slopes[i]}, central difference ${numeric}`
      ).toBe(true)
    })
  })
})

describe('networks with gelu and silu layers', () => {
  cases.forEach((entry, index) => {
    const names = NETWORK_PLANS[index].layers.map(
      (layer) =>
        `${layer.units} ${layer.activation}${layer.approximate ? ` (${layer.approximate})` : ''}`
    )
    it(`${names.join(' → ')}: J and every gradient as PyTorch's autograd, gradient check passes`, () => {
      const { network, inputs, targets } = entry
      const workspace = createWorkspace(network, inputs.length)
      forward(network, matrixOf(network.kernels, inputs), workspace)
      const loss = batchCost(network, workspace, matrixOf(network.kernels, targets), {
        l1: 0,
        l2: 0
      })
      const peer = reply.networks[index]
      expect(
        isClose(loss, peer.loss, { relative: 1e-12, floor: 1e-12 }),
        `J ${loss} vs ${peer.loss}`
      ).toBe(true)
      backpropGradients(network, inputs, targets, 0).forEach((layer, l) => {
        const tolerance = { relative: 1e-10, floor: 1e-10 }
        expectAllClose(
          layer.weights,
          peer.layers[l].weights.flat(),
          tolerance,
          `layer ${l + 1} ∂J/∂W`
        )
        expectAllClose(layer.biases, peer.layers[l].biases, tolerance, `layer ${l + 1} ∂J/∂b`)
      })
      const check = gradientCheck(network, inputs, targets, 1e-5, { l1: 0, l2: 0 })
      expect(check.passed, JSON.stringify(check.layers)).toBe(true)
    })
  })
})
