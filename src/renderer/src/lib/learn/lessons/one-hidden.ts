import type { NetworkDraft } from '@shared/model/app-state'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import { LESSON_DESIGN } from '../context'
import { slopeOf } from '../derivatives'
import type { Lesson } from '../lesson-types'
import { pick } from '../notation'

const tex = String.raw

/** n_x = 2 → n_h = 4 tanh units → one sigmoid output with binary cross-entropy. */
export const ONE_HIDDEN_DRAFT: NetworkDraft = {
  hidden: [{ units: LESSON_DESIGN.hidden, activation: 'tanh' }],
  output: 'sigmoid',
  loss: 'binary-cross-entropy'
}

/** Plain gradient descent, full batch, η = 1.2 (the circles reach 99 % in 1,000 epochs). */
const SETTINGS: Partial<TrainingSettings> = {
  optimizer: 'sgd',
  learningRate: 1.2,
  batchSize: 'full',
  epochs: 1000
}

/** The a(1) at which the tanh-slope exercise asks for 1 − a². */
const HIDDEN_ACTIVATION = 0.6

/** Lesson 2: one hidden layer, vectorized over the batch, with every matrix's shape. */
export const ONE_HIDDEN_LESSON: Lesson = {
  id: 'oneHidden',
  sections: [
    {
      id: 'notation',
      formulas: (n) => [
        ...pick(n, {
          lab: [
            tex`X = A^{(0)} = \begin{bmatrix} x^{(1)\top} \\ \vdots \\ x^{(m)\top} \end{bmatrix} \in \mathbb{R}^{m \times n_x}, \qquad Y \in \mathbb{R}^{m \times n_y}`
          ],
          course: [
            tex`X = A^{[0]} = \big[\, x^{(1)} \;\; x^{(2)} \;\; \cdots \;\; x^{(m)} \,\big] \in \mathbb{R}^{n_x \times m}, \qquad Y \in \mathbb{R}^{n_y \times m}`
          ],
          derivation: [
            tex`X = A^{(1)} = \big[\, x^{(1)} \;\; x^{(2)} \;\; \cdots \;\; x^{(m)} \,\big] \in \mathbb{R}^{s_1 \times m}, \qquad Y \in \mathbb{R}^{s_3 \times m}, \qquad n_l = 3`
          ]
        }),
        tex`Z^{(1)}_{\text{lab}} = \big(Z^{[1]}\big)^{\top} = \big(Z^{(2)}_{\text{derivation}}\big)^{\top}, \qquad W^{(1)}_{\text{lab}} = W^{[1]} = W^{(1)}_{\text{derivation}}`
      ]
    },
    {
      id: 'forward',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`Z^{(1)} = X\, W^{(1)\top} + \mathbf{1}\, b^{(1)\top}, \qquad A^{(1)} = \tanh\big(Z^{(1)}\big)`,
            tex`Z^{(2)} = A^{(1)} W^{(2)\top} + \mathbf{1}\, b^{(2)\top}, \qquad A^{(2)} = \sigma\big(Z^{(2)}\big)`
          ],
          course: [
            tex`Z^{[1]} = W^{[1]} X + b^{[1]}, \qquad A^{[1]} = \tanh\big(Z^{[1]}\big)`,
            tex`Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]}, \qquad A^{[2]} = \sigma\big(Z^{[2]}\big)`
          ],
          derivation: [
            tex`Z^{(2)} = W^{(1)} X + b^{(1)} \mathbf{1}^{\top}, \qquad A^{(2)} = f\big(Z^{(2)}\big) = \tanh\big(Z^{(2)}\big)`,
            tex`Z^{(3)} = W^{(2)} A^{(2)} + b^{(2)} \mathbf{1}^{\top}, \qquad A^{(3)} = \sigma\big(Z^{(3)}\big)`
          ]
        })
    },
    {
      id: 'nonlinear',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`A^{(1)} = Z^{(1)}: \quad Z^{(2)} = \big(X W^{(1)\top} + \mathbf{1}\, b^{(1)\top}\big) W^{(2)\top} + \mathbf{1}\, b^{(2)\top} = X \underbrace{\big(W^{(2)} W^{(1)}\big)^{\top}}_{W'^{\top}} + \mathbf{1} \underbrace{\big(W^{(2)} b^{(1)} + b^{(2)}\big)^{\top}}_{b'^{\top}}`
          ],
          course: [
            tex`g(z) = z: \quad Z^{[2]} = W^{[2]} \big(W^{[1]} X + b^{[1]}\big) + b^{[2]} = \underbrace{W^{[2]} W^{[1]}}_{W'} X + \underbrace{W^{[2]} b^{[1]} + b^{[2]}}_{b'}`
          ],
          derivation: [
            tex`f(z) = z: \quad Z^{(3)} = W^{(2)} \big(W^{(1)} X + b^{(1)} \mathbf{1}^{\top}\big) + b^{(2)} \mathbf{1}^{\top} = \underbrace{W^{(2)} W^{(1)}}_{W'} X + \underbrace{\big(W^{(2)} b^{(1)} + b^{(2)}\big)}_{b'} \mathbf{1}^{\top}`
          ]
        }),
      tryIts: ['oneHiddenLinear', 'oneHiddenLogistic']
    },
    {
      id: 'backward',
      formulas: (n) =>
        pick(n, {
          lab: [
            tex`\Delta^{(2)} = A^{(2)} - Y`,
            tex`\frac{\partial J}{\partial W^{(2)}} = \frac{1}{m}\, \Delta^{(2)\top} A^{(1)}, \qquad \frac{\partial J}{\partial b^{(2)}} = \frac{1}{m}\, \Delta^{(2)\top} \mathbf{1}`,
            tex`\Delta^{(1)} = \Delta^{(2)} W^{(2)} \odot \big(1 - (A^{(1)})^{2}\big)`,
            tex`\frac{\partial J}{\partial W^{(1)}} = \frac{1}{m}\, \Delta^{(1)\top} X, \qquad \frac{\partial J}{\partial b^{(1)}} = \frac{1}{m}\, \Delta^{(1)\top} \mathbf{1}`
          ],
          course: [
            tex`dZ^{[2]} = A^{[2]} - Y`,
            tex`dW^{[2]} = \frac{1}{m}\, dZ^{[2]} A^{[1]\top}, \qquad db^{[2]} = \frac{1}{m} \sum_{i=1}^{m} dz^{[2](i)}`,
            tex`dZ^{[1]} = W^{[2]\top} dZ^{[2]} \odot \big(1 - (A^{[1]})^{2}\big)`,
            tex`dW^{[1]} = \frac{1}{m}\, dZ^{[1]} X^{\top}, \qquad db^{[1]} = \frac{1}{m} \sum_{i=1}^{m} dz^{[1](i)}`
          ],
          derivation: [
            tex`\Delta^{(3)} = A^{(3)} - Y`,
            tex`\frac{\partial J}{\partial W^{(2)}} = \frac{1}{m}\, \Delta^{(3)} A^{(2)\top}, \qquad \frac{\partial J}{\partial b^{(2)}} = \frac{1}{m}\, \Delta^{(3)} \mathbf{1}`,
            tex`\Delta^{(2)} = \big(W^{(2)\top} \Delta^{(3)}\big) \odot \big(1 - (A^{(2)})^{2}\big)`,
            tex`\frac{\partial J}{\partial W^{(1)}} = \frac{1}{m}\, \Delta^{(2)} X^{\top}, \qquad \frac{\partial J}{\partial b^{(1)}} = \frac{1}{m}\, \Delta^{(2)} \mathbf{1}`
          ]
        })
    },
    {
      id: 'perSample',
      formulas: (n) => {
        const out = n.delta(2, undefined, 'i')
        const hidden = n.delta(1, undefined, 'i')
        const slope = n.id === 'course' ? "g'" : "f'"
        const gradient = (symbol: string, d: string) =>
          n.id === 'course' ? d : tex`\frac{\partial J}{\partial ${symbol}}`
        return [
          tex`${out} = ${n.a(2, undefined, 'i')} - y^{(i)}, \qquad ${hidden} = \big(${n.W(2)}\big)^{\top} ${out} \odot ${slope}\big(${n.z(1, undefined, 'i')}\big)`,
          ...[2, 1].map((l) => {
            const delta = n.delta(l, undefined, 'i')
            return tex`${gradient(n.W(l), n.dW(l))} = \frac{1}{m} \sum_{i=1}^{m} ${delta} \big(${n.a(l - 1, undefined, 'i')}\big)^{\top}, \qquad ${gradient(n.b(l), n.db(l))} = \frac{1}{m} \sum_{i=1}^{m} ${delta}`
          })
        ]
      }
    },
    {
      id: 'shapes',
      formulas: () => [],
      panel: { kind: 'shapes' },
      tryIts: ['oneHiddenTrain', 'oneHiddenStep', 'oneHiddenDesign'],
      params: ({ design }) => ({ nx: design.inputs, nh: design.hidden, ny: design.outputs })
    }
  ],
  tryIts: [
    {
      id: 'oneHiddenTrain',
      sample: 'circles',
      network: ONE_HIDDEN_DRAFT,
      settings: SETTINGS,
      target: { view: 'training' },
      train: true
    },
    {
      id: 'oneHiddenLinear',
      sample: 'circles',
      network: {
        ...ONE_HIDDEN_DRAFT,
        hidden: [{ units: LESSON_DESIGN.hidden, activation: 'linear' }]
      },
      settings: SETTINGS,
      target: { view: 'training' },
      train: true
    },
    {
      id: 'oneHiddenLogistic',
      sample: 'circles',
      network: { ...ONE_HIDDEN_DRAFT, hidden: [] },
      settings: SETTINGS,
      target: { view: 'training' },
      train: true
    },
    {
      id: 'oneHiddenStep',
      sample: 'circles',
      network: ONE_HIDDEN_DRAFT,
      settings: SETTINGS,
      target: { view: 'inspect', panel: 'step', model: 'run' },
      train: true
    },
    {
      id: 'oneHiddenDesign',
      sample: 'circles',
      network: ONE_HIDDEN_DRAFT,
      settings: SETTINGS,
      target: { view: 'network' },
      train: false
    }
  ],
  exercises: [
    {
      id: 'shapeDW1',
      expected: ({ design }) => ({ kind: 'shape', rows: design.hidden, cols: design.inputs }),
      params: ({ design }) => ({ nx: design.inputs, nh: design.hidden })
    },
    {
      id: 'shapeLabA1',
      expected: ({ design, batch }) => ({ kind: 'shape', rows: batch, cols: design.hidden }),
      params: ({ design, batch }) => ({ m: batch, nh: design.hidden })
    },
    {
      id: 'tanhSlope',
      expected: () => ({
        kind: 'number',
        value: slopeOf('tanh')(Math.atanh(HIDDEN_ACTIVATION)),
        tolerance: { absolute: 1e-6 }
      }),
      params: () => ({ a: HIDDEN_ACTIVATION })
    }
  ]
}
