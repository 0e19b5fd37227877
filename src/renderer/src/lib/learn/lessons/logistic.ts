import type { NetworkDraft } from '@shared/model/app-state'
import type { TrainingSettings } from '@renderer/lib/training/run-controls'
import type { Lesson } from '../lesson-types'
import { formatExact } from '../worked-figures'

/** Logistic regression: no hidden layer, one sigmoid unit, binary cross-entropy. */
export const LOGISTIC_DRAFT: NetworkDraft = {
  hidden: [],
  output: 'sigmoid',
  loss: 'binary-cross-entropy'
}

/**
 * Plain gradient descent on full batches from w = 0, b = 0 with standardized pixels: on the
 * apples photos J falls smoothly from 0.693 (checked with the CLI: 0.0030 after 300 epochs).
 */
const CONVERGING: Partial<TrainingSettings> = {
  optimizer: 'sgd',
  learningRate: 0.003,
  batchSize: 'full',
  init: 'zeros',
  normalize: 'standardize',
  epochs: 300
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z))

/** Lesson 1: logistic regression on photos, the cost, its gradient, and what decides convergence. */
export const LOGISTIC_LESSON: Lesson = {
  id: 'logistic',
  sections: [
    {
      id: 'model',
      formulas: [
        'z = w^{\\top} x + b, \\qquad \\hat{y} = \\sigma(z) = \\frac{1}{1 + e^{-z}}',
        'z^{(1)} = W^{(1)} a^{(0)} + b^{(1)}, \\qquad W^{(1)} = w^{\\top} \\in \\mathbb{R}^{1 \\times n_x}, \\quad a^{(0)} = x, \\quad a^{(1)} = \\hat{y}'
      ]
    },
    {
      id: 'loss',
      formulas: [
        '\\mathcal{L}(\\hat{y}, y) = -\\big[\\, y \\log \\hat{y} + (1 - y) \\log (1 - \\hat{y}) \\,\\big]',
        'J(w, b) = \\frac{1}{m} \\sum_{i=1}^{m} \\mathcal{L}(\\hat{y}_i, y_i)'
      ]
    },
    {
      id: 'gradient',
      formulas: [
        '\\frac{\\partial \\mathcal{L}}{\\partial z} = \\hat{y} - y, \\qquad \\frac{\\partial \\mathcal{L}}{\\partial w} = x\\,(\\hat{y} - y), \\qquad \\frac{\\partial \\mathcal{L}}{\\partial b} = \\hat{y} - y',
        '\\frac{\\partial J}{\\partial w} = \\frac{1}{m} \\sum_{i=1}^{m} x_i\\,(\\hat{y}_i - y_i), \\qquad \\frac{\\partial J}{\\partial b} = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}_i - y_i)'
      ]
    },
    {
      id: 'descent',
      formulas: [
        'w \\leftarrow w - \\eta\\, \\frac{\\partial J}{\\partial w}, \\qquad b \\leftarrow b - \\eta\\, \\frac{\\partial J}{\\partial b}'
      ]
    },
    {
      id: 'photos',
      formulas: ['n_x = 100 \\times 100 \\times 3 = 30\\,000, \\qquad w = 0, \\quad b = 0'],
      tryIts: ['logisticTrain', 'logisticWeights'],
      params: () => ({ rate: CONVERGING.learningRate!, epochs: CONVERGING.epochs! })
    },
    {
      id: 'convergence',
      formulas: ["x'_j = \\frac{x_j - \\mu_j}{s_j}"],
      tryIts: ['logisticLargeRate', 'logisticRaw']
    }
  ],
  tryIts: [
    {
      id: 'logisticTrain',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: CONVERGING,
      target: { view: 'training' },
      train: true
    },
    {
      id: 'logisticWeights',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: CONVERGING,
      target: { view: 'inspect', panel: 'weights', model: 'run' },
      train: true
    },
    {
      id: 'logisticLargeRate',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: { ...CONVERGING, learningRate: 1 },
      target: { view: 'training' },
      train: true
    },
    {
      id: 'logisticRaw',
      sample: 'apples',
      network: LOGISTIC_DRAFT,
      settings: { ...CONVERGING, normalize: 'none' },
      target: { view: 'training' },
      train: true
    }
  ],
  exercises: [
    {
      id: 'outputAtZero',
      expected: () => ({ kind: 'number', value: sigmoid(0), tolerance: { absolute: 1e-6 } }),
      params: () => ({ loss: formatExact(-Math.log(sigmoid(0))) })
    },
    {
      id: 'biasGradient',
      expected: () => ({ kind: 'number', value: sigmoid(0) - 0, tolerance: { absolute: 1e-6 } })
    },
    {
      id: 'weightCount',
      expected: ({ photoShape: [height, width, channels] }) => ({
        kind: 'number',
        value: height * width * channels,
        tolerance: { absolute: 0 }
      }),
      params: ({ photoShape: [height, width, channels] }) => ({ height, width, channels })
    }
  ]
}
