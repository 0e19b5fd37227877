import type { NetworkDraft } from '@shared/model/app-state'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import { LESSON_DESIGN } from '../context'
import { slopeOf } from '../derivatives'
import type { Lesson } from '../lesson-types'

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
      formulas: [
        'X = \\big[\\, x_1 \\;\\; x_2 \\;\\; \\cdots \\;\\; x_m \\,\\big] \\in \\mathbb{R}^{n_x \\times m}, \\qquad Y \\in \\mathbb{R}^{n_y \\times m}',
        'A^{(0)}_{\\text{lab}} = X^{\\top} \\in \\mathbb{R}^{m \\times n_x}, \\qquad Z^{(l)}_{\\text{lab}} = A^{(l-1)}_{\\text{lab}} \\big(W^{(l)}\\big)^{\\top} + \\mathbf{1}\\, b^{(l)\\top} = \\big(Z^{(l)}\\big)^{\\top}'
      ]
    },
    {
      id: 'forward',
      formulas: [
        'Z^{(1)} = W^{(1)} X + b^{(1)}, \\qquad A^{(1)} = \\tanh\\big(Z^{(1)}\\big)',
        'Z^{(2)} = W^{(2)} A^{(1)} + b^{(2)}, \\qquad A^{(2)} = \\sigma\\big(Z^{(2)}\\big)'
      ]
    },
    {
      id: 'backward',
      formulas: [
        'dZ^{(2)} = A^{(2)} - Y',
        'dW^{(2)} = \\frac{1}{m}\\, dZ^{(2)} A^{(1)\\top}, \\qquad db^{(2)} = \\frac{1}{m} \\sum_{i=1}^{m} dZ^{(2)}_{:,i}',
        'dZ^{(1)} = W^{(2)\\top} dZ^{(2)} \\odot \\big(1 - (A^{(1)})^{2}\\big)',
        'dW^{(1)} = \\frac{1}{m}\\, dZ^{(1)} X^{\\top}, \\qquad db^{(1)} = \\frac{1}{m} \\sum_{i=1}^{m} dZ^{(1)}_{:,i}'
      ]
    },
    {
      id: 'lab',
      formulas: [
        "\\delta^{(2)} = a^{(2)} - y, \\qquad \\delta^{(1)} = \\big(W^{(2)}\\big)^{\\top} \\delta^{(2)} \\odot f'\\big(z^{(1)}\\big)",
        '\\frac{\\partial J}{\\partial W^{(l)}} = \\frac{1}{m} \\sum_{i=1}^{m} \\delta^{(l)}_i \\big(a^{(l-1)}_i\\big)^{\\top} = dW^{(l)}, \\qquad \\frac{\\partial J}{\\partial b^{(l)}} = \\frac{1}{m} \\sum_{i=1}^{m} \\delta^{(l)}_i = db^{(l)}'
      ]
    },
    {
      id: 'shapes',
      formulas: [],
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
