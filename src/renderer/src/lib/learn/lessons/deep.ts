import type { HiddenActivationName } from '@shared/model/network'
import type { NetworkDraft } from '@shared/model/app-state'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import { largestSlope, slopeOf } from '../derivatives'
import type { Lesson } from '../lesson-types'
import { pick } from '../notation'

const tex = String.raw

/** Hidden layers and units of the deep stacks compared. */
const DEPTH = 6
const WIDTH = 16

/** A stack of six 16-unit layers of one activation, one sigmoid output. */
export function deepDraft(activation: HiddenActivationName): NetworkDraft {
  return {
    hidden: Array.from({ length: DEPTH }, () => ({ units: WIDTH, activation })),
    output: 'sigmoid',
    loss: 'binary-cross-entropy'
  }
}

/**
 * Plain gradient descent on the circles, batches of 32: the sigmoid stack stays at J ≈ 0.693 for
 * 200 epochs while the ReLU stack reaches 98 % (checked with the CLI).
 */
const SETTINGS: Partial<TrainingSettings> = {
  optimizer: 'sgd',
  learningRate: 0.1,
  batchSize: 32,
  epochs: 200
}

/** The L2 exercise's weight and strength. */
const L2_WEIGHT = 0.5
const L2_LAMBDA = 0.01

/** Lesson 4: the L-layer recursion, L2 regularization, activation slopes and vanishing gradients. */
export const DEEP_LESSON: Lesson = {
  id: 'deep',
  sections: [
    {
      id: 'recursion',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`\delta^{(L)} = \frac{\partial \mathcal{L}}{\partial z^{(L)}}, \qquad \delta^{(l)} = \big(W^{(l+1)}\big)^{\top} \delta^{(l+1)} \odot f'\big(z^{(l)}\big) \quad (l = L-1, \ldots, 1)`,
            tex`\frac{\partial J}{\partial W^{(l)}} = \frac{1}{m} \sum_{i=1}^{m} \delta^{(l)(i)} \big(a^{(l-1)(i)}\big)^{\top} + \lambda W^{(l)}, \qquad \frac{\partial J}{\partial b^{(l)}} = \frac{1}{m} \sum_{i=1}^{m} \delta^{(l)(i)}`
          ],
          course: [
            tex`dZ^{[L]} = \frac{\partial \mathcal{L}}{\partial Z^{[L]}}, \qquad dZ^{[l]} = W^{[l+1]\top} dZ^{[l+1]} \odot g^{[l]\prime}\big(Z^{[l]}\big) \quad (l = L-1, \ldots, 1)`,
            tex`dW^{[l]} = \frac{1}{m}\, dZ^{[l]} A^{[l-1]\top} + \frac{\lambda}{m} W^{[l]}, \qquad db^{[l]} = \frac{1}{m} \sum_{i=1}^{m} dz^{[l](i)}`
          ],
          derivation: [
            tex`\delta^{(n_l)} = \frac{\partial J}{\partial z^{(n_l)}}, \qquad \delta^{(l)} = \Big(\big(W^{(l)}\big)^{\top} \delta^{(l+1)}\Big) \odot f'\big(z^{(l)}\big) \quad (l = n_l - 1, \ldots, 2)`,
            tex`\frac{\partial J}{\partial W^{(l)}} = \frac{1}{m} \sum_{i=1}^{m} \delta^{(l+1)(i)} \big(a^{(l)(i)}\big)^{\top} + \lambda W^{(l)}, \qquad \frac{\partial J}{\partial b^{(l)}} = \frac{1}{m} \sum_{i=1}^{m} \delta^{(l+1)(i)}`
          ]
        }),
      remarks: [
        {
          id: 'transposedProduct',
          source: 'derivation',
          wrote: tex`\frac{\partial J(W, b; x, y)}{\partial W^{(l)}} = \big(\delta^{(l+1)}\big)^{\top} a^{(l)}`,
          corrected: tex`\frac{\partial J(W, b; x, y)}{\partial W^{(l)}} = \delta^{(l+1)} \big(a^{(l)}\big)^{\top} \in \mathbb{R}^{s_{l+1} \times s_l}`
        }
      ]
    },
    {
      id: 'output',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`\mathcal{L} = \tfrac{1}{2} \big\lVert y - a^{(L)} \big\rVert^{2}: \qquad \delta^{(L)} = \frac{\partial \mathcal{L}}{\partial z^{(L)}} = -\big(y - a^{(L)}\big) \odot f'\big(z^{(L)}\big)`,
            tex`\mathcal{L} = -\big[\, y \log a^{(L)} + (1 - y) \log \big(1 - a^{(L)}\big) \big], \quad a^{(L)} = \sigma\big(z^{(L)}\big): \qquad \delta^{(L)} = a^{(L)} - y`
          ],
          course: [
            tex`\mathcal{L} = \tfrac{1}{2} \big\lVert y - a^{[L]} \big\rVert^{2}: \qquad dZ^{[L]} = -\big(Y - A^{[L]}\big) \odot g^{[L]\prime}\big(Z^{[L]}\big)`,
            tex`\mathcal{L} = -\big[\, y \log a^{[L]} + (1 - y) \log \big(1 - a^{[L]}\big) \big], \quad A^{[L]} = \sigma\big(Z^{[L]}\big): \qquad dZ^{[L]} = A^{[L]} - Y`
          ],
          derivation: [
            tex`J(W, b; x, y) = \tfrac{1}{2} \big\lVert y - a^{(n_l)} \big\rVert^{2}: \qquad \delta^{(n_l)} = \frac{\partial J(W, b; x, y)}{\partial z^{(n_l)}} = -\big(y - a^{(n_l)}\big) \odot f'\big(z^{(n_l)}\big)`,
            tex`J(W, b; x, y) = -\big[\, y \log a^{(n_l)} + (1 - y) \log \big(1 - a^{(n_l)}\big) \big], \quad f = \sigma: \qquad \delta^{(n_l)} = a^{(n_l)} - y`
          ]
        }),
      remarks: [
        {
          id: 'outputSign',
          source: 'course',
          wrote: tex`\frac{\partial J}{\partial \boldsymbol{A}^{[2]}} = \frac{1}{m} \bigg[ -\frac{y_1}{a_1^{[2]}} - \frac{1 - y_1}{1 - a_1^{[2]}}, \; \cdots, \; -\frac{y_m}{a_m^{[2]}} - \frac{1 - y_m}{1 - a_m^{[2]}} \bigg]`,
          corrected: tex`\frac{\partial J}{\partial \boldsymbol{A}^{[2]}} = \frac{1}{m} \bigg[ -\frac{y^{(1)}}{a^{[2](1)}} + \frac{1 - y^{(1)}}{1 - a^{[2](1)}}, \; \cdots, \; -\frac{y^{(m)}}{a^{[2](m)}} + \frac{1 - y^{(m)}}{1 - a^{[2](m)}} \bigg]`
        }
      ]
    },
    {
      id: 'l2',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`J = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}^{(i)} + \frac{\lambda}{2} \sum_{l=1}^{L} \big\lVert W^{(l)} \big\rVert^{2}`,
            tex`W^{(l)} \leftarrow W^{(l)} - \eta \Big( \frac{\partial J_{\text{data}}}{\partial W^{(l)}} + \lambda W^{(l)} \Big) = (1 - \eta \lambda)\, W^{(l)} - \eta\, \frac{\partial J_{\text{data}}}{\partial W^{(l)}}`
          ],
          course: [
            tex`J = \frac{1}{m} \sum_{i=1}^{m} \mathcal{L}^{(i)} + \frac{\lambda}{2m} \sum_{l=1}^{L} \big\lVert W^{[l]} \big\rVert_F^{2}, \qquad \lambda_{\text{lab}} = \frac{\lambda}{m}`,
            tex`W^{[l]} := W^{[l]} - \alpha \Big( dW^{[l]}_{\text{data}} + \frac{\lambda}{m} W^{[l]} \Big) = \Big(1 - \frac{\alpha \lambda}{m}\Big) W^{[l]} - \alpha\, dW^{[l]}_{\text{data}}`
          ],
          derivation: [
            tex`J(W, b) = \frac{1}{m} \sum_{i=1}^{m} J\big(W, b; x^{(i)}, y^{(i)}\big) + \frac{\lambda}{2} \sum_{l=1}^{n_l - 1} \sum_{j=1}^{s_{l+1}} \sum_{k=1}^{s_l} \big(W^{(l)}_{jk}\big)^{2}`,
            tex`W^{(l)} := W^{(l)} - \alpha \Big( \frac{1}{m} \sum_{i=1}^{m} \frac{\partial J\big(W, b; x^{(i)}, y^{(i)}\big)}{\partial W^{(l)}} + \lambda W^{(l)} \Big)`
          ]
        }),
      remarks: [
        {
          id: 'updateRule',
          source: 'derivation',
          wrote: tex`W^{(l)}_{\text{new}} = W^{(l)} - \alpha \sum_{i=1}^{m} \frac{\partial J\big(W, b; x^{(i)}, y^{(i)}\big)}{\partial W^{(l)}} - \lambda W`,
          corrected: tex`W^{(l)}_{\text{new}} = W^{(l)} - \alpha \Big( \frac{1}{m} \sum_{i=1}^{m} \frac{\partial J\big(W, b; x^{(i)}, y^{(i)}\big)}{\partial W^{(l)}} + \lambda W^{(l)} \Big)`
        }
      ]
    },
    {
      id: 'slopes',
      formulas: () => [],
      panel: { kind: 'slopes' },
      remarks: [
        {
          id: 'reluSlope',
          source: 'course',
          wrote: tex`\frac{\mathrm{d}}{\mathrm{d}z} g(z) = \begin{cases} 0 & z < 0 \\ 1 & z > 1 \\ \text{undefined} & z = 0 \end{cases}`,
          corrected: tex`\frac{\mathrm{d}}{\mathrm{d}z} g(z) = \begin{cases} 0 & z < 0 \\ 1 & z > 0 \\ \text{undefined} & z = 0 \end{cases}`
        }
      ]
    },
    {
      id: 'vanishing',
      formulas: (n) => [
        pick(n, {
          lab: tex`\big\lVert \delta^{(l)} \big\rVert \le \max_z \big\lvert f'(z) \big\rvert \cdot \big\lVert W^{(l+1)} \big\rVert \cdot \big\lVert \delta^{(l+1)} \big\rVert`,
          course: tex`\big\lVert dz^{[l]} \big\rVert \le \max_z \big\lvert g^{[l]\prime}(z) \big\rvert \cdot \big\lVert W^{[l+1]} \big\rVert \cdot \big\lVert dz^{[l+1]} \big\rVert`,
          derivation: tex`\big\lVert \delta^{(l)} \big\rVert \le \max_z \big\lvert f'(z) \big\rvert \cdot \big\lVert W^{(l)} \big\rVert \cdot \big\lVert \delta^{(l+1)} \big\rVert`
        }),
        tex`0.25^{${DEPTH}} = ${largestSlope('sigmoid') ** DEPTH}`
      ],
      tryIts: ['deepSigmoid', 'deepRelu'],
      params: () => ({
        depth: DEPTH,
        width: WIDTH,
        rate: SETTINGS.learningRate!,
        batch: SETTINGS.batchSize as number
      })
    }
  ],
  tryIts: [
    {
      id: 'deepSigmoid',
      sample: 'circles',
      network: deepDraft('sigmoid'),
      settings: SETTINGS,
      target: { view: 'inspect', panel: 'gradients', model: 'run' },
      train: true
    },
    {
      id: 'deepRelu',
      sample: 'circles',
      network: deepDraft('relu'),
      settings: SETTINGS,
      target: { view: 'inspect', panel: 'gradients', model: 'run' },
      train: true
    }
  ],
  exercises: [
    {
      id: 'sigmoidMax',
      expected: () => ({
        kind: 'number',
        value: largestSlope('sigmoid'),
        tolerance: { absolute: 1e-6 }
      })
    },
    {
      id: 'leakyAtZero',
      expected: () => ({
        kind: 'number',
        value: slopeOf('leaky-relu')(0),
        tolerance: { absolute: 1e-9 }
      }),
      params: () => ({ relu: slopeOf('relu')(0) })
    },
    {
      id: 'l2Gradient',
      expected: () => ({
        kind: 'number',
        value: L2_LAMBDA * L2_WEIGHT,
        tolerance: { absolute: 1e-9, relative: 1e-6 }
      }),
      params: () => ({ weight: L2_WEIGHT, lambda: L2_LAMBDA })
    }
  ]
}
